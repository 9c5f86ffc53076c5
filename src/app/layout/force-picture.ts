/**
 * The force view's picture as one list of marks in pixels: the links (lit or dimmed), the nodes
 * (shape, radius, dimmed, ringed) and the labels that fit (placed by priority, shortened where
 * they would run off the page). Pure: the screen (render/force-canvas.ts, onto a canvas with
 * sprites) and the export (export/figure.ts, as plain marks for PNG and SVG) draw the same list,
 * so the two always show the same picture.
 */
import type { ChainNode, Link } from '../../contract/chain-map.ts';
import type { Placed } from './force.ts';
import { placeLabelsAt, type Blocker, type LabelCandidates } from './labels.ts';
import { fitText, type Measure } from './measure.ts';

/** A pan/zoom camera: screen = world × k + (x, y). */
export interface Camera {
  k: number;
  x: number;
  y: number;
}

/** How big things are drawn: the screen's sizes, or the export page's. */
export interface ForceStyle {
  /** A node's radius in pixels at the camera's zoom. */
  radius: (n: ChainNode, k: number) => number;
  /** The label font's size in pixels. */
  fontPx: number;
  /** Room between a node's edge and its label. */
  labelGap: number;
  /** The height of a label's box (its text is centred on the node). */
  labelHeight: number;
  /** Extra width around a label's text that other labels keep clear of. */
  labelPad: number;
  /** Labels longer than this end in "…" (the full name is in the details). */
  maxLabel: number;
  /** Nodes this far outside the page are left out. */
  cull: number;
  /** The label placement grid's cell, in pixels. */
  cell: number;
}

/** Everything one picture depends on. */
export interface ForceInput {
  nodes: readonly ChainNode[];
  links: readonly Link[];
  pos: Map<string, Placed>;
  camera: Camera;
  width: number;
  height: number;
  /** Nodes to keep at full strength (the neighbourhood of `centre`), or null. */
  lit: Set<string> | null;
  /** The hovered or selected node whose neighbourhood is lit. */
  centre: string | null;
  selected: string | null;
  focused: string | null;
  label: (n: ChainNode) => string;
  /** The neighbourhood whose labels win placement (the selection's, not the hover's). */
  labelLit?: Set<string> | null;
  /** The share of the placed labels to draw, the most important first: 1 (all) unless given. */
  labels?: number;
}

export interface LinkMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Drawn strong: nothing is lit, or it touches the lit node. */
  lit: boolean;
}
export interface NodeMark {
  node: ChainNode;
  x: number;
  y: number;
  r: number;
  gap: boolean;
  dim: boolean;
  /** A ring around the node: the selection (black) or the keyboard's focus (orange). */
  ring: 'selected' | 'focused' | null;
}
export interface LabelMark {
  id: string;
  x: number;
  y: number;
  text: string;
  bold: boolean;
  dim: boolean;
  /** The text's width, for the box under it. */
  w: number;
}
export interface ForcePicture {
  links: LinkMark[];
  nodes: NodeMark[];
  labels: LabelMark[];
}

/** Node size on screen: grows gently with zoom, never vanishes. */
export function nodeScale(k: number): number {
  return Math.min(1.6, Math.max(0.55, Math.sqrt(k)));
}

/** The one label-priority table: the selection first, then the lit neighbourhood, gaps, the park… */
const KIND_PRIORITY: Record<ChainNode['kind'], number> = {
  segment: 40,
  park: 55,
  customer: 45,
  measure: 25,
  department: 20,
  policy: 15,
  enterprise: 10,
  institution: 10,
  region: 10,
};
export const GAP_PRIORITY = 60;

/**
 * A label's priority (higher wins a place): labelPriority(gap, {selected: null, focused: null,
 * lit: null}) → 60.
 */
export function labelPriority(
  n: ChainNode,
  s: { selected: string | null; focused: string | null; lit: Set<string> | null },
): number {
  if (n.id === s.selected || n.id === s.focused) return 1000;
  const base = n.kind === 'segment' && n.status === 'gap' ? GAP_PRIORITY : KIND_PRIORITY[n.kind];
  return base + (s.lit?.has(n.id) ? 200 : 0);
}

/** Gap segments and the selection are labelled in bold. */
export const boldLabel = (n: ChainNode, selected: string | null): boolean =>
  n.status === 'gap' || n.id === selected;

/** Where a label sits beside its node, and the width its text may take. */
export interface LabelPlace {
  side:
    | 'right'
    | 'left'
    | 'below'
    | 'above'
    | 'below-right'
    | 'above-right'
    | 'below-left'
    | 'above-left';
  room: number;
}

