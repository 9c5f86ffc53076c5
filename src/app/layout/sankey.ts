/**
 * Sankey layout of the chain: segments and customers, `supplies` and `customer-of` flows, left
 * aligned. d3-sankey throws on a cycle, so cycles are broken first (depth-first back edges) and the
 * removed links are returned to be drawn as back-links.
 */
import { sankey, sankeyLeft, sankeyLinkHorizontal } from 'd3-sankey';
import type { SankeyLink, SankeyNode } from 'd3-sankey';
import type { ChainMap, ChainNode } from '../../contract/chain-map.ts';

/** A laid-out Sankey node. */
export interface SankeyBox {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A laid-out flow (or back-link) with its SVG path. */
export interface SankeyFlow {
  source: string;
  target: string;
  width: number;
  path: string;
}

/** The whole Sankey picture. */
export interface SankeyPicture {
  nodes: SankeyBox[];
  flows: SankeyFlow[];
  backLinks: SankeyFlow[];
  width: number;
  height: number;
}

const FLOW_KINDS = new Set(['supplies', 'customer-of']);

/**
 * Splits edges into a DAG and the back edges that close cycles, deterministically (nodes and edges
 * in input order). splitCycles(['a','b'], [['a','b'],['b','a']]) → { dag: [['a','b']], back: [['b','a']] }
 */
export function splitCycles(
  ids: readonly string[],
  edges: readonly (readonly [string, string])[],
): { dag: [string, string][]; back: [string, string][] } {
  const out = new Map<string, number[]>();
  edges.forEach(([s], i) => {
    const xs = out.get(s);
    if (xs) xs.push(i);
    else out.set(s, [i]);
  });
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const backIdx = new Set<number>();
  for (const root of ids) {
    if (state.has(root)) continue;
    // Iterative DFS: deep supply chains must not overflow the call stack.
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const es = out.get(top.id) ?? [];
      if (top.next >= es.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const ei = es[top.next++] as number;
      const t = (edges[ei] as readonly [string, string])[1];
      const st = state.get(t);
      if (st === 1) backIdx.add(ei);
      else if (st === undefined) {
        state.set(t, 1);
        stack.push({ id: t, next: 0 });
      }
    }
  }
  const dag: [string, string][] = [];
  const back: [string, string][] = [];
  edges.forEach(([s, t], i) => (backIdx.has(i) ? back : dag).push([s, t]));
  return { dag, back };
}

interface N {
  id: string;
}

/** The width of every flow between boxes. */
const BOX_FLOW = 4;

/**
 * The column of each tier, upstream → customers. Services (研发检测认证, 售后服务) support the chain
 * rather than feed it: they are no source at the far left, and the view lists them apart.
 */
const COLUMN: Record<string, number> = { upstream: 0, midstream: 1, downstream: 2, customer: 3 };

/**
 * Nodes drawn as boxes that hold their labels: `gap` px between columns, the boxes share the rest
 * of the width; `minHeight(id, boxWidth)` is the height a node's label needs. The picture grows
 * taller when the labels need it (its `height`), never wider.
 */
export interface SankeyBoxes {
  gap: number;
  minHeight: (id: string, boxWidth: number) => number;
}

/**
 * Lays out the segments and customers that take part in a flow, in a `width` × `height` box, in
 * the columns of their tiers (a segment without a tier where its flows put it). Service segments
 * are left out. Without `boxes`, nodes are 12 px bars whose labels go outside, so the caller
 * leaves margins; with it, each node is a box wide enough for its label, clear of the flows.
 */
export function layoutSankey(
  map: Pick<ChainMap, 'nodes' | 'links'>,
  width: number,
  height: number,
  boxes?: SankeyBoxes,
): SankeyPicture {
  const kinds = new Map(map.nodes.filter((n) => n.tier !== 'service').map((n) => [n.id, n.kind]));
  const column = new Map(
    map.nodes.map((n) => [n.id, COLUMN[n.kind === 'customer' ? 'customer' : (n.tier ?? '')]]),
  );
  const seen = new Set<string>();
  const edges: [string, string][] = [];
  for (const l of map.links) {
    if (!FLOW_KINDS.has(l.kind) || l.source === l.target) continue;
    const ks = kinds.get(l.source);
    const kt = kinds.get(l.target);
    if (ks !== 'segment' || (kt !== 'segment' && kt !== 'customer')) continue;
    const key = `${l.source}\u0000${l.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([l.source, l.target]);
  }
  const used = new Set(edges.flat());
  const ids = map.nodes.filter((n) => used.has(n.id)).map((n) => n.id);
  if (ids.length === 0) return { nodes: [], flows: [], backLinks: [], width, height };
  // A link that runs against the tiers (a downstream segment back into a midstream one) is where
  // its cycle is broken, not supply links a search meets first; what cycles remain, by search.
  const against = (e: [string, string]) =>
    (column.get(e[0]) ?? -1) > (column.get(e[1]) ?? Infinity);
  const split = splitCycles(
    ids,
    edges.filter((e) => !against(e)),
  );
  const dag = split.dag;
  const back = [...edges.filter(against), ...split.back];
  const present = [...new Set(ids.map((id) => column.get(id)))]
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
  const rank = new Map(present.map((c, i) => [c, i]));
  const graph = {
    nodes: ids.map((id) => ({ id })),
    links: dag.map(([source, target]) => ({ source, target, value: 1 })),
  };
  const layout = sankey<N, object>()
    .nodeId((d) => d.id)
    .nodeAlign(sankeyLeft)
    .nodeWidth(12)
    .nodePadding(Math.max(2, Math.min(14, (height / Math.max(1, ids.length)) * 2)))
    .extent([
      [0, 0],
      [width, height],
    ]);
  // d3-sankey mutates its input: it gets a fresh object built above, never the map.
  const g = layout(graph);
  // Then each node moves to its tier's column (d3-sankey has as many columns as the longest path
  // has nodes, which need not be the tiers); the flows are drawn between the moved nodes.
  const n = Math.max(1, present.length);
  const nodeWidth = boxes ? Math.max(12, (width - boxes.gap * (n - 1)) / n) : 12;
  const step = (width - nodeWidth) / Math.max(1, n - 1);
  for (const d of g.nodes as (SankeyNode<N, object> & N)[]) {
    const c = rank.get(column.get(d.id) ?? -1);
    if (c === undefined) continue;
    d.x0 = c * step;
    d.x1 = d.x0 + nodeWidth;
  }
  // Nodes from several of d3's columns now share one: stacked again, in their order top to bottom.
  const byColumn = new Map<number, (SankeyNode<N, object> & N)[]>();
  for (const d of g.nodes as (SankeyNode<N, object> & N)[]) {
    const key = d.x0 ?? 0;
    byColumn.set(key, [...(byColumn.get(key) ?? []), d]);
  }
  const least = (d: SankeyNode<N, object> & N): number =>
    boxes ? boxes.minHeight(d.id, nodeWidth) : 0;
  let tall = height;
  for (const col of byColumn.values()) {
    col.sort((a, b) => (a.y0 ?? 0) - (b.y0 ?? 0));
    if (boxes) {
      // Each box as tall as its label needs (and its flows), stacked from the top.
      let y = 0;
      for (const d of col) {
        const links = Math.max(d.sourceLinks?.length ?? 0, d.targetLinks?.length ?? 0);
        const h = Math.max(least(d), links * BOX_FLOW + 4);
        d.y0 = y;
        d.y1 = y + h;
        y += h + 8;
      }
      tall = Math.max(tall, y - 8);
      continue;
    }
    const sum = col.reduce((t, d) => t + ((d.y1 ?? 0) - (d.y0 ?? 0)), 0);
    const pad = col.length > 1 ? Math.max(0, Math.min(14, (height - sum) / (col.length - 1))) : 0;
    const k = sum + pad * (col.length - 1) > height ? (height - pad * (col.length - 1)) / sum : 1;
    let y = Math.max(0, Math.min(col[0]?.y0 ?? 0, height - (sum * k + pad * (col.length - 1))));
    for (const d of col) {
      const h = ((d.y1 ?? 0) - (d.y0 ?? 0)) * k;
      d.y0 = y;
      d.y1 = y + h;
      y += h + pad;
    }
  }
  if (boxes)
    for (const col of byColumn.values()) {
      // A shorter column stands in the middle of the tallest.
      const shift = (tall - ((col[col.length - 1]?.y1 ?? 0) - (col[0]?.y0 ?? 0))) / 2;
      for (const d of col) {
        d.y0 = (d.y0 ?? 0) + shift;
        d.y1 = (d.y1 ?? 0) + shift;
      }
    }
  if (boxes) {
    // Every flow one width (the caption says so), each node's flows in the middle of its box.
    for (const l of g.links) l.width = BOX_FLOW;
    layout.update(g);
    for (const d of g.nodes as (SankeyNode<N, object> & N)[]) {
      const mid = ((d.y0 ?? 0) + (d.y1 ?? 0)) / 2;
      const out = d.sourceLinks ?? [];
      const into = d.targetLinks ?? [];
      const o = mid - (out.length * BOX_FLOW) / 2 - (out[0] ? (out[0].y0 ?? 0) - BOX_FLOW / 2 : 0);
      for (const l of out) l.y0 = (l.y0 ?? 0) + o;
      const i =
        mid - (into.length * BOX_FLOW) / 2 - (into[0] ? (into[0].y1 ?? 0) - BOX_FLOW / 2 : 0);
      for (const l of into) l.y1 = (l.y1 ?? 0) + i;
    }
  } else layout.update(g);
  const path = sankeyLinkHorizontal<N, object>();
  const nodes: SankeyBox[] = g.nodes.map((d: SankeyNode<N, object>) => ({
    id: d.id,
    x0: d.x0 ?? 0,
    x1: d.x1 ?? 0,
    y0: d.y0 ?? 0,
    y1: d.y1 ?? 0,
  }));
  const box = new Map(nodes.map((b) => [b.id, b]));
  const flows: SankeyFlow[] = g.links.map((l: SankeyLink<N, object>) => ({
    source: (l.source as N).id,
    target: (l.target as N).id,
    width: Math.max(1, l.width ?? 1),
    path: path(l) ?? '',
  }));
  const backLinks: SankeyFlow[] = back.map(([s, t]) => {
    const a = box.get(s) as SankeyBox;
    const b = box.get(t) as SankeyBox;
    return { source: s, target: t, width: 1.5, path: backLinkPath(a, b, tall) };
  });
  return { nodes, flows, backLinks, width, height: tall };
}

/** A loop from the right of `a` down under the chart and back into the left of `b`. */
export function backLinkPath(a: SankeyBox, b: SankeyBox, height: number): string {
  const ya = (a.y0 + a.y1) / 2;
  const yb = (b.y0 + b.y1) / 2;
  const below = Math.min(height + 20, Math.max(a.y1, b.y1) + 30);
  const r = (v: number): number => Math.round(v * 10) / 10;
  return `M${r(a.x1)},${r(ya)}C${r(a.x1 + 40)},${r(ya)} ${r(a.x1 + 40)},${r(below)} ${r(a.x1)},${r(below)}L${r(b.x0)},${r(below)}C${r(b.x0 - 40)},${r(below)} ${r(b.x0 - 40)},${r(yb)} ${r(b.x0)},${r(yb)}`;
}

/** A height that gives each node of the fullest tier ~26 px: sankeyHeight(40 midstream segments) → 1040. */
export function sankeyHeight(nodes: readonly Pick<ChainNode, 'kind' | 'tier'>[]): number {
  const perColumn = new Map<string, number>();
  for (const n of nodes)
    if (n.kind === 'segment' || n.kind === 'customer') {
      const key = n.tier ?? n.kind;
      perColumn.set(key, (perColumn.get(key) ?? 0) + 1);
    }
  return Math.max(420, Math.max(0, ...perColumn.values()) * 26);
}
