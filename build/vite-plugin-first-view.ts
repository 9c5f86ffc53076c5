/**
 * `virtual:first-view`: the address of the first view's map (src/app/model/first-view.ts: the
 * featured chain with the atlas's places), emitted as `assets/first-view-<hash>.json` from
 * data/chain-map.json at build time. The portal fetches it first and the atlas after the page has
 * settled, so the first screen waits for one chain. In the dev server, and where the map is not
 * compiled yet, and in the kiosk, the address is null and the atlas is fetched as the only map.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ChainMap } from '../src/contract/chain-map.ts';
import { firstView } from '../src/app/model/first-view.ts';

const ID = 'virtual:first-view';

/**
 * The Vite plugin; `emit: false` (the kiosk's single file, which carries its one map inline) makes
 * the address null; `mapPath` is the default map.
 */
export function firstViewMap({
  emit = true,
  mapPath = resolve(import.meta.dirname, '../data/chain-map.json'),
} = {}): Plugin {
  let build = false;
  return {
    name: 'chainmap-first-view',
    configResolved(c) {
      build = emit && c.command === 'build';
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      if (!build || !existsSync(mapPath)) return 'export default null;';
      this.addWatchFile(mapPath);
      const map = JSON.parse(readFileSync(mapPath, 'utf8')) as ChainMap;
      const ref = this.emitFile({
        type: 'asset',
        name: 'first-view.json',
        source: JSON.stringify(firstView(map)),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
