/**
 * Canvas drawing of the force view: a pure function of the scene (nodes, links, positions, camera,
 * highlight) onto a 2D context. Nodes keep a readable size at any zoom; labels that would collide
 * are dropped, lower priority first.
 */
import type { ChainNode, Link } from '../../contract/chain-map.ts';
import type { Placed } from './layout-force.ts';
import { placeLabels, type LabelBox } from './labels.ts';
import { GAP_OUTLINE, KIND_STYLE, shapePath, type Shape } from './theme.ts';

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
}

const paths = new Map<string, Path2D>();
function pathOf(shape: Shape, r: number): Path2D {
  const key = `${shape}:${r}`;
  let p = paths.get(key);
  if (!p) {
    p = new Path2D(shapePath(shape, r));
    paths.set(key, p);
  }
  return p;
}

/** Node size on screen: grows gently with zoom, never vanishes. */
export function nodeScale(k: number): number {
  return Math.min(1.6, Math.max(0.55, Math.sqrt(k)));
}

/** Screen radius of a node at zoom k, for hit testing. */
export function screenRadius(n: ChainNode, k: number): number {
  return Math.round(KIND_STYLE[n.kind].radius * nodeScale(k));
}

/** Label priority: the selection first, then gaps, segments, the park, customers, measures… */
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

const widthCache = new Map<string, number>();

/** Draws one frame. */
export function drawForce(ctx: CanvasRenderingContext2D, s: Scene): void {
  const { camera: c, dpr } = s;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, s.width, s.height);
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
  const margin = 40;
  const labels: LabelBox[] = [];
  const visible: { n: ChainNode; x: number; y: number; r: number }[] = [];
  for (const n of s.nodes) {
    const p = s.pos.get(n.id);
    if (!p) continue;
    const x = sx(p);
    const y = sy(p);
    if (x < -margin || y < -margin || x > s.width + margin || y > s.height + margin) continue;
    const style = KIND_STYLE[n.kind];
    const r = Math.round(style.radius * scale);
    visible.push({ n, x, y, r });
    ctx.setTransform(dpr, 0, 0, dpr, x * dpr, y * dpr);
    ctx.globalAlpha = s.lit && !s.lit.has(n.id) ? 0.15 : 1;
    const path = pathOf(style.shape, r);
    ctx.fillStyle = style.color;
    ctx.fill(path);
    if (n.status === 'gap') {
      ctx.setLineDash([4, 2]);
      ctx.strokeStyle = GAP_OUTLINE;
      ctx.lineWidth = 3;
      ctx.stroke(path);
      ctx.setLineDash([]);
    }
    if (n.id === s.selected || n.id === s.focused) {
      ctx.strokeStyle = n.id === s.focused ? '#ff8c00' : '#000';
      ctx.lineWidth = 3;
      ctx.stroke(pathOf(style.shape, r + 4));
    }
  }
  ctx.globalAlpha = 1;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);

  ctx.font = '12px system-ui, "Noto Sans SC", sans-serif';
  for (const v of visible) {
    const text = s.label(v.n);
    const key = `${ctx.font}|${text}`;
    let w = widthCache.get(key);
    if (w === undefined) {
      w = ctx.measureText(text).width;
      widthCache.set(key, w);
    }
    labels.push({
      id: v.n.id,
      x: v.x + v.r + 3,
      y: v.y - 8,
      w: w + 2,
      h: 16,
      priority: labelPriority(v.n, s),
    });
  }
  // Node marks block labels too, so a label never covers another node.
  const blockers = visible.map((v) => ({
    id: `\u0000${v.n.id}`,
    x: v.x - v.r,
    y: v.y - v.r,
    w: 2 * v.r,
    h: 2 * v.r,
    priority: 10000,
  }));
  const kept = placeLabels([...blockers, ...labels]);
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  for (const v of visible) {
    if (!kept.has(v.n.id)) continue;
    ctx.globalAlpha = s.lit && !s.lit.has(v.n.id) ? 0.3 : 1;
    const text = s.label(v.n);
    ctx.fillStyle = '#1b1f24';
    ctx.font =
      v.n.status === 'gap' || v.n.id === s.selected
        ? 'bold 12px system-ui, "Noto Sans SC", sans-serif'
        : '12px system-ui, "Noto Sans SC", sans-serif';
    ctx.strokeText(text, v.x + v.r + 3, v.y);
    ctx.fillText(text, v.x + v.r + 3, v.y);
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
