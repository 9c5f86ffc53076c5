/**
 * The kiosk file's embedded documents: the source texts the "open document" dialog shows, bundled
 * as strings and answered from memory, because a page opened from file:// cannot fetch files next
 * to it. The kiosk's entry (src/app/kiosk-main.ts) gives `kioskFetch` to the app state, which
 * reads the map and the texts with it.
 */
import type { Fetch } from './load.ts';
const texts = import.meta.glob<string>('../../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const byName = new Map(
  Object.entries(texts).map(([path, body]) => [path.slice(path.lastIndexOf('/') + 1), body]),
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
  const m = /\/seeds\/([^/?#]+\.txt)(?:[?#]|$)/.exec(new URL(href, document.baseURI).href);
  const body = m?.[1] ? byName.get(decodeURIComponent(m[1])) : undefined;
  if (body !== undefined)
    return Promise.resolve(
      new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
    );
  return fetch(href, init);
};
