/**
 * The exported picture of the current view, as a list of plain marks (rectangles, paths, lines,
 * text) in pixels of a `width` × `height` page: solid background, title, the chart, a legend and a
 * source line naming the documents. One description, two renderers (export/render.ts: canvas for
 * PNG, SVG text for SVG), so the two files always show the same thing.
 */
import type { Chain, ChainMap, ChainNode, NodeKind } from '../../contract/chain-map.ts';
import { displayName, placeName, type Lang, type Strings, type View } from '../i18n/strings.ts';
import { bounds, layoutForce, type Placed } from '../layout/force.ts';
import { layoutSankey } from '../layout/sankey.ts';
import { chooseLabels, forcePicture, type ForceStyle } from '../layout/force-picture.ts';
import { GAP_OUTLINE, KIND_ORDER, KIND_STYLE, LINK_STROKE, shapePath } from '../render/theme.ts';
import { columnMarks, type ColumnsPicture } from './columns.ts';
import type { Mark } from './marks.ts';
import type { Measure } from '../layout/measure.ts';

// Named here too: the renderers and the tests take them with the figure.
export type { Mark } from './marks.ts';
export type { Measure } from '../layout/measure.ts';

/** A whole exported page. */
export interface Figure {
  width: number;
  height: number;
  title: string;
  marks: Mark[];
}

/** What to draw. */
export interface FigureInput {
  map: ChainMap;
  /** The chain the figure is of (the chain on screen); null: the map's title. */
  chain: Chain | null;
  view: View;
  lang: Lang;
  t: Strings;
  /** "来源：…" in the UI language. */
  sourceLine: (titles: string) => string;
  selected: string | null;
  width: number;
  height: number;
  measure: Measure;
  /** The force layout when one is at hand (the default map's, computed at build time). */
  positions?: Map<string, Placed> | null;
  /** A page of columns (panorama, roadmap, city: layout/page-columns.ts) instead of a network or Sankey. */
  columns?: ColumnsPicture | null;
}

/** The export sizes offered: slides (16:9) and A4 landscape at 300 dpi. */
export const SLIDE = { width: 1920, height: 1080 } as const;
export const A4_LANDSCAPE_300DPI = { width: 3508, height: 2480 } as const;

export const BACKGROUND = '#ffffff';
const INK = '#1b1f24';
const MUTED = '#57606a';
export { FONT_FAMILY } from '../render/theme.ts';

/**
 * The titles of the documents `ids` (a chain's sources, the one that defines it first), in《》,
 * cut to fit `maxWidth` with "…"; every source's when there are none.
 * sourceTitles(map, () => 0, 1e9, chain.sources) → '《新乡经开区…十条措施》《…》'
 */
export function sourceTitles(
  map: ChainMap,
  measure: (s: string) => number,
  maxWidth: number,
  ids: readonly string[] | null,
): string {
  const byId = new Map(map.sources.map((s) => [s.id, s]));
  const docs = ids?.length ? ids.flatMap((id) => byId.get(id) ?? []) : map.sources;
  let out = '';
  for (const d of docs) {
    const next = `${out}《${d.title}》`;
    if (out && measure(next) > maxWidth) return `${out}…`;
    out = next;
  }
  return out;
}

