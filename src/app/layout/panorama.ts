/**
 * The panorama (全景图) of one chain: its segments in columns by tier, left to right 上游 → 中游 →
 * 下游 → 配套服务 (segments the taxonomy does not place — a plan's focus areas, an unknown key link —
 * in a column of their own), each card with the firms placed in it and the measures that name it
 * or its chain, apart; the supply connections of a card to the neighbouring columns. Pure: a function
 * of the graph, no layout in pixels (the view lays the columns out with CSS).
 */
import type { ChainNode, Link, Tier } from '../../contract/chain-map.ts';
import { TIER_ORDER, segmentSupport, type Graph, type SegmentSupport } from '../model/graph.ts';

export interface Card {
  node: ChainNode;
  /** Firms the documents or curated data place in the segment. */
  firms: ChainNode[];
  /** Measures that name it (segment-specific) and measures for its whole chain, apart. */
  support: SegmentSupport;
}

export interface Column {
  tier: Tier;
  cards: Card[];
}

const STATUS_ORDER = { gap: 0, present: 1, context: 2 } as const;

/**
 * The columns of the chain's panorama; within a column gap segments come first, then segments the
 * place has, then the rest, each group in the map's order. Empty tiers are left out.
 * @example panorama(g).map((c) => c.tier) // → ['upstream', 'midstream', 'downstream', 'service']
 */
export function panorama(g: Graph): Column[] {
  const segments = g.map.nodes.filter((n) => n.kind === 'segment');
  return TIER_ORDER.map((tier) => ({
    tier,
    cards: segments
      .filter((s) => (s.tier ?? 'unclassified') === tier)
      .map((node, i) => ({ node, i }))
      .sort(
        (a, b) =>
          STATUS_ORDER[a.node.status ?? 'context'] - STATUS_ORDER[b.node.status ?? 'context'] ||
          a.i - b.i,
      )
      .map(({ node }) => card(g, node)),
  })).filter((c) => c.cards.length > 0);
}

function card(g: Graph, node: ChainNode): Card {
  const firms = new Map<string, ChainNode>();
  for (const l of g.in.get(node.id) ?? []) {
    const n = g.byId.get(l.source);
    if (n && l.kind === 'in-segment') firms.set(n.id, n);
  }
  return { node, firms: [...firms.values()], support: segmentSupport(g, node.id) };
}

/**
 * The segments a card is connected to by `supplies` links, both ways (what feeds it, what it feeds),
 * and those links as pairs, for drawing.
 */
export function connections(g: Graph, id: string): { ids: Set<string>; pairs: [string, string][] } {
  const ids = new Set<string>([id]);
  const pairs: [string, string][] = [];
  for (const l of g.out.get(id) ?? []) {
    if (l.kind !== 'supplies') continue;
    ids.add(l.target);
    pairs.push([id, l.target]);
  }
  for (const l of g.in.get(id) ?? []) {
    if (l.kind !== 'supplies') continue;
    ids.add(l.source);
    pairs.push([l.source, id]);
  }
  return { ids, pairs };
}

/**
 * Customers of the chain `chainId`, shown at the downstream end: the nodes its documents name as
 * customers (`customer-of` the chain, in the full map `links`), and any node of kind customer in
 * the graph.
 */
export function customers(
  g: Graph,
  chainId: string | undefined,
  links: readonly Link[] = [],
): ChainNode[] {
  const named = new Set(
    links.filter((l) => l.kind === 'customer-of' && l.target === chainId).map((l) => l.source),
  );
  return g.map.nodes.filter((n) => n.kind === 'customer' || named.has(n.id));
}

/** The chain's park, if it has one. */
export function park(g: Graph): ChainNode | null {
  return g.map.nodes.find((n) => n.kind === 'park') ?? null;
}
