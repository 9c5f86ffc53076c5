/**
 * The first view's map: what the portal shows when it opens on its default page, fetched before the
 * atlas so that the first screen waits for one chain, not for every chain of the atlas (issue 20:
 * the atlas is ≈ 150 kB gzip, the featured chain ≈ 1/5 of it). It is a map of the contract of its
 * own (it passes the same checks): the featured chain as `chainView` keeps it, and every place of
 * the atlas (region nodes), so the breadcrumb and the place names read as in the whole atlas. The
 * atlas follows once the page has settled (state/app-state.svelte.ts) and replaces it.
 */
import type { ChainMap } from '../../contract/chain-map.ts';
import { chainView } from './chain-view.ts';

/**
 * The featured chain's view of `atlas`, with the atlas's places.
 * @example firstView(atlas).chains.length // → 1
 */
export function firstView(atlas: ChainMap): ChainMap {
  const view = chainView(atlas);
  const chain = view.chains[0];
  if (!chain) return atlas;
  const kept = new Set(view.nodes.map((n) => n.id));
  for (const n of atlas.nodes) if (n.kind === 'region') kept.add(n.id);
  return {
    ...view,
    chains: [chain],
    nodes: atlas.nodes.filter((n) => kept.has(n.id)),
    links: atlas.links.filter((l) => kept.has(l.source) && kept.has(l.target)),
  };
}