/** Builds the page: background, title, chart in the middle, legend and source line at the foot. */
export function buildFigure(input: FigureInput): Figure {
  const { map, chain, lang, t, width: W, height: H, measure } = input;
  const s = Math.min(W / SLIDE.width, H / SLIDE.height);
  const chainName = chain ? chain.name[lang] || chain.name.zh : t.appTitle;
  const cols = input.columns ?? null;
  // The figure draws the page's columns, the Sankey or the network (the outline exports as the
  // network): its title names the picture it draws.
  const view = input.view === 'sankey' ? 'sankey' : 'force';
  const title = cols ? cols.title : `${chainName} · ${t.views[view]}`;
  const marks: Mark[] = [{ kind: 'rect', x: 0, y: 0, w: W, h: H, fill: BACKGROUND }];
  const pad = 60 * s;
  marks.push({ kind: 'text', x: pad, y: 70 * s, text: title, size: 44 * s, bold: true, fill: INK });
  const subtitle = cols?.subtitle ?? (chain ? `${placeName(chain, lang)} · ${t.appTitle}` : '');
  if (subtitle)
    marks.push({ kind: 'text', x: pad, y: 115 * s, text: subtitle, size: 24 * s, fill: MUTED });
  const plot = { x: pad, y: 150 * s, w: W - 2 * pad, h: H - 150 * s - 170 * s };
  if (cols) marks.push(...columnMarks(cols, plot, s, measure));
  else if (view === 'sankey') marks.push(...sankeyMarks(input, plot, s));
  else marks.push(...forceMarks(input, plot, s));
  // A page of columns has no node shapes: its legend is the gap outline, where it shows one.
  const kinds = cols ? new Set<NodeKind>() : new Set(map.nodes.map((n) => n.kind));
  if (!cols || cols.columns.some((c) => c.items.some((i) => i.tone === 'gap')))
    marks.push(...legendMarks(t, kinds, pad, H - 115 * s, s, measure));
  const size = 20 * s;
  const titles = sourceTitles(
    map,
    (x) => measure(input.sourceLine(x), size),
    W - 2 * pad,
    cols ? cols.sources : (chain?.sources ?? null),
  );
  marks.push({
    kind: 'text',
    x: pad,
    y: H - 50 * s,
    text: input.sourceLine(titles),
    size,
    fill: MUTED,
  });
  return { width: W, height: H, title, marks };
}

type Box = { x: number; y: number; w: number; h: number };

function nodeLabel(n: ChainNode, lang: Lang): string {
  return displayName(n, lang);
}

/** The export page's sizes, at scale `s` of a 1920 × 1080 slide. */
function exportStyle(s: number): ForceStyle {
  return {
    radius: (n) => KIND_STYLE[n.kind].radius * 1.5 * s,
    fontPx: 17 * s,
    labelGap: 4 * s,
    labelHeight: 17 * 1.3 * s,
    labelPad: 0,
    maxLabel: Infinity,
    cull: 0,
    cell: 64 * s,
  };
}

/** The network: the screen's picture (layout/force-picture.ts), fitted to the plot. */
function forceMarks(input: FigureInput, plot: Box, s: number): Mark[] {
  const { map, lang } = input;
  const pos = input.positions ?? layoutForce(map);
  const b = bounds(pos.values());
  const k = Math.min(plot.w / Math.max(1, b.x1 - b.x0), plot.h / Math.max(1, b.y1 - b.y0)) * 0.92;
  const camera = {
    k,
    x: plot.x + (plot.w - (b.x1 - b.x0) * k) / 2 - b.x0 * k,
    y: plot.y + (plot.h - (b.y1 - b.y0) * k) / 2 - b.y0 * k,
  };
  const scene = {
    nodes: map.nodes,
    links: map.links,
    pos,
    camera,
    width: input.width,
    height: input.height,
    lit: null,
    centre: null,
    selected: input.selected,
    focused: null,
    label: (n: ChainNode) => nodeLabel(n, lang),
  };
  const style = exportStyle(s);
  // The measurer is the page's (bold-wide): every label is measured as if bold.
  const measure = (text: string, size: number): number => input.measure(text, size);
  // Every gap is named, and the selection, even where two labels touch: the export is about them.
  const named = (n: ChainNode): boolean => n.status === 'gap' || n.id === input.selected;
  const kept = chooseLabels(scene, style, measure, named);
  const pic = forcePicture(scene, style, measure, kept);
  const marks: Mark[] = [];
  for (const l of pic.links)
    marks.push({ kind: 'line', ...l, stroke: LINK_STROKE.lit, width: 1.2 * s });
  for (const v of pic.nodes) {
    const shape = KIND_STYLE[v.node.kind].shape;
    marks.push({
      kind: 'path',
      d: shapePath(shape, v.r),
      x: v.x,
      y: v.y,
      fill: KIND_STYLE[v.node.kind].color,
      ...(v.gap ? { stroke: GAP_OUTLINE, strokeWidth: 4 * s, dash: [6 * s, 3 * s] } : {}),
    });
    if (v.ring)
      marks.push({
        kind: 'path',
        d: shapePath(shape, v.r + 5 * s),
        x: v.x,
        y: v.y,
        stroke: INK,
        strokeWidth: 3 * s,
      });
  }
  for (const l of pic.labels)
    marks.push({
      kind: 'text',
      x: l.x,
      y: l.y,
      text: l.text,
      size: style.fontPx,
      bold: l.bold,
      fill: INK,
    });
  return marks;
}

