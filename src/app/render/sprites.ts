/**
 * Nodes as pre-drawn sprites: software canvases raster thousands of path fills and dashed strokes
 * far slower than image copies, so each kind, gap outline, radius and pixel ratio is drawn once.
 */
import type { NodeKind } from '../../contract/chain-map.ts';
import { GAP_OUTLINE, KIND_STYLE, traceShape } from './theme.ts';

export interface Sprite {
  image: HTMLCanvasElement;
  /** Half the sprite's side in CSS pixels; the node's centre is at (half, half). */
  half: number;
}
const sprites = new Map<string, Sprite>();

/** The pre-drawn look of a node of this kind and radius (bounded: radii are whole pixels). */
export function sprite(kind: NodeKind, gap: boolean, r: number, dpr: number): Sprite {
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
