/**
 * `virtual:chain-map-layout`: the force layout of data/chain-map.json, computed at build time with
 * the app's own seeded layout (src/app/layout/force.ts) on the chain the app shows
 * (src/app/model/chain-view.ts: the atlas's featured chain). The browser then draws the first
 * picture without running a simulation on its main thread.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ChainMap } from '../src/contract/chain-map.ts';
import { layoutForce } from '../src/app/layout/force.ts';
import { toCache } from '../src/app/layout/cache.ts';
import { chainView } from '../src/app/model/chain-view.ts';

const ID = 'virtual:chain-map-layout';

/** The Vite plugin; `mapPath` is the default map (data/chain-map.json). */
export function precomputedLayout(
  mapPath = resolve(import.meta.dirname, '../data/chain-map.json'),
): Plugin {
  return {
    name: 'chainmap-layout',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(mapPath);
      const map = chainView(JSON.parse(readFileSync(mapPath, 'utf8')) as ChainMap);
      return `export default ${JSON.stringify(toCache(map, layoutForce(map)))};`;
    },
  };
}