function sankeyMarks(input: FigureInput, plot: Box, s: number): Mark[] {
  const { map, lang, measure } = input;
  const size = 17 * s;
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const longest = Math.max(
    0,
    ...map.nodes.filter((n) => n.kind === 'customer').map((n) => measure(nodeLabel(n, lang), size)),
  );
  const w = plot.w - longest - 12 * s;
  const pic = layoutSankey(map, w, plot.h - 40 * s);
  const marks: Mark[] = [];
  for (const f of [...pic.flows, ...pic.backLinks])
    marks.push({
      kind: 'path',
      d: f.path,
      x: plot.x,
      y: plot.y,
      stroke: pic.backLinks.includes(f) ? GAP_OUTLINE : 'rgba(31,111,178,0.28)',
      strokeWidth: f.width,
      ...(pic.backLinks.includes(f) ? { dash: [6 * s, 4 * s] } : {}),
    });
  for (const b of pic.nodes) {
    const n = byId.get(b.id);
    if (!n) continue;
    const d = `M0,0h${b.x1 - b.x0}v${Math.max(1, b.y1 - b.y0)}h${b.x0 - b.x1}Z`;
    marks.push({
      kind: 'path',
      d,
      x: plot.x + b.x0,
      y: plot.y + b.y0,
      fill: KIND_STYLE[n.kind].color,
      ...(n.status === 'gap'
        ? { stroke: GAP_OUTLINE, strokeWidth: 3 * s, dash: [5 * s, 3 * s] }
        : {}),
    });
    const last = b.x1 > w - 20;
    marks.push({
      kind: 'text',
      x: plot.x + (last ? b.x1 + 6 * s : b.x1 + 6 * s),
      y: plot.y + (b.y0 + b.y1) / 2,
      text: nodeLabel(n, lang),
      size,
      bold: n.status === 'gap' || n.id === input.selected,
      fill: INK,
    });
  }
  return marks;
}

/** The legend: the kinds on the map, in legend order, and the gap outline. */
function legendMarks(
  t: Strings,
  kinds: ReadonlySet<NodeKind>,
  x0: number,
  y: number,
  s: number,
  measure: Measure,
): Mark[] {
  const size = 20 * s;
  const marks: Mark[] = [];
  let x = x0;
  const items = [
    ...KIND_ORDER.filter((k) => kinds.has(k)).map((k) => ({
      label: t.kinds[k],
      kind: k,
      gap: false,
    })),
    { label: t.gapLegend, kind: 'segment' as const, gap: true },
  ];
  for (const it of items) {
    const style = KIND_STYLE[it.kind];
    marks.push({
      kind: 'path',
      d: shapePath(style.shape, 10 * s),
      x: x + 12 * s,
      y,
      fill: style.color,
      ...(it.gap ? { stroke: GAP_OUTLINE, strokeWidth: 4 * s, dash: [5 * s, 3 * s] } : {}),
    });
    marks.push({ kind: 'text', x: x + 30 * s, y, text: it.label, size, fill: INK });
    x += 30 * s + measure(it.label, size) + 30 * s;
  }
  return marks;
}
