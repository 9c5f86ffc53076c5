/**
 * The kiosk build (`npm run build:kiosk` = `vite build --mode kiosk`): one self-contained
 * dist-kiosk/index.html that opens from file:// with no server and no network (issue 4).
 *
 * vite-plugin-singlefile inlines the JavaScript and CSS, and the map (imported `?url`) becomes a
 * data: URL. This plugin does the rest:
 * - starts the app from src/app/kiosk-main.ts, which embeds the source documents (for the
 *   "open document" dialog) before the app starts;
 * - stands in for `virtual:pwa-register` (no service worker on file://);
 * - inlines the CJK font subset (its stylesheet, with the woff2 as a data: URL, and the OFL notice
 *   as a comment) and drops every other emitted file, so the folder holds exactly one file;
 * - writes the Content-Security-Policy again (build/vite-plugin-csp.ts) over the final page, so the
 *   inlined scripts are allowed by their hashes.
 * `kioskMap` embeds the map without the committed file's indentation (the same JSON value, about a
 * third fewer bytes: the atlas is most of the kiosk file).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { inject } from './vite-plugin-csp.ts';

/** `…/data/chain-map.json?url`, the default map as src/app/boot.ts imports it. */
/** The app's icon (public/icons/icon.svg). */
const ICON = new URL('../public/icons/icon.svg', import.meta.url);

const MAP_URL_IMPORT = /[\\/]data[\\/]chain-map\.json\?url$/;

/**
 * The default map as a data: URL of its minified JSON (the kiosk build inlines every asset; Vite
 * would inline the file as it is, indentation and all). Runs before Vite's own asset handling.
 */
export function kioskMap(): Plugin {
  return {
    name: 'chainmap-kiosk-map',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      if (!MAP_URL_IMPORT.test(id)) return null;
      const file = id.slice(0, -'?url'.length);
      this.addWatchFile(file);
      const json = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')) as unknown);
      const url = `data:application/json;base64,${Buffer.from(json, 'utf8').toString('base64')}`;
      return `export default ${JSON.stringify(url)};`;
    },
  };
}

const PWA_STUB = 'virtual:pwa-register';

export function kioskBuild(): Plugin {
  return {
    name: 'chainmap-kiosk',
    enforce: 'post',
    apply: 'build',
    resolveId(id) {
      return id === PWA_STUB ? `\0${PWA_STUB}` : null;
    },
    load(id) {
      return id === `\0${PWA_STUB}`
        ? 'export function registerSW() { return () => Promise.resolve(); }'
        : null;
    },
    transformIndexHtml: {
      order: 'pre',
      // The kiosk's entry, and its icon inline (one file: nothing beside it to link to).
      handler: (html) =>
        html
          .replace('/src/app/main.ts', '/src/app/kiosk-main.ts')
          .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '')
          .replace(
            './icons/icon.svg',
            `data:image/svg+xml;base64,${readFileSync(ICON).toString('base64')}`,
          ),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const source = (name: string): string | Uint8Array => {
          const a = bundle[name];
          return a?.type === 'asset' ? a.source : '';
        };
        const text = (name: string): string => Buffer.from(source(name)).toString('utf8');
        const html = bundle['index.html'];
        if (html?.type !== 'asset') return;
        const names = Object.keys(bundle);
        const cssName = names.find((n) => /^fonts\/.*\.css$/.test(n));
        const woffName = names.find((n) => /^fonts\/.*\.woff2$/.test(n));
        let page =
          typeof html.source === 'string' ? html.source : Buffer.from(html.source).toString();
        if (woffName) {
          const woff = source(woffName);
          const dataUrl = `data:font/woff2;base64,${Buffer.from(woff).toString('base64')}`;
          const file = woffName.slice('fonts/'.length);
          // The font stylesheet is inlined already (vite-plugin-singlefile) or still linked.
          if (cssName)
            page = page.replace(
              /<link rel="stylesheet" href="[^"]*fonts\/[^"]*\.css">/,
              () => `<style>${text(cssName)}</style>`,
            );
          // One copy of the font: the "Noto Sans SC" alias face keeps only local() (modes.css puts
          // "ChainMap Sans SC" in the kiosk's font stack instead); a second data: URL would cost 330 kB.
          page = page
            .replace(
              /(font-family:\s*"Noto Sans SC";\s*src:[^;]*?),\s*url\("[^"]*\.woff2"\)\s*format\("woff2"\)/,
              '$1',
            )
            .replace(/<link rel="preload"[^>]*\.woff2"[^>]*>\s*/, '')
            .replaceAll(`./${file}`, dataUrl)
            .replaceAll(file, dataUrl);
          if (names.includes('fonts/OFL.txt'))
            page = page.replace(
              '</head>',
              () => `<!--\n${text('fonts/OFL.txt').replaceAll('--', '- -')}\n-->\n</head>`,
            );
        }
        // The CSP meta was written before the scripts were inlined: hash the final page again.
        page = inject(page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''));
        html.source = page;
        for (const n of names) if (n !== 'index.html') delete bundle[n];
      },
    },
  };
}
