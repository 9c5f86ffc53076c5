/**
 * Adds a strict Content-Security-Policy to the built index.html, as a <meta> tag (the app is
 * static: it may be served by any government web server, or opened from a USB stick).
 *
 * Scripts may come only from the page's own origin; a script inlined into the page (the kiosk's
 * single-file build) is allowed by its SHA-256 hash, never by 'unsafe-inline'. Nothing may be
 * fetched from another origin. Styles allow inline attributes because Svelte sets `style=` on
 * elements (positions, colours); that cannot run code.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy for a page whose inline scripts have the given contents. */
export function policy(inlineScripts: string[]): string {
  const hashes = inlineScripts.map(
    (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Inserts the CSP meta tag as the first element of <head>, hashing whatever inline scripts the
 * other plugins left in the page. Must run after them: put it last in `plugins`.
 * @example inject('<head><script>a()</script></head>') // → '<head><meta http-equiv="Content-Security-Policy" content="… 'sha256-…'">…'
 */
export function inject(html: string): string {
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1] as string)
    .filter((s) => s.trim() !== '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inline).replace(/"/g, '&quot;')}">`;
  const charset = /<meta charset=[^>]*>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}\n    ${meta}`);
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/** The Vite plugin (build only; the dev server injects inline scripts of its own). */
export function csp(): Plugin {
  return {
    name: 'chainmap-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.html')) {
          file.source = inject(String(file.source));
        }
      }
    },
  };
}
