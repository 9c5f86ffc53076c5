/**
 * Graph queries over a chain map: who supplies whom, where a gap segment lands, what supports it.
 * The app never re-derives what the compiler knows; it only follows the links.
 */
import type { ChainMap, ChainNode, Link, Tier } from '../../contract/chain-map.ts';

/** A chain map indexed for the queries the views and the details panel make. */
export interface Graph {
  map: ChainMap;
  byId: Map<string, ChainNode>;
  out: Map<string, Link[]>;
  in: Map<string, Link[]>;
}

/** Indexes a map by node id and by link endpoints. */
export function buildGraph(map: ChainMap): Graph {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Link[]>();
  const inn = new Map<string, Link[]>();
  for (const l of map.links) {
    if (!byId.has(l.source) || !byId.has(l.target)) continue;
    push(out, l.source, l);
    push(inn, l.target, l);
  }
  return { map, byId, out, in: inn };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const xs = m.get(k);
  if (xs) xs.push(v);
  else m.set(k, [v]);
}

function nodesOf(
  g: Graph,
  links: Link[] | undefined,
  end: 'source' | 'target',
  kind?: string,
): ChainNode[] {
  const seen = new Set<string>();
  const result: ChainNode[] = [];
  for (const l of links ?? []) {
    if (kind && l.kind !== kind) continue;
    const n = g.byId.get(l[end]);
    if (n && !seen.has(n.id)) {
      seen.add(n.id);
      result.push(n);
    }
  }
  return result;
}

/** Nodes that supply `id` (sources of its incoming `supplies` links), segments only. */
export function upstreamOf(g: Graph, id: string): ChainNode[] {
  return nodesOf(g, g.in.get(id), 'source', 'supplies').filter((n) => n.kind === 'segment');
}

/** Nodes `id` supplies or sells to: targets of `supplies` and `customer-of` links. */
export function downstreamOf(g: Graph, id: string): ChainNode[] {
  return [
    ...nodesOf(g, g.out.get(id), 'target', 'supplies'),
    ...nodesOf(g, g.out.get(id), 'target', 'customer-of'),
  ];
}

/** The park(s) a gap segment would land in (`located-in`). */
export function parksOf(g: Graph, id: string): ChainNode[] {
  return nodesOf(g, g.out.get(id), 'target', 'located-in');
}

/** Measures that support a segment or park (sources of `supports` links into it). */
export function measuresFor(g: Graph, id: string): ChainNode[] {
  return nodesOf(g, g.in.get(id), 'source', 'supports').sort(
    (a, b) => (a.number ?? 0) - (b.number ?? 0),
  );
}

/** The measures behind a segment, in the two kinds a reader must tell apart. */
export interface SegmentSupport {
  /** Measures whose sentence names the segment itself (瞄准压缩机、风机…: 压缩机). */
  specific: ChainNode[];
  /** Measures for the whole chain: their sentence names its key links as a whole (关键环节). */
  chainWide: ChainNode[];
}

/**
 * The measures that name a segment or its chain, each once and apart: a `supports` link whose
 * evidence is one of the segment's names is the segment's own; any other (the compiler links every
 * gap to a measure that speaks of the chain's 关键环节) is chain-wide.
 * @example segmentSupport(g, 'mid-e-compressor') // → { specific: [第1条], chainWide: [第10条] }
 */
export function segmentSupport(g: Graph, id: string): SegmentSupport {
  const names = segmentNames(g.byId.get(id));
  const specific = new Map<string, ChainNode>();
  const chainWide = new Map<string, ChainNode>();
  for (const l of g.in.get(id) ?? []) {
    const m = g.byId.get(l.source);
    if (l.kind !== 'supports' || m?.kind !== 'measure') continue;
    if (l.evidence.some((e) => names.has(e.quote))) specific.set(m.id, m);
    else chainWide.set(m.id, m);
  }
  for (const k of specific.keys()) chainWide.delete(k);
  const byNumber = (a: ChainNode, b: ChainNode) => (a.number ?? 0) - (b.number ?? 0);
  return {
    specific: [...specific.values()].sort(byNumber),
    chainWide: [...chainWide.values()].sort(byNumber),
  };
}

