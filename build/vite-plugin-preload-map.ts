/**
 * Preloads the map the first screen waits for from index.html (`<link rel="preload" as="fetch"
 * crossorigin>`), so it downloads alongside the app's script instead of after it has run: the first
 * view's map (`assets/first-view-<hash>.json`, build/vite-plugin-first-view.ts) where the build
 * emits one, else the default chain map (`assets/chain-map-<hash>.json`, the address
 * src/app/boot.ts fetches); the kiosk's single file carries its map inline and gets no link.
 */
import type { Plugin } from 'vite';

/** The plugin (build only). */
export function preloadMap(): Plugin {
  return {
    name: 'chainmap-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {});
        const file =
          files.find((f) => /(^|\/)first-view-[\w-]+\.json$/.test(f)) ??
          files.find((f) => /(^|\/)chain-map-[\w-]+\.json$/.test(f));
        if (!file) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
