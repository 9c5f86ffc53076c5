/**
 * Canvas drawing of the force view: a pure function of the scene (nodes, links, positions, camera,
 * highlight) onto a 2D context. Nodes keep a readable size at any zoom; labels that would collide
 * are dropped, lower priority first. Built for 2,000 nodes per frame: nodes are copies of pre-drawn
 * sprites, links one stroke per strength, and the label placement reused while only the camera's
 * translation changes.
 */
import type { ChainNode, Link, NodeKind } from '../../contract/chain-map.ts';
import type { Placed } from '../layout/force.ts';
import { placeLabels, type Blocker, type LabelBox } from '../layout/labels.ts';
import { FONT_FAMILY, GAP_OUTLINE, KIND_STYLE, traceShape } from './theme.ts';

/** A pan/zoom camera: screen = world × k + (x, y). */
export interface Camera {
  k: number;
  x: number;
  y: number;
}

/** Everything one frame depends on. */
export interface Scene {
  nodes: readonly ChainNode[];
  links: readonly Link[];
  pos: Map<string, Placed>;
  camera: Camera;
  width: number;
  height: number;
  dpr: number;
  /** Nodes to keep at full strength (the neighbourhood of `centre`), or null. */
  lit: Set<string> | null;
  /** The hovered or selected node whose neighbourhood is lit. */
  centre: string | null;
  selected: string | null;
  focused: string | null;
  label: (n: ChainNode) => string;
  /** Bumped when positions change (drag), so cached label placement is dropped. */
  version?: number;
  /** True during a pan/zoom/drag gesture: keep the last label choice, place labels again when it ends. */
  gesture?: boolean;
  /**
   * The neighbourhood whose labels win placement: the selection's, not the hover's, so moving the
   * mouse over nodes redraws without re-placing every label.
   */
  labelLit?: Set<string> | null;
  /**
   * The share of the placed labels to draw, the most important first: 1 (all) unless given. The
   * view's first picture comes in frames of their own: 0 (nodes and links), ½, then 1.
   */
  labels?: number;
}

const FONT_PX = 12;
const FONT = `${FONT_PX}px ${FONT_FAMILY}`;
const BOLD = `bold ${FONT_PX}px ${FONT_FAMILY}`;

/** Node size on screen: grows gently with zoom, never vanishes. */
export function nodeScale(k: number): number {
  return Math.min(1.6, Math.max(0.55, Math.sqrt(k)));
}

/** Screen radius of a node at zoom k, for hit testing. */
export function screenRadius(n: ChainNode, k: number): number {
  return Math.round(KIND_STYLE[n.kind].radius * nodeScale(k));
}

/** Label priority: the selection first, then the lit neighbourhood, gaps, the park, segments… */
export function labelPriority(
  n: ChainNode,
  s: Pick<Scene, 'selected' | 'focused' | 'lit'>,
): number {
  if (n.id === s.selected || n.id === s.focused) return 1000;
  const base =
    n.kind === 'segment'
      ? n.status === 'gap'
        ? 60
        : 40
      : n.kind === 'park'
        ? 55
        : n.kind === 'customer'
          ? 45
          : n.kind === 'measure'
            ? 25
            : n.kind === 'department'
              ? 20
              : n.kind === 'policy'
                ? 15
                : 10;
  return base + (s.lit?.has(n.id) ? 200 : 0);
}

interface Sprite {
  image: HTMLCanvasElement;
  /** Half the sprite's side in CSS pixels; the node's centre is at (half, half). */
  half: number;
}
const sprites = new Map<string, Sprite>();

/** The pre-drawn look of a node of this kind and radius (bounded: radii are whole pixels). */
function sprite(kind: NodeKind, gap: boolean, r: number, dpr: number): Sprite {
  const key = `${kind}|${gap}|${r}|${dpr}`;
  let sp = sprites.get(key);
  if (sp) return sp;
  // The widest shapes reach 1.4 r; a gap outline adds half its 3 px line.
  const half = Math.ceil(r * 1.4 + 3);
  const image = document.createElement('canvas');
  image.width = image.height = Math.ceil(2 * half * dpr);
  const c = image.getContext('2d') as CanvasRenderingContext2D;
  c.scale(dpr, dpr);
  c.beginPath();
  traceShape(c, KIND_STYLE[kind].shape, half, half, r);
  c.fillStyle = KIND_STYLE[kind].color;
  c.fill();
  if (gap) {
    c.setLineDash([4, 2]);
    c.strokeStyle = GAP_OUTLINE;
    c.lineWidth = 3;
    c.stroke();
  }
  if (sprites.size > 500) sprites.clear();
  sp = { image, half };
  sprites.set(key, sp);
  return sp;
}

