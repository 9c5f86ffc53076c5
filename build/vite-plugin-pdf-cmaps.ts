/**
 * Serves pdf.js' CMaps from the app's own origin, at `pdfjs/cmaps/<name>.bcmap`, for the compiler
 * that runs in the browser (src/app/data/import/): a Chinese PDF whose fonts carry no Unicode map
 * is read through them. The build copies every CMap of pdfjs-dist (1.7 MB, fetched only when a PDF
 * needs one); the service worker precaches the ones for simplified Chinese (`PRECACHED_CMAPS`), so
 * such a PDF opens offline too. The dev server serves the same path from node_modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the CMaps are served, relative to the app. */
export const CMAP_PATH = 'pdfjs/cmaps/';

/**
 * The CMaps the service worker precaches (a glob under the build folder): the Adobe-GB1 character
 * collection, which simplified Chinese fonts use (UniGB-UCS2-H, GBK-EUC-H, Adobe-GB1-UCS2 …), 33
 * files, 0.3 MB. Identity-H needs no file.
 */
export const PRECACHED_CMAPS = `${CMAP_PATH}{Adobe-GB1-*,GB*,UniGB-*}.bcmap`;

function cmapDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
}

/** The Vite plugin (web build and dev server; the kiosk's single file has no import). */
export function pdfCmaps(): Plugin {
  return {
    name: 'chainmap-pdf-cmaps',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = new RegExp(`/${CMAP_PATH}([\\w-]+\\.bcmap)$`).exec(req.url?.split('?')[0] ?? '');
        if (!m) return next();
        try {
          res.setHeader('content-type', 'application/octet-stream');
          res.end(readFileSync(join(cmapDir(), m[1] as string)));
        } catch {
          res.statusCode = 404;
          res.end();
        }
      });
    },
    generateBundle() {
      for (const f of readdirSync(cmapDir()).filter((x) => x.endsWith('.bcmap')))
        this.emitFile({
          type: 'asset',
          fileName: `${CMAP_PATH}${f}`,
          source: readFileSync(join(cmapDir(), f)),
        });
    },
  };
}
