/**
 * A gap segment's case (招商要素): for each thing an investor asks about (where to build, what
 * support, how much, whom to call, whom to attract, who would buy), what the documents give for
 * this gap in particular, what they give only for its whole chain, and what they do not say. The
 * same check over all gaps is the officers' panel: which gaps lack a park, an amount or a target.
 * Pure: it follows the compiled links (model/graph.ts) and never reads text.
 */
import type { Amount, ChainNode, Evidence } from '../../contract/chain-map.ts';
import {
  departmentsOf,
  downstreamOf,
  enterprisesOf,
  measuresFor,
  parksOf,
  segmentNames,
  segmentSupport,
  type Graph,
} from './graph.ts';

/** The items of the check, in the order an investor asks them. */
export const CASE_ITEMS = [
  'park',
  'measures',
  'amounts',
  'departments',
  'firms',
  'buyers',
] as const;
export type CaseItem = (typeof CASE_ITEMS)[number];

/**
 * How far an item is stated: `own` for this gap (its sentence names the segment, or the fact is
 * the segment's own), `chain` only for the whole chain (a park for every new project, a fund for
 * the chain), `reference` only in the curated library (firms to approach), `none` not at all.
 */
export type CaseScope = 'own' | 'chain' | 'reference' | 'none';

/** One item: how far it is stated, the facts that state it and their sentences. */
export interface CaseLine {
  item: CaseItem;
  scope: CaseScope;
  /** The nodes stating it (parks, measures, departments, firms, buyers); empty for amounts. */
  nodes: ChainNode[];
  /** For `amounts`: the amounts of the measures that state it. */
  amounts: Amount[];
  /** The sentences behind it, first the one to open. */
  evidence: Evidence[];
}

/** A gap's case: its segment and one line per item, in {@link CASE_ITEMS} order. */
export interface GapCase {
  segment: ChainNode;
  lines: CaseLine[];
}

const line = (
  item: CaseItem,
  scope: CaseScope,
  nodes: ChainNode[],
  evidence: Evidence[],
  amounts: Amount[] = [],
): CaseLine => ({ item, scope, nodes: scope === 'none' ? [] : nodes, amounts, evidence });

/** The first of `options` that has facts, as a line; `none` when none has. */
function firstStated(
  item: CaseItem,
  options: [CaseScope, ChainNode[], (n: ChainNode) => Evidence[]][],
): CaseLine {
  for (const [scope, nodes, evidenceOf] of options)
    if (nodes.length) return line(item, scope, nodes, nodes.flatMap(evidenceOf));
  return line(item, 'none', [], []);
}

const unique = (xs: ChainNode[]): ChainNode[] => [...new Map(xs.map((x) => [x.id, x])).values()];

/**
 * The case of gap segment `id`, or null when `id` is not a gap segment.
 * @example gapCase(g, 'comp')?.lines.find((l) => l.item === 'park')?.scope // → 'chain'
 */
export function gapCase(g: Graph, id: string): GapCase | null {
  const segment = g.byId.get(id);
  if (!segment || segment.kind !== 'segment' || segment.status !== 'gap') return null;
  const names = segmentNames(segment);
  const names_ = (e: Evidence): boolean => [...names].some((nm) => e.quote.includes(nm));

  // Where to build: a park whose sentence names the segment is its own; any other is the chain's.
  const parkLinks = (g.out.get(id) ?? []).filter((l) => l.kind === 'located-in');
  const parks = parksOf(g, id);
  const ownParks = parks.filter((p) =>
    parkLinks.some((l) => l.target === p.id && l.evidence.some(names_)),
  );
  const parkEvidence = (p: ChainNode): Evidence[] => [
    ...parkLinks.filter((l) => l.target === p.id).flatMap((l) => l.evidence),
    ...p.evidence,
  ];

  // What support: the measures that name it, else those for the chain or its park.
  const support = segmentSupport(g, id);
  const wide = unique([
    ...support.chainWide,
    ...parks.flatMap((p) => measuresFor(g, p.id)).filter((m) => !support.specific.includes(m)),
  ]).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const measureLine = firstStated('measures', [
    ['own', support.specific, (m) => m.evidence],
    ['chain', wide, (m) => m.evidence],
  ]);

  // How much and whom to call: from the measures that name it, else from the chain's.
  const amountsOf = (ms: ChainNode[]) => ms.flatMap((m) => m.amounts ?? []);
  const amountScope: CaseScope = amountsOf(support.specific).length
    ? 'own'
    : amountsOf(wide).length
      ? 'chain'
      : 'none';
  const amountMeasures = amountScope === 'own' ? support.specific : wide;
  const amounts = amountScope === 'none' ? [] : amountsOf(amountMeasures);
  const amountLine = line(
    'amounts',
    amountScope,
    amountMeasures.filter((m) => m.amounts?.length),
    amounts.flatMap((a) => a.evidence),
    amounts,
  );
  const deptsOf = (ms: ChainNode[]) => unique(ms.flatMap((m) => departmentsOf(g, m.id)));
  const deptLine = firstStated('departments', [
    ['own', deptsOf(support.specific), (d) => d.evidence],
    ['chain', deptsOf(wide), (d) => d.evidence],
  ]);

  // Whom to attract: firms the documents link to the segment, else the library's reference firms.
  const firms = enterprisesOf(g, id);
  const linkEvidence = (n: ChainNode): Evidence[] =>
    [...(g.in.get(id) ?? []), ...(g.out.get(id) ?? [])]
      .filter((l) => l.source === n.id || l.target === n.id)
      .flatMap((l) => l.evidence)
      .concat(n.evidence);
  const firmLine: CaseLine = firms.length
    ? line('firms', 'own', firms, firms.flatMap(linkEvidence))
    : segment.referenceFirms?.length
      ? line('firms', 'reference', [], [])
      : line('firms', 'none', [], []);

  // Who would buy: the segments it feeds that the documents place here, else the chain's customers.
  const local = downstreamOf(g, id).filter(
    (n) => (n.kind === 'segment' && n.status === 'present') || n.kind === 'customer',
  );
  const customers = g.map.nodes.filter((n) => n.kind === 'customer');
  const buyerLine = firstStated('buyers', [
    ['own', local, (n) => n.evidence],
    ['chain', customers, (n) => n.evidence],
  ]);

  return {
    segment,
    lines: [
      firstStated('park', [
        ['own', ownParks, parkEvidence],
        ['chain', parks, parkEvidence],
      ]),
      measureLine,
      amountLine,
      deptLine,
      firmLine,
      buyerLine,
    ],
  };
}

/** The line of `item` in a case. */
export function caseLine(c: GapCase, item: CaseItem): CaseLine {
  return c.lines.find((l) => l.item === item) as CaseLine;
}

/** The cases of every gap of the chain in `g`, in the map's order: the officers' panel. */
export function chainCases(g: Graph): GapCase[] {
  return g.map.nodes.flatMap((n) => {
    const c = n.kind === 'segment' && n.status === 'gap' ? gapCase(g, n.id) : null;
    return c ? [c] : [];
  });
}

/** How many of the gaps state each item for themselves, for the chain only, or not at all. */
export function caseTotals(cases: readonly GapCase[]): Record<CaseItem, Record<CaseScope, number>> {
  const totals = Object.fromEntries(
    CASE_ITEMS.map((i) => [i, { own: 0, chain: 0, reference: 0, none: 0 }]),
  ) as Record<CaseItem, Record<CaseScope, number>>;
  for (const c of cases) for (const l of c.lines) totals[l.item][l.scope]++;
  return totals;
}
