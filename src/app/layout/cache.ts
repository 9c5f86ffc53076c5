/**
 * Force layouts computed ahead of time. The layout of the default map is computed at build time
 * (build/vite-plugin-layout.ts) with the same pure, seeded `layoutForce`, so the first picture
 * costs the browser no simulation at all; any other map (`?data=`) is laid out at run time.
 * A cache entry applies only to the map it was computed for: its key hashes everything the layout
 * reads (node ids and tier columns, link endpoints).
 */
import type { ChainMap } from '../../contract/chain-map.ts';
import { tierColumn } from '../model/graph.ts';
import type { Placed } from './force.ts';

/** A precomputed layout: the key of the map it belongs to, and [id, x, y] per node. */
export interface LayoutCache {
  key: string;
  positions: [string, number, number][];
}

/**
 * FNV-1a hash (hex) of what `layoutForce` depends on.
 * @example layoutKey({ nodes: [], links: [] }) // → '811c9dc5'
 */
export function layoutKey(map: Pick<ChainMap, 'nodes' | 'links'>): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const n of map.nodes) add(`${n.id}:${tierColumn(n) ?? '-'};`);
  for (const l of map.links) add(`${l.source}>${l.target};`);
  return h.toString(16).padStart(8, '0');
}

/** Builds the cache entry for `map` from its positions (rounded to 0.01 to keep it small). */
export function toCache(
  map: Pick<ChainMap, 'nodes' | 'links'>,
  pos: Map<string, Placed>,
): LayoutCache {
  const r = (v: number) => Math.round(v * 100) / 100;
  return { key: layoutKey(map), positions: [...pos.values()].map((p) => [p.id, r(p.x), r(p.y)]) };
}

/** The cached positions when `cache` was computed for this very map, else null. */
export function fromCache(
  map: Pick<ChainMap, 'nodes' | 'links'>,
  cache: LayoutCache | null,
): Map<string, Placed> | null {
  if (!cache || cache.positions.length !== map.nodes.length || cache.key !== layoutKey(map))
    return null;
  return new Map(cache.positions.map(([id, x, y]) => [id, { id, x, y }]));
}
