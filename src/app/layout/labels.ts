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
  const places = placeLabelsAt(
    boxes.map((b) => ({ id: b.id, priority: b.priority, at: [b] })),
    blockers,
    cell,
  );
  return new Set(places.keys());
}

/** A label with the places it may take, the one it would rather have first. */
export interface LabelCandidates {
  id: string;
  priority: number;
  at: readonly Blocker[];
}

/**
 * Like placeLabels, but each label takes the first of its places that overlaps nothing kept:
 * returns each kept label's id with the index of its place, in the order they were kept.
 * placeLabelsAt([{id:'a',priority:2,at:[{x:0,y:0,w:10,h:10}]},{id:'b',priority:1,
 * at:[{x:5,y:5,w:10,h:10},{x:20,y:0,w:10,h:10}]}]) → Map {'a' → 0, 'b' → 1}
 */
export function placeLabelsAt(
  labels: readonly LabelCandidates[],
  blockers: readonly Blocker[] = [],
  cell = 64,
): Map<string, number> {
  const kept = new Map<string, number>();
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
  const free = (b: Blocker): boolean => {
    const cx0 = Math.floor(b.x / cell);
    const cx1 = Math.floor((b.x + b.w) / cell);
    const cy0 = Math.floor(b.y / cell);
    const cy1 = Math.floor((b.y + b.h) / cell);
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++)
        for (const o of grid.get(key(cx, cy)) ?? [])
          if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h)
            return false;
    return true;
  };
  const sorted = [...labels].sort((a, b) => b.priority - a.priority);
  for (const l of sorted) {
    const i = l.at.findIndex(free);
    if (i < 0) continue;
    kept.set(l.id, i);
    insert(l.at[i] as Blocker);
  }
  return kept;
}
