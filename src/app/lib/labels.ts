/** Label placement: keep the most important labels and drop any that would overlap a kept one. */

/** A label candidate: its box in screen pixels and its priority (higher wins). */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  priority: number;
}

/**
 * Greedy by priority with a uniform grid for speed. Returns the ids of labels to draw.
 * placeLabels([{id:'a',x:0,y:0,w:10,h:10,priority:2},{id:'b',x:5,y:5,w:10,h:10,priority:1}]) → {'a'}
 */
export function placeLabels(boxes: readonly LabelBox[], cell = 64): Set<string> {
  const kept = new Set<string>();
  // Numeric cell keys: string keys cost more than the overlap tests at 2,000 labels.
  const grid = new Map<number, LabelBox[]>();
  const key = (cx: number, cy: number): number => cx * 131071 + cy;
  const sorted = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const b of sorted) {
    const cx0 = Math.floor(b.x / cell);
    const cx1 = Math.floor((b.x + b.w) / cell);
    const cy0 = Math.floor(b.y / cell);
    const cy1 = Math.floor((b.y + b.h) / cell);
    let clash = false;
    for (let cx = cx0; cx <= cx1 && !clash; cx++)
      for (let cy = cy0; cy <= cy1 && !clash; cy++)
        for (const o of grid.get(key(cx, cy)) ?? [])
          if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) {
            clash = true;
            break;
          }
    if (clash) continue;
    kept.add(b.id);
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const k = key(cx, cy);
        const xs = grid.get(k);
        if (xs) xs.push(b);
        else grid.set(k, [b]);
      }
  }
  return kept;
}
