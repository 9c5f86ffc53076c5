/**
 * The kiosk file's embedded documents: the source texts the "open document" dialog shows (the .txt
 * seeds, and the text extracted from each .docx or .pdf, data/sources/), bundled as strings and
 * answered from memory, because a page opened from file:// cannot fetch files next to it. The
 * kiosk's entry (src/app/kiosk-main.ts) gives `kioskFetch` to the app state, which reads the map
 * and the texts with it.
 */
import type { Fetch } from './load.ts';
const texts = import.meta.glob<string>(['../../../seeds/*.txt', '../../../data/sources/*.txt'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
/** `seeds/<name>.txt` or `sources/<name>.txt` → its text. */
const byName = new Map(
  Object.entries(texts).map(([path, body]) => [path.split('/').slice(-2).join('/'), body]),
);

/** The body of a base64 `data:` URL (the map, which the build inlined), or null. */
function fromDataUrl(href: string): Response | null {
  const m = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(href);
  if (!m) return null;
  const raw = m[2] ? atob(m[3] ?? '') : decodeURIComponent(m[3] ?? '');
  const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0));
  return new Response(bytes, { headers: { 'Content-Type': m[1] || 'text/plain' } });
}

/**
 * Answers `…/seeds/<name>.txt` from the embedded texts and `data:` URLs from the page itself (the
 * page's CSP allows no connections but its own origin, which file:// does not have).
 */
export const kioskFetch: Fetch = (href, init) => {
  const inline = href.startsWith('data:') ? fromDataUrl(href) : null;
  if (inline) return Promise.resolve(inline);
  const m = /\/(seeds|sources)\/([^/?#]+\.txt)(?:[?#]|$)/.exec(
    new URL(href, document.baseURI).href,
  );
  const body = m?.[2] ? byName.get(`${m[1]}/${decodeURIComponent(m[2])}`) : undefined;
  if (body !== undefined)
    return Promise.resolve(
      new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
    );
  return fetch(href, init);
};
