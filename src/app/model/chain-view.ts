/**
 * One chain of the atlas as a map of its own. A schemaVersion 2 map holds many chains (the featured
 * chain document's chain and a plan's industries), their places (region nodes) and shared nodes
 * (firms, departments, policies named by several chains). The views, search, details, tour, print
 * sheet and export show one chain: `chainView` picks it and keeps only what belongs to it, so
 * everything after loading works on a map of one chain, as before the atlas.
 */
import type { Chain, ChainMap, ChainNode } from '../../contract/chain-map.ts';

/**
 * The chain to show: `chainId` when the map has it, else the featured chain, else the first chain
 * compiled from a chain document (`kind: 'chain'`), else the first chain; undefined when the map
 * has no chains.
 * @example pickChain(map).id // → 'xinxiang-etdz-automotive-thermal-management' (featured)
 */
export function pickChain(
  map: Pick<ChainMap, 'chains'>,
  chainId?: string | null,
): Chain | undefined {
  const { chains } = map;
  return (
    (chainId ? chains.find((c) => c.id === chainId) : undefined) ??
    chains.find((c) => c.featured === true) ??
    chains.find((c) => c.kind === 'chain') ??
    chains[0]
  );
}

/**
 * `map` restricted to one chain (see {@link pickChain}): `chains` with that chain first (the others
 * after it, in their order); `nodes` = the chain's nodes (`node.chain` is its id) plus the shared
 * nodes (no `chain`, not a region) a link joins to one of them, in the map's order; `links` = the
 * links whose two ends are both kept (so none that names a chain id or a region). Sources,
 * generator and warnings are the map's. A map without chains is returned as it is.
 * @example chainView(atlas).nodes.length // → 77 (the thermal chain's 42 nodes and the 35 shared ones it links to)
 */
export function chainView(map: ChainMap, chainId?: string | null): ChainMap {
  const chain = pickChain(map, chainId);
  if (!chain) return map;
  const own = new Set(map.nodes.filter((n) => n.chain === chain.id).map((n) => n.id));
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const shared = (n: ChainNode | undefined): n is ChainNode =>
    n !== undefined && n.chain === undefined && n.kind !== 'region';
  const keep = new Set(own);
  for (const l of map.links) {
    // An industry's firms and institutions: the targets/engages links start at the chain itself.
    if (l.source === chain.id && shared(byId.get(l.target))) keep.add(l.target);
    if (l.target === chain.id && shared(byId.get(l.source))) keep.add(l.source);
    if (own.has(l.source) && shared(byId.get(l.target))) keep.add(l.target);
    if (own.has(l.target) && shared(byId.get(l.source))) keep.add(l.source);
  }
  return {
    ...map,
    chains: [chain, ...map.chains.filter((c) => c !== chain)],
    nodes: map.nodes.filter((n) => keep.has(n.id)),
    links: map.links.filter((l) => keep.has(l.source) && keep.has(l.target)),
  };
}