/** The sides a label may take, the one it would rather have first. */
const SIDES = [
  'right',
  'left',
  'below-right',
  'above-right',
  'below-left',
  'above-left',
  'below',
  'above',
] as const;

/** Labels and where each goes, the most important first. */
export type KeptLabels = Map<string, LabelPlace>;

/** Up to this many nodes, a label that finds no room on the right tries the other sides. */
export const EVERY_SIDE = 200;

/**
 * Which labels to draw: placed in camera-relative pixels (world × k) over all nodes, so a pan
 * (same zoom) can keep the choice. `named` labels are drawn even where they touch another. A
 * label goes right of its node; in a picture of at most EVERY_SIDE nodes, where that is taken (or
 * off the page), left, below or above, and then shortened by the one cut rule (fitText) to a few
 * characters on any side, so a small picture names every node it can.
 */
export function chooseLabels(
  s: ForceInput,
  style: ForceStyle,
  measure: Measure,
  named: (n: ChainNode) => boolean = () => false,
): KeptLabels {
  const labels: LabelCandidates[] = [];
  const places: LabelPlace[][] = [];
  const blockers: Blocker[] = [];
  const k = s.camera.k;
  const every = s.nodes.length <= EVERY_SIDE;
  const lit = { selected: s.selected, focused: s.focused, lit: s.labelLit ?? null };
  const h = style.labelHeight;
  for (const n of s.nodes) {
    const p = s.pos.get(n.id);
    if (!p) continue;
    const r = style.radius(n, k);
    const x = p.x * k;
    const y = p.y * k;
    // Node marks block labels too, so a label never covers another node.
    blockers.push({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });
    const text = s.label(n);
    const bold = boldLabel(n, s.selected);
    const full = Math.min(style.maxLabel, measure(text, style.fontPx, bold));
    const at: Blocker[] = [];
    const where: LabelPlace[] = [];
    const add = (side: LabelPlace['side'], room: number): void => {
      const w = room + style.labelPad;
      const box =
        side === 'right'
          ? { x: x + r + style.labelGap, y: y - h / 2, w, h }
          : side === 'left'
            ? { x: x - r - style.labelGap - w, y: y - h / 2, w, h }
            : side === 'below-right'
              ? { x: x + r, y: y + r, w, h }
              : side === 'above-right'
                ? { x: x + r, y: y - r - h, w, h }
                : side === 'below-left'
                  ? { x: x - r - w, y: y + r, w, h }
                  : side === 'above-left'
                    ? { x: x - r - w, y: y - r - h, w, h }
                    : { x: x - w / 2, y: side === 'below' ? y + r + 1 : y - r - 1 - h, w, h };
      // On the page (the camera's shift added), or not at all.
      const left = box.x + s.camera.x;
      if (every && (left < 0 || left + box.w > s.width)) return;
      at.push(box);
      where.push({ side, room });
    };
    add('right', full);
    if (every && named(n)) for (const side of ['left', 'below', 'above'] as const) add(side, full);
    // A named label is never shortened: where no side holds it whole, it goes right anyway.
    if (every && !named(n)) {
      // Whole, then cut to about four characters, then two, on every side.
      const cut = (em: number): number =>
        measure(
          fitText(text, style.fontPx * em, (t) => measure(t, style.fontPx, bold)),
          style.fontPx,
          bold,
        );
      const rooms = [...new Set([full, cut(4), cut(2.5)])].filter((w) => w > 0 && w <= full);
      for (const room of rooms)
        for (const side of SIDES) if (room !== full || side !== 'right') add(side, room);
    }
    labels.push({ id: n.id, priority: labelPriority(n, lit), at });
    places.push(where);
  }
  let chosen = placeLabelsAt(labels, blockers, style.cell);
  if (every && chosen.size < labels.length) {
    // Those left out go first among their equals, once: the fuller of the two choices wins.
    const again = placeLabelsAt(
      labels.map((l) => (chosen.has(l.id) ? l : { ...l, priority: l.priority + 0.5 })),
      blockers,
      style.cell,
    );
    if (again.size > chosen.size) chosen = again;
  }
  const index = new Map(labels.map((l, i) => [l.id, i]));
  const kept: KeptLabels = new Map();
  for (const [id, i] of chosen) kept.set(id, places[index.get(id) as number]?.[i] as LabelPlace);
  for (const n of s.nodes)
    if (named(n) && s.pos.has(n.id) && !kept.has(n.id))
      kept.set(n.id, { side: 'right', room: style.maxLabel });
  return kept;
}

