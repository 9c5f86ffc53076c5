/**
 * The projection's picture (?mode=present), made for the room: columns of named boxes (a chain's
 * tiers, or what feeds a segment and what it feeds) laid out in pixels at a type size read from the
 * back row. Fewer, larger things: when everything does not fit at the smallest size offered, the
 * context boxes give way to a "+N" count, then those the place has; names are never shrunk below
 * the size asked for. Pure: text widths are estimated from the characters (a CJK character is 1 em,
 * Latin narrower), so the same input gives the same picture; the browser test checks that no name
 * overflows its box.
 */
import { estimateWidth, type Measure } from './measure.ts';
import { wrap } from './wrap.ts';

export type { Measure } from './measure.ts';

/** How a box is drawn: a gap, a segment the place has, context, or a count of boxes left out. */
export type Tone = 'gap' | 'present' | 'context' | 'more';

/** One thing to show. `focus` marks the slide's subject (drawn filled). */
export interface RoomItem {
  id: string;
  label: string;
  tone: Tone;
  focus?: boolean;
}

/** A column with its title (a tier, 上游供应, …) and its items top to bottom. */
export interface RoomColumn {
  key: string;
  title: string;
  items: RoomItem[];
}

export interface RoomBox {
  id: string;
  /** The column key. */
  column: string;
  tone: Tone;
  focus: boolean;
  /** The whole label (for the accessible name) and its lines as drawn. */
  label: string;
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RoomHeader {
  key: string;
  title: string;
  /** Centre of the title. */
  x: number;
  y: number;
  w: number;
}

export interface RoomLayout {
  width: number;
  height: number;
  /** Font size of names and titles, px. */
  font: number;
  lineHeight: number;
  headers: RoomHeader[];
  boxes: RoomBox[];
  /** How many boxes gave way to a count (0 when everything is shown). */
  hidden: number;
}

/** What the layout may use. `fonts`: sizes to try, largest first; the last is the floor. */
export interface RoomOptions {
  width: number;
  height: number;
  fonts: number[];
  /** Lines a name may wrap to before it is cut with "…". */
  maxLines?: number;
  /**
   * The width of a text at a font size, px: the browser's own measure (a canvas) in the app, the
   * estimate `estimateWidth` by default (tests, and before the page's fonts are known).
   */
  measure?: Measure;
  /** Columns start under their titles (`top`, a table) or are centred (`middle`, a flow). */
  align?: 'top' | 'middle';
}

const LINE = 1.25;
const PAD_X = 0.35;
const PAD_Y = 0.3;
const GAP = 0.45;
const COLUMN_GAP = 1.1;
const HEADER = 1.7;
/** The narrowest box, in ems: a five-character Chinese name and its padding. */
const MIN_BOX = 5.5;

/**
 * The columns with the boxes of some tones, and any beyond the first `keep` of a column, given way
 * to a "+N" box at its foot (the slide's subject always stays).
 */
function thin(
  columns: RoomColumn[],
  drop: ReadonlySet<Tone>,
  keep = Infinity,
): { cols: RoomColumn[]; hidden: number } {
  let hidden = 0;
  const cols = columns.map((c) => {
    let room = keep;
    const kept = c.items.filter((i) => i.focus || (!drop.has(i.tone) && room-- > 0));
    const n = c.items.length - kept.length;
    hidden += n;
    const more: RoomItem = { id: `${c.key}:more`, label: `+${n}`, tone: 'more' };
    return n ? { ...c, items: [...kept, more] } : c;
  });
  return { cols, hidden };
}

interface Packed {
  boxes: RoomBox[];
  headers: RoomHeader[];
}

/**
 * Packs the columns at one font size, or null when they do not fit; `strict`: nor when a name
 * would have to be split inside a word or cut.
 */
function pack(cols: RoomColumn[], o: RoomOptions, font: number, strict: boolean): Packed | null {
  const measure = o.measure ?? estimateWidth;
  const lineH = font * LINE;
  const header = font * HEADER;
  const body = o.height - header;
  const gap = font * GAP;
  const colGap = font * COLUMN_GAP;
  const maxLines = o.maxLines ?? 3;
  if (body < lineH + 2 * font * PAD_Y || cols.length === 0) return null;
  // Each column takes as many sub-columns as its boxes need; all boxes are one width.
  const sub = cols.map(() => 1);
  for (let round = 0; round < 40; round++) {
    const total = sub.reduce((a, b) => a + b, 0);
    const boxW = (o.width - colGap * (cols.length - 1) - gap * (total - cols.length)) / total;
    if (boxW < font * MIN_BOX) return null;
    const heights = cols.map((c) =>
      c.items.map((i) => {
        const w = wrap(i.label, boxW - 2 * font * PAD_X, font, maxLines, measure);
        return { ...w, h: w.lines.length * lineH + 2 * font * PAD_Y };
      }),
    );
    if (strict && heights.some((hs) => hs.some((b) => b.broken))) return null;
    // Fill sub-columns top to bottom, a new one when the next box would not fit.
    const stacks = heights.map((hs) => {
      const out: number[][] = [[]];
      let used = 0;
      hs.forEach((b, i) => {
        const need = (used ? gap : 0) + b.h;
        if (used && used + need > body) {
          out.push([]);
          used = 0;
        }
        used += used ? gap + b.h : b.h;
        out[out.length - 1]!.push(i);
      });
      return out;
    });
    if (heights.some((hs) => hs.some((b) => b.h > body))) return null;
    if (stacks.some((s, i) => s.length > sub[i]!)) {
      stacks.forEach((s, i) => (sub[i] = Math.max(sub[i]!, s.length)));
      continue;
    }
    const boxes: RoomBox[] = [];
    const headers: RoomHeader[] = [];
    let x = 0;
    cols.forEach((c, ci) => {
      const span = sub[ci]! * boxW + (sub[ci]! - 1) * gap;
      headers.push({ key: c.key, title: c.title, x: x + span / 2, y: header * 0.45, w: span });
      stacks[ci]!.forEach((stack, si) => {
        const hs = stack.map((i) => heights[ci]![i]!.h);
        const used = hs.reduce((a, b) => a + b, 0) + gap * (hs.length - 1);
        let y = header + (o.align === 'top' ? 0 : (body - used) / 2);
        stack.forEach((i) => {
          const item = c.items[i]!;
          const { lines, h } = heights[ci]![i]!;
          boxes.push({
            id: item.id,
            column: c.key,
            tone: item.tone,
            focus: item.focus ?? false,
            label: item.label,
            lines,
            x: x + si * (boxW + gap),
            y,
            w: boxW,
            h,
          });
          y += h + gap;
        });
      });
      x += span + colGap;
    });
    return { boxes, headers };
  }
  return null;
}

/**
 * Lays the columns out in `width` × `height` px: the largest font of `fonts` at which every name
 * fits in whole words; else, at the smallest, names may split inside a word; else context boxes
 * give way to a "+N" count, then those the place has, then the gaps beyond as many per column as
 * fit (the slide's subject always stays); else nothing. A column too tall for one stack takes several side by side.
 * roomLayout([{ key: 'up', title: '上游', items }], { width: 800, height: 600, fonts: [30, 24] }).font → 30
 */
export function roomLayout(columns: RoomColumn[], o: RoomOptions): RoomLayout {
  const base = { width: o.width, height: o.height };
  const sizes = o.fonts.length ? o.fonts : [24];
  const floor = sizes[sizes.length - 1]!;
  // Whole words at each size, largest first; then at the smallest, split words before leaving
  // anything out; then context gives way, then what the place has.
  const tries: [number, Tone[], boolean][] = [
    ...sizes.map((f): [number, Tone[], boolean] => [f, [], true]),
    [floor, [], false],
    [floor, ['context'], true],
    [floor, ['context'], false],
    [floor, ['context', 'present'], false],
  ];
  const at = (font: number, drop: Tone[], strict: boolean, keep = Infinity): RoomLayout | null => {
    const { cols, hidden } = thin(columns, new Set(drop), keep);
    const placed = pack(cols, o, font, strict);
    return placed ? { ...base, font, lineHeight: font * LINE, ...placed, hidden } : null;
  };
  for (const [font, drop, strict] of tries) {
    const l = at(font, drop, strict);
    if (l) return l;
  }
  // Then as many gaps of each column as fit, the rest counted.
  let best: RoomLayout | null = null;
  let lo = 0;
  let hi = Math.max(0, ...columns.map((c) => c.items.length));
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const l = at(floor, ['context', 'present'], false, mid);
    if (l) {
      best = l;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best) return best;
  return { ...base, font: floor, lineHeight: floor * LINE, headers: [], boxes: [], hidden: 0 };
}

/**
 * Curves from box to box (the right edge of the first to the left edge of the second), for the
 * supply links of a segment: pairs whose boxes are not both drawn are left out.
 */
export function roomLinks(
  layout: RoomLayout,
  pairs: [string, string][],
): { key: string; d: string }[] {
  const at = new Map(layout.boxes.map((b) => [b.id, b]));
  return pairs.flatMap(([a, b]) => {
    const s = at.get(a);
    const t = at.get(b);
    if (!s || !t) return [];
    const x1 = s.x + s.w;
    const y1 = s.y + s.h / 2;
    const x2 = t.x;
    const y2 = t.y + t.h / 2;
    const mx = (x1 + x2) / 2;
    return [
      {
        key: `${a}>${b}`,
        d: `M${r(x1)},${r(y1)} C${r(mx)},${r(y1)} ${r(mx)},${r(y2)} ${r(x2)},${r(y2)}`,
      },
    ];
  });
}

const r = (v: number): number => Math.round(v * 10) / 10;
