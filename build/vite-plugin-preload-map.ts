/**
 * Preloads the default chain map from index.html (`<link rel="preload" as="fetch" crossorigin>`),
 * so it downloads alongside the app's script instead of after it has run: the first screen waits
 * for the map. Only when the build emits the map as a file (`assets/chain-map-<hash>.json`, the
 * address src/app/boot.ts fetches); the kiosk's single file carries it inline and gets no link.
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
        const file = Object.keys(ctx.bundle ?? {}).find((f) =>
          /(^|\/)chain-map-[\w-]+\.json$/.test(f),
        );
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