const widthCache = new Map<string, number>();

/** Gap segments and the selection are labelled in bold. */
const labelFont = (n: ChainNode, s: Pick<Scene, 'selected'>): string =>
  n.status === 'gap' || n.id === s.selected ? BOLD : FONT;

/** Labels longer than this (a long policy title) end in "…"; the full name is in the details. */
const MAX_LABEL_PX = 200;

// Full-width characters (CJK ideographs, kana, CJK and full-width punctuation) advance one em in
// every CJK font, so only the other characters need measuring.
const FULL_WIDTH = /[\u2e80-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60]/u;

/**
 * Width of `text` in `font`, the regular label font by default (cached). Measuring text is slow, the first time more
 * so, and the first draw measures every label: full-width characters count one em each and the
 * rest is measured as one run.
 */
function textWidth(ctx: CanvasRenderingContext2D, text: string, font = FONT): number {
  const key = `${font}\n${text}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    let rest = '';
    w = 0;
    for (const ch of text) {
      if (FULL_WIDTH.test(ch)) w += FONT_PX;
      else rest += ch;
    }
    if (rest) {
      ctx.font = font;
      w += ctx.measureText(rest).width;
    }
    widthCache.set(key, w);
  }
  return w;
}

/**
 * `text` if it fits in `room` pixels, else its longest start that fits with "…", or '' when not
 * even one character does, in `font` (the regular label font by default).
 * fitText(ctx, '压缩机', 1000) → '压缩机'
 */
export function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  room: number,
  font = FONT,
): string {
  if (textWidth(ctx, text, font) <= room) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(ctx, `${chars.slice(0, mid).join('')}…`, font) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo ? `${chars.slice(0, lo).join('')}…` : '';
}
let labelCache: { key: string; kept: Set<string> } | null = null;

/** Forgets measured label widths and placements: call when a web font finishes loading. */
export function resetTextMetrics(): void {
  widthCache.clear();
  labelCache = null;
}

/**
 * Which labels to draw. Placement happens in camera-relative coordinates (world × k) over all
 * nodes, so a pan (same k) reuses it; only zoom, highlight, language or a drag recompute it.
 */
function keptLabels(
  ctx: CanvasRenderingContext2D,
  s: Scene,
  r: (n: ChainNode) => number,
): Set<string> {
  const rest = [s.selected, s.focused, s.nodes.length, s.label(s.nodes[0] as ChainNode)].join('|');
  const key = `${s.camera.k}|${s.version ?? 0}|${rest}`;
  if (labelCache?.key === key) return labelCache.kept;
  // Mid-gesture, keep the last choice (even at another zoom); it is redone when the gesture ends.
  if (s.gesture && labelCache?.key.endsWith(`|${rest}`)) return labelCache.kept;
  ctx.font = FONT;
  const boxes: LabelBox[] = [];
  const blockers: Blocker[] = [];
  const k = s.camera.k;
  const lit = { ...s, lit: s.labelLit ?? null };
  for (const n of s.nodes) {
    const p = s.pos.get(n.id);
    if (!p) continue;
    const rr = r(n);
    const x = p.x * k;
    const y = p.y * k;
    // Node marks block labels too, so a label never covers another node.
    blockers.push({ x: x - rr, y: y - rr, w: 2 * rr, h: 2 * rr });
    const w = Math.min(MAX_LABEL_PX, textWidth(ctx, s.label(n), labelFont(n, s)));
    boxes.push({
      id: n.id,
      x: x + rr + 3,
      y: y - 8,
      w: w + 2,
      h: 16,
      priority: labelPriority(n, lit),
    });
  }
  const kept = placeLabels(boxes, blockers);
  labelCache = { key, kept };
  return kept;
}

/** Draws one frame. */
export function drawForce(ctx: CanvasRenderingContext2D, s: Scene): void {
  const { camera: c, dpr } = s;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  // An opaque canvas (alpha: false) composites faster; paint the background ourselves.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, s.width, s.height);
  const sx = (p: Placed): number => p.x * c.k + c.x;
  const sy = (p: Placed): number => p.y * c.k + c.y;

  // Links, batched in two strokes: dimmed first, lit on top.
  for (const litPass of s.lit ? [false, true] : [true]) {
    ctx.beginPath();
    for (const l of s.links) {
      const a = s.pos.get(l.source);
      const b = s.pos.get(l.target);
      if (!a || !b) continue;
      const on = !s.lit || l.source === s.centre || l.target === s.centre;
      if (on !== litPass) continue;
      ctx.moveTo(sx(a), sy(a));
      ctx.lineTo(sx(b), sy(b));
    }
    ctx.strokeStyle = litPass ? 'rgba(60,70,90,0.55)' : 'rgba(120,130,150,0.12)';
    ctx.lineWidth = litPass && s.lit ? 1.6 : 1;
    ctx.stroke();
  }

  const scale = nodeScale(c.k);
  const radius = (n: ChainNode): number => Math.round(KIND_STYLE[n.kind].radius * scale);
  const margin = 40;
  const visible: { n: ChainNode; x: number; y: number; r: number; dim: boolean }[] = [];
  for (const n of s.nodes) {
    const p = s.pos.get(n.id);
    if (!p) continue;
    const x = sx(p);
    const y = sy(p);
    if (x < -margin || y < -margin || x > s.width + margin || y > s.height + margin) continue;
    visible.push({ n, x, y, r: radius(n), dim: !!s.lit && !s.lit.has(n.id) });
  }
  // Labels are chosen before anything else is drawn: each sits on a box in the background colour,
  // drawn under the nodes, so it hides the links beneath its text and never a node or a ring (a
  // stroked outline of each glyph would do the same, but costs a software canvas three times as
  // much as the text itself).
  const share = s.labels ?? 1;
  const labels: { v: (typeof visible)[number]; x: number; text: string; font: string }[] = [];
  if (share > 0) {
    let kept = keptLabels(ctx, s, radius);
    // Placement keeps labels in priority order.
    if (share < 1) kept = new Set([...kept].slice(0, Math.ceil(kept.size * share)));
    for (const v of visible) {
      if (!kept.has(v.n.id)) continue;
      // Long names are shortened, and so is a label that would run off the right edge.
      const x = v.x + v.r + 3;
      const font = labelFont(v.n, s);
      const text = fitText(ctx, s.label(v.n), Math.min(MAX_LABEL_PX, s.width - x - 2), font);
      if (text) labels.push({ v, x, text, font });
    }
  }
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  for (const { v, x, text, font } of labels) {
    ctx.globalAlpha = v.dim ? 0.3 : 1;
    ctx.fillRect(x - 1, v.y - 8, textWidth(ctx, text, font) + 2, 16);
  }

  // Each node is a copy of a small pre-drawn sprite (its shape, colour and gap outline): software
  // canvases raster thousands of path fills and dashed strokes far slower than image copies.
  for (const dim of [true, false]) {
    ctx.globalAlpha = dim ? 0.15 : 1;
    for (const v of visible) {
      if (v.dim !== dim) continue;
      const sp = sprite(v.n.kind, v.n.status === 'gap', v.r, dpr);
      const px = Math.round((v.x - sp.half) * dpr) / dpr;
      const py = Math.round((v.y - sp.half) * dpr) / dpr;
      ctx.drawImage(sp.image, px, py, 2 * sp.half, 2 * sp.half);
    }
  }
  ctx.globalAlpha = 1;
  for (const v of visible)
    if (v.n.id === s.selected || v.n.id === s.focused) {
      ctx.beginPath();
      traceShape(ctx, KIND_STYLE[v.n.kind].shape, v.x, v.y, v.r + 4);
      ctx.strokeStyle = v.n.id === s.focused ? '#ff8c00' : '#000';
      ctx.lineWidth = 3;
      ctx.stroke();
    }

  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1b1f24';
  for (const { v, x, text, font } of labels) {
    ctx.globalAlpha = v.dim ? 0.3 : 1;
    ctx.font = font;
    ctx.fillText(text, x, v.y);
  }
  ctx.globalAlpha = 1;
}

/** The node under a screen point, nearest within its radius + 4 px, or null. */
export function hitTest(
  nodes: readonly ChainNode[],
  pos: Map<string, Placed>,
  c: Camera,
  x: number,
  y: number,
): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const d = Math.hypot(p.x * c.k + c.x - x, p.y * c.k + c.y - y);
    if (d <= screenRadius(n, c.k) + 4 && d < bestD) {
      bestD = d;
      best = n.id;
    }
  }
  return best;
}

/** The scene fields a cached picture depends on: everything but the camera's translation. */
function samePicture(a: Scene, b: Scene): boolean {
  return (
    a.camera.k === b.camera.k &&
    a.nodes === b.nodes &&
    a.links === b.links &&
    a.pos === b.pos &&
    a.width === b.width &&
    a.height === b.height &&
    a.dpr === b.dpr &&
    a.lit === b.lit &&
    a.centre === b.centre &&
    a.selected === b.selected &&
    a.focused === b.focused &&
    a.label === b.label &&
    a.version === b.version &&
    a.gesture === b.gesture &&
    a.labelLit === b.labelLit &&
    a.labels === b.labels
  );
}

/**
 * Draws frames of the force view. During a pan (same zoom, same highlight) it draws the scene once
 * with a margin around the view onto an off-screen layer and then only copies the layer, shifted,
 * until the pan runs past the margin: a copy costs a fraction of drawing 2,000 nodes in a software
 * canvas. Zooming and everything else draw the scene directly.
 */
export class ForceRenderer {
  private layer: HTMLCanvasElement | null = null;
  private drawn: { scene: Scene; margin: number } | null = null;
  private lastK = NaN;

  /** Draws `s`; returns whether the frame was copied from the layer or drawn in full. */
  draw(ctx: CanvasRenderingContext2D, s: Scene): 'copy' | 'full' {
    const d = this.drawn;
    const panning = !!s.gesture && s.camera.k === this.lastK;
    this.lastK = s.camera.k;
    if (d && samePicture(d.scene, s)) {
      const dx = s.camera.x - d.scene.camera.x;
      const dy = s.camera.y - d.scene.camera.y;
      if (Math.abs(dx) <= d.margin && Math.abs(dy) <= d.margin && this.layer) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        const p = s.dpr;
        ctx.drawImage(this.layer, Math.round((dx - d.margin) * p), Math.round((dy - d.margin) * p));
        return 'copy';
      }
    }
    if (!panning) {
      this.drawn = null;
      drawForce(ctx, s);
      return 'full';
    }
    // A quarter of the view on each side, at most 300 CSS px: at most (W + 600) × (H + 600) × dpr²
    // pixels, e.g. 68 MB for a 1920×1080 screen at dpr 2, held only while the pan lasts.
    const margin = Math.min(300, Math.round(Math.max(s.width, s.height) / 4));
    const wide: Scene = {
      ...s,
      width: s.width + 2 * margin,
      height: s.height + 2 * margin,
      camera: { k: s.camera.k, x: s.camera.x + margin, y: s.camera.y + margin },
    };
    this.layer ??= document.createElement('canvas');
    const w = Math.round(wide.width * s.dpr);
    const h = Math.round(wide.height * s.dpr);
    if (this.layer.width !== w) this.layer.width = w;
    if (this.layer.height !== h) this.layer.height = h;
    drawForce(this.layer.getContext('2d', { alpha: false }) as CanvasRenderingContext2D, wide);
    this.drawn = { scene: s, margin };
    return this.draw(ctx, s);
  }

  /** Frees the layer (call when a gesture ends: a kiosk runs for days). */
  release(): void {
    this.drawn = null;
    if (this.layer) this.layer.width = this.layer.height = 0;
    this.layer = null;
  }
}
