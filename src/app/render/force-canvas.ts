/**
 * Canvas drawing of the force view: the picture (layout/force-picture.ts, the same marks the
 * export draws) onto a 2D context. Nodes keep a readable size at any zoom; labels that would
 * collide are dropped, lower priority first. Built for 2,000 nodes per frame: nodes are copies of
 * pre-drawn sprites, links one stroke per strength, and the label placement reused while only the
 * camera's translation changes.
 */
import type { ChainNode } from '../../contract/chain-map.ts';
import type { Placed } from '../layout/force.ts';
import {
  chooseLabels,
  forcePicture,
  hitTest as hitNode,
  nodeScale,
  type Camera,
  type ForceInput,
  type ForceStyle,
  type KeptLabels,
} from '../layout/force-picture.ts';
import { canvasFont, canvasMeasure } from '../layout/measure.ts';
import { sprite } from './sprites.ts';
import { KIND_STYLE, LINK_STROKE, traceShape } from './theme.ts';

export type { Camera } from '../layout/force-picture.ts';

/** Everything one frame depends on. */
export interface Scene extends ForceInput {
  dpr: number;
  /** Bumped when positions change (drag), so cached label placement is dropped. */
  version?: number;
  /** True during a pan/zoom/drag gesture: keep the last label choice, place labels again when it ends. */
  gesture?: boolean;
}

/** The screen's sizes: 12 px labels, nodes that grow gently with zoom. */
export const SCREEN_STYLE: ForceStyle = {
  radius: (n, k) => Math.round(KIND_STYLE[n.kind].radius * nodeScale(k)),
  fontPx: 12,
  labelGap: 3,
  labelHeight: 16,
  labelPad: 2,
  maxLabel: 200,
  cull: 40,
  cell: 64,
};

const measure = canvasMeasure();

let labelCache: { key: string; kept: KeptLabels } | null = null;

/** Forgets measured label widths and placements: call when a web font finishes loading. */
export function resetTextMetrics(): void {
  measure.reset();
  labelCache = null;
}

/**
 * Which labels to draw, kept while only the camera's translation changes: only zoom, highlight,
 * language or a drag place them again.
 */
function keptLabels(s: Scene): KeptLabels {
  const rest = [s.selected, s.focused, s.nodes.length, s.label(s.nodes[0] as ChainNode)].join('|');
  const key = `${s.camera.k}|${s.version ?? 0}|${rest}`;
  if (labelCache?.key === key) return labelCache.kept;
  // Mid-gesture, keep the last choice (even at another zoom); it is redone when the gesture ends.
  if (s.gesture && labelCache?.key.endsWith(`|${rest}`)) return labelCache.kept;
  const kept = chooseLabels(s, SCREEN_STYLE, measure);
  labelCache = { key, kept };
  return kept;
}

/** Draws one frame; returns how many nodes it drew on the page, and how many without a label. */
export function drawForce(
  ctx: CanvasRenderingContext2D,
  s: Scene,
): { shown: number; unlabelled: number } {
  const { dpr } = s;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  // An opaque canvas (alpha: false) composites faster; paint the background ourselves.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, s.width, s.height);
  const kept: KeptLabels = (s.labels ?? 1) > 0 ? keptLabels(s) : new Map();
  const pic = forcePicture(s, SCREEN_STYLE, measure, kept);

  // Links, batched in two strokes: dimmed first, lit on top.
  for (const litPass of s.lit ? [false, true] : [true]) {
    ctx.beginPath();
    for (const l of pic.links) {
      if (l.lit !== litPass) continue;
      ctx.moveTo(l.x1, l.y1);
      ctx.lineTo(l.x2, l.y2);
    }
    ctx.strokeStyle = litPass ? LINK_STROKE.lit : LINK_STROKE.dim;
    ctx.lineWidth = litPass && s.lit ? 1.6 : 1;
    ctx.stroke();
  }

  // Each label sits on a box in the background colour, drawn under the nodes, so it hides the
  // links beneath its text and never a node or a ring (a stroked outline of each glyph would do
  // the same, but costs a software canvas three times as much as the text itself).
  const h = SCREEN_STYLE.labelHeight;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  for (const l of pic.labels) {
    ctx.globalAlpha = l.dim ? 0.3 : 1;
    ctx.fillRect(l.x - 1, l.y - h / 2, l.w + 2, h);
  }

  // Each node is a copy of a small pre-drawn sprite (its shape, colour and gap outline): software
  // canvases raster thousands of path fills and dashed strokes far slower than image copies.
  for (const dim of [true, false]) {
    ctx.globalAlpha = dim ? 0.15 : 1;
    for (const v of pic.nodes) {
      if (v.dim !== dim) continue;
      const sp = sprite(v.node.kind, v.gap, v.r, dpr);
      const px = Math.round((v.x - sp.half) * dpr) / dpr;
      const py = Math.round((v.y - sp.half) * dpr) / dpr;
      ctx.drawImage(sp.image, px, py, 2 * sp.half, 2 * sp.half);
    }
  }
  ctx.globalAlpha = 1;
  for (const v of pic.nodes)
    if (v.ring) {
      ctx.beginPath();
      traceShape(ctx, KIND_STYLE[v.node.kind].shape, v.x, v.y, v.r + 4);
      ctx.strokeStyle = v.ring === 'focused' ? '#ff8c00' : '#000';
      ctx.lineWidth = 3;
      ctx.stroke();
    }

  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1b1f24';
  for (const l of pic.labels) {
    ctx.globalAlpha = l.dim ? 0.3 : 1;
    ctx.font = canvasFont(SCREEN_STYLE.fontPx, l.bold);
    ctx.fillText(l.text, l.x, l.y);
  }
  ctx.globalAlpha = 1;
  const named = new Set(pic.labels.map((l) => l.id));
  const shown = pic.nodes.filter((v) => v.x >= 0 && v.y >= 0 && v.x <= s.width && v.y <= s.height);
  return { shown: shown.length, unlabelled: shown.filter((v) => !named.has(v.node.id)).length };
}

/** The node under a screen point, nearest within its radius + 4 px, or null. */
export function hitTest(
  nodes: readonly ChainNode[],
  pos: Map<string, Placed>,
  c: Camera,
  x: number,
  y: number,
): string | null {
  return hitNode(nodes, pos, c, x, y, SCREEN_STYLE.radius);
}

/**
 * Whether a cached picture still holds for `b`: every field of the scene the same but the
 * camera's translation (every field, whatever fields a scene gains).
 */
export function samePicture(a: Scene, b: Scene): boolean {
  if (a.camera.k !== b.camera.k) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Scene>;
  for (const k of keys) if (k !== 'camera' && a[k] !== b[k]) return false;
  return true;
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
  /** How many nodes the last frame drawn in full showed on the page, and left without a label. */
  counts = { shown: 0, unlabelled: 0 };

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
      this.counts = drawForce(ctx, s);
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