/**
 * The picture: links, the nodes on the page (and `style.cull` around it), and the `kept` labels
 * (chooseLabels) that fit, shortened at `maxLabel` and at the page's right edge.
 */
export function forcePicture(
  s: ForceInput,
  style: ForceStyle,
  measure: Measure,
  kept: KeptLabels,
): ForcePicture {
  const c = s.camera;
  const sx = (p: Placed): number => p.x * c.k + c.x;
  const sy = (p: Placed): number => p.y * c.k + c.y;
  const links: LinkMark[] = [];
  for (const l of s.links) {
    const a = s.pos.get(l.source);
    const b = s.pos.get(l.target);
    if (!a || !b) continue;
    const lit = !s.lit || l.source === s.centre || l.target === s.centre;
    links.push({ x1: sx(a), y1: sy(a), x2: sx(b), y2: sy(b), lit });
  }
  const nodes: NodeMark[] = [];
  const m = style.cull;
  for (const n of s.nodes) {
    const p = s.pos.get(n.id);
    if (!p) continue;
    const x = sx(p);
    const y = sy(p);
    if (x < -m || y < -m || x > s.width + m || y > s.height + m) continue;
    nodes.push({
      node: n,
      x,
      y,
      r: style.radius(n, c.k),
      gap: n.status === 'gap',
      dim: !!s.lit && !s.lit.has(n.id),
      ring: n.id === s.focused ? 'focused' : n.id === s.selected ? 'selected' : null,
    });
  }
  const share = s.labels ?? 1;
  const labels: LabelMark[] = [];
  if (share > 0) {
    // Placement keeps labels in priority order: a share draws the most important first.
    const drawn =
      share < 1 ? new Set([...kept.keys()].slice(0, Math.ceil(kept.size * share))) : kept;
    const h = style.labelHeight;
    for (const v of nodes) {
      const place = kept.get(v.node.id);
      if (!place || !drawn.has(v.node.id)) continue;
      const bold = boldLabel(v.node, s.selected);
      const width = (t: string): number => measure(t, style.fontPx, bold);
      const name = s.label(v.node);
      const room = Math.min(style.maxLabel, place.room + 0.5);
      let x: number;
      let y = v.y;
      let text: string;
      if (place.side === 'right') {
        x = v.x + v.r + style.labelGap;
        text = fitText(name, Math.min(room, s.width - x - 2), width);
      } else if (place.side === 'left') {
        text = fitText(name, Math.min(room, v.x - v.r - style.labelGap - 2), width);
        x = v.x - v.r - style.labelGap - width(text);
      } else if (place.side === 'below-right' || place.side === 'above-right') {
        x = v.x + v.r;
        text = fitText(name, Math.min(room, s.width - x - 2), width);
        y = place.side === 'below-right' ? v.y + v.r + h / 2 : v.y - v.r - h / 2;
      } else if (place.side === 'below-left' || place.side === 'above-left') {
        text = fitText(name, Math.min(room, v.x - v.r - 2), width);
        x = v.x - v.r - width(text);
        y = place.side === 'below-left' ? v.y + v.r + h / 2 : v.y - v.r - h / 2;
      } else {
        text = fitText(name, Math.min(room, s.width - 4), width);
        x = Math.max(2, Math.min(s.width - width(text) - 2, v.x - width(text) / 2));
        y = place.side === 'below' ? v.y + v.r + 1 + h / 2 : v.y - v.r - 1 - h / 2;
      }
      if (text) labels.push({ id: v.node.id, x, y, text, bold, dim: v.dim, w: width(text) });
    }
  }
  return { links, nodes, labels };
}

/** The node under a screen point, nearest within its radius + 4 px, or null. */
export function hitTest(
  nodes: readonly ChainNode[],
  pos: Map<string, Placed>,
  c: Camera,
  x: number,
  y: number,
  radius: (n: ChainNode, k: number) => number,
): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const d = Math.hypot(p.x * c.k + c.x - x, p.y * c.k + c.y - y);
    if (d <= radius(n, c.k) + 4 && d < bestD) {
      bestD = d;
      best = n.id;
    }
  }
  return best;
}

/**
 * The reading order of the nodes for the keyboard and screen readers: column by column (130
 * layout units wide), top to bottom.
 */
export function readingOrder(nodes: readonly ChainNode[], pos: Map<string, Placed>): ChainNode[] {
  return nodes
    .filter((n) => pos.has(n.id))
    .sort((a, b) => {
      const pa = pos.get(a.id) as Placed;
      const pb = pos.get(b.id) as Placed;
      return Math.round(pa.x / 130) - Math.round(pb.x / 130) || pa.y - pb.y;
    });
}
