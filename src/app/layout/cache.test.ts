import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { layoutForce } from './force.ts';
import { fromCache, layoutKey, toCache } from './cache.ts';
import { chainView } from '../model/chain-view.ts';

// The chain the app shows (the build lays out the same view: build/vite-plugin-layout.ts).
const map = chainView(
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../data/chain-map.json'), 'utf8'),
  ) as ChainMap,
);
const COMPRESSOR = `${map.chains[0]!.id}-mid-e-compressor`;

describe('precomputed layout', () => {
  const cache = toCache(map, layoutForce(map));

  it('gives the same picture as laying out at run time (to 0.01 units)', () => {
    const cached = fromCache(map, cache);
    const live = layoutForce(map);
    expect(cached?.size).toBe(map.nodes.length);
    for (const [id, p] of live) {
      expect(cached?.get(id)?.x).toBeCloseTo(p.x, 1);
      expect(cached?.get(id)?.y).toBeCloseTo(p.y, 1);
    }
  });

  it.each([
    ['a node removed', (m: ChainMap) => ({ ...m, nodes: m.nodes.slice(1) })],
    [
      'a link added',
      (m: ChainMap) => ({
        ...m,
        links: [...m.links, { source: 'byd', target: 'saic', kind: 'x', evidence: [] }],
      }),
    ],
    [
      'a segment moved to another tier',
      (m: ChainMap) => ({
        ...m,
        nodes: m.nodes.map((n) => (n.id === COMPRESSOR ? { ...n, tier: 'upstream' as const } : n)),
      }),
    ],
  ])('is not used for another map: %s', (_name, change) => {
    const other = change(map);
    expect(layoutKey(other)).not.toBe(cache.key);
    expect(fromCache(other, cache)).toBeNull();
  });

  it('is ignored when absent', () => expect(fromCache(map, null)).toBeNull());
});
