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

/** A box labels must not cover (a node mark). */
export type Blocker = Pick<LabelBox, 'x' | 'y' | 'w' | 'h'>;

/**
 * Greedy by priority (ties keep input order) with a uniform grid for speed. Returns the ids of
 * labels to draw. Blockers (node marks) are always kept and no label may overlap them.
 * placeLabels([{id:'a',x:0,y:0,w:10,h:10,priority:2},{id:'b',x:5,y:5,w:10,h:10,priority:1}]) → {'a'}
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  blockers: readonly Blocker[] = [],
  cell = 64,
): Set<string> {
  const kept = new Set<string>();
  // Numeric cell keys: string keys cost more than the overlap tests at 2,000 labels.
  const grid = new Map<number, Blocker[]>();
  const key = (cx: number, cy: number): number => cx * 131071 + cy;
  const insert = (b: Blocker): void => {
    for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.w) / cell); cx++)
      for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.h) / cell); cy++) {
        const k = key(cx, cy);
        const xs = grid.get(k);
        if (xs) xs.push(b);
        else grid.set(k, [b]);
      }
  };
  for (const b of blockers) insert(b);
  const sorted = [...boxes].sort((a, b) => b.priority - a.priority);
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
    insert(b);
  }
  return kept;
}