/** The words a document names a segment by: its name, its aliases and its own quotes. */
export function segmentNames(seg: ChainNode | undefined): Set<string> {
  const names = new Set([
    seg?.name.zh ?? '',
    ...(seg?.search.aliases ?? []),
    ...(seg?.evidence.map((e) => e.quote) ?? []),
  ]);
  names.delete('');
  return names;
}

/** What a measure supports (targets of its `supports` links). */
export function supportedBy(g: Graph, measureId: string): ChainNode[] {
  return nodesOf(g, g.out.get(measureId), 'target', 'supports');
}

/** Departments responsible for a measure. */
export function departmentsOf(g: Graph, measureId: string): ChainNode[] {
  return nodesOf(g, g.in.get(measureId), 'source', 'responsible-for');
}

/** Measures a department is responsible for. */
export function measuresOfDepartment(g: Graph, deptId: string): ChainNode[] {
  return nodesOf(g, g.out.get(deptId), 'target', 'responsible-for');
}

/** Policies a measure cites. */
export function policiesOf(g: Graph, measureId: string): ChainNode[] {
  return nodesOf(g, g.out.get(measureId), 'target', 'cites');
}

/** Enterprises linked to a segment by any link. */
export function enterprisesOf(g: Graph, id: string): ChainNode[] {
  return [...nodesOf(g, g.in.get(id), 'source'), ...nodesOf(g, g.out.get(id), 'target')].filter(
    (n) => n.kind === 'enterprise',
  );
}

/** Every node one link away from `id`, either direction, plus `id` itself. */
export function neighbourhood(g: Graph, id: string): Set<string> {
  const s = new Set<string>([id]);
  for (const l of g.out.get(id) ?? []) s.add(l.target);
  for (const l of g.in.get(id) ?? []) s.add(l.source);
  return s;
}

/**
 * All nodes on supply paths through `id`: its transitive suppliers and its transitive customers.
 * Used to highlight a whole path in the Sankey view.
 */
export function supplyPath(g: Graph, id: string): Set<string> {
  return new Set([id, ...reach(g, id, 'out'), ...reach(g, id, 'in')]);
}

/**
 * The tiers in reading order, left to right (upstream first, segments the taxonomy does not place
 * last): the one order of the panorama, the outline, the layouts and the export.
 */
export const TIER_ORDER: readonly Tier[] = [
  'upstream',
  'midstream',
  'downstream',
  'service',
  'unclassified',
];

/**
 * Column of a node in the left-to-right reading: segments by tier (0 upstream … 3 service, 4
 * unclassified), customers after downstream; the other kinds have no column (null).
 */
export function tierColumn(n: Pick<ChainNode, 'kind' | 'tier'>): number | null {
  if (n.kind === 'segment') return Math.max(0, TIER_ORDER.indexOf(n.tier ?? 'unclassified'));
  if (n.kind === 'customer') return 3;
  return null;
}

/**
 * The whole supply path through the flow source → target: the source's transitive suppliers, both
 * ends, and the target's transitive customers. flowPath(g, 'comp', 'hvac') on al→comp→hvac→oem is
 * {al, comp, hvac, oem}.
 */
export function flowPath(g: Graph, source: string, target: string): Set<string> {
  return new Set([source, target, ...reach(g, source, 'in'), ...reach(g, target, 'out')]);
}

/** Every node a chain of supply links leads to from `start`, downstream (out) or upstream (in). */
function reach(g: Graph, start: string, dir: 'in' | 'out'): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const cur = stack.pop() as string;
    for (const l of g[dir].get(cur) ?? []) {
      if (l.kind !== 'supplies' && l.kind !== 'customer-of') continue;
      const next = dir === 'out' ? l.target : l.source;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** The link joining two nodes, either direction (first found), or undefined. */
export function linkBetween(g: Graph, a: string, b: string): Link | undefined {
  return (
    (g.out.get(a) ?? []).find((l) => l.target === b) ??
    (g.out.get(b) ?? []).find((l) => l.target === a)
  );
}
