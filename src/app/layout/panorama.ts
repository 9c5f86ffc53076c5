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
  /** The segments it supplies (its `supplies` links), in the map's order. */
  feeds: ChainNode[];
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
  const feeds = (g.out.get(node.id) ?? [])
    .filter((l) => l.kind === 'supplies')
    .flatMap((l) => {
      const n = g.byId.get(l.target);
      return n?.kind === 'segment' ? [n] : [];
    });
  return { node, firms: [...firms.values()], support: segmentSupport(g, node.id), feeds };
}

/**
 * The support every gap of the chain shares, when two gaps or more all have the very same measures
 * (a document that names its seven gaps in one sentence): said once, so that a gap card can say
 * what is its own instead. Null when the gaps differ, or have no measure.
 * @example sharedGapSupport(panorama(g)) // → { gaps: 7, specific: [第1条], chainWide: [第10条] }
 */
export function sharedGapSupport(
  columns: readonly Column[],
): (SegmentSupport & { gaps: number }) | null {
  const gaps = columns.flatMap((c) => c.cards).filter((c) => c.node.status === 'gap');
  const first = gaps[0];
  if (!first || gaps.length < 2) return null;
  const key = (c: Card) =>
    `${c.support.specific.map((m) => m.id).join(' ')}|${c.support.chainWide.map((m) => m.id).join(' ')}`;
  if (key(first) === '|' || gaps.some((c) => key(c) !== key(first))) return null;
  return { gaps: gaps.length, ...first.support };
}

/**
 * The line under a card's name, one rule for the screen and the exported picture: the firms placed
 * in it, then its measures; a gap whose measures every gap shares says instead what it supplies.
 */
export function cardNote(
  card: Card,
  shared: ReturnType<typeof sharedGapSupport>,
  words: {
    measures: (specific: number, chainWide: number) => string;
    feeds: (names: string[]) => string;
  },
  name: (n: ChainNode) => string,
): { firms: string[]; line: string } {
  const firms = card.firms.map(name);
  const line =
    shared && card.node.status === 'gap'
      ? card.feeds.length > 0
        ? words.feeds(card.feeds.map(name))
        : ''
      : words.measures(card.support.specific.length, card.support.chainWide.length);
  return { firms, line };
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

/** What the screen gives the tiers: px widths of the row, a card at its narrowest and the gaps. */
export interface RowRoom {
  width: number;
  card: number;
  cardGap: number;
  tierGap: number;
  /** A tier's own narrowest width (its heading), even with one card column. */
  tierMin: number;
}

/** A tier's height with its cards (px heights, in order) in `k` columns: each row as tall as its tallest. */
export function tierHeight(cards: readonly number[], k: number, gap: number): number {
  let h = 0;
  for (let r = 0; r * k < cards.length; r++)
    h += Math.max(...cards.slice(r * k, r * k + k)) + (r > 0 ? gap : 0);
  return h;
}

/**
 * How many card columns each tier gets, side by side in one row, so that the tallest tier is as
 * short as the row's width allows (the picture then fits a short screen, as the kiosk's, which
 * must not scroll, without narrowing a card). For each height a tier could have, from the lowest,
 * every tier takes the fewest columns that bring it under that height; the first height whose
 * columns fit the width wins. With no such height every tier keeps one column.
 * @example balanceColumns([[40, 40], [90, 90, 90, 90]], { width: 1000, card: 150, cardGap: 10, tierGap: 20, tierMin: 150 })
 *   // → [1, 4]: 4 × 150 + 3 × 10 + 150 + 20 = 800 px, the tallest tier 90 px
 */
export function balanceColumns(heights: readonly (readonly number[])[], room: RowRoom): number[] {
  const tierWidth = (k: number) => Math.max(room.tierMin, k * room.card + (k - 1) * room.cardGap);
  const options = heights.map((cards) =>
    cards.map((_, i) => ({ k: i + 1, h: tierHeight(cards, i + 1, room.cardGap) })),
  );
  const candidates = [...new Set(options.flat().map((o) => o.h))].sort((a, b) => a - b);
  for (const limit of candidates) {
    const cols = options.map((o) => o.find((x) => x.h <= limit)?.k ?? 0);
    if (cols.some((k, i) => k === 0 && (heights[i]?.length ?? 0) > 0)) continue;
    const width =
      cols.reduce((sum, k) => sum + tierWidth(Math.max(1, k)), 0) +
      Math.max(0, cols.length - 1) * room.tierGap;
    if (width <= room.width) return cols.map((k) => Math.max(1, k));
  }
  return heights.map(() => 1);
}
