/**
 * A picture of columns (layout/columns-picture.ts) packed at one font size: each item a box of its
 * name in whole lines (and its note), every box one width; a column's boxes top to bottom, in as
 * many sub-columns side by side as its height needs (on one row); rows share the height, the
 * shorter first. Every length is in ems of the names' font.
 */
import { fitText, type Measure } from './measure.ts';
import { wrap } from './wrap.ts';
import type { Column, ColumnBox, ColumnHeader, ColumnsOptions } from './columns-marks.ts';

const LINE = 1.25;
const PAD_X = 0.35;
const PAD_Y = 0.3;
const GAP = 0.45;
const COLUMN_GAP = 1.1;
const ROW_GAP = 1.4;
/** The header band over a column, and its title's size (shrunk to 80 % before it is cut). */
const HEADER = 2;
const TITLE = 1.3;
const NOTE = 0.75;
/** The narrowest box: a five-character Chinese name and its padding. */
const MIN_BOX = 5.5;

/** The lengths at `font` px: metrics(20).lineH → 25. */
export function metrics(font: number): {
  lineH: number;
  noteSize: number;
  padX: number;
  padY: number;
} {
  return { lineH: font * LINE, noteSize: font * NOTE, padX: font * PAD_X, padY: font * PAD_Y };
}

export interface Packed {
  boxes: ColumnBox[];
  headers: ColumnHeader[];
}

/** A title in `w` px: at `size`, else as small as fits down to 80 % of it, then cut with "…". */
function fitTitle(
  title: string,
  size: number,
  w: number,
  measure: Measure,
): { text: string; size: number } {
  const full = measure(title, size, true);
  const s = full <= w ? size : Math.max(size * 0.8, (size * w) / Math.max(1, full));
  return { text: fitText(title, w, (t) => measure(t, s, true)), size: s };
}

/** Heights of rows that need `natural`, in `room`: the shorter get theirs first, the taller share. */
function share(natural: number[], room: number): number[] {
  const out = natural.slice();
  let left = room;
  [...natural.keys()]
    .sort((a, b) => natural[a]! - natural[b]!)
    .forEach((r, k) => {
      out[r] = Math.min(natural[r]!, left / (natural.length - k));
      left -= out[r]!;
    });
  return out;
}

interface Sized {
  lines: string[];
  note?: string;
  broken: boolean;
  h: number;
}

/** Boxes of heights `hs` top to bottom in stacks of at most `limit`, a new one when the next would not fit. */
function stack(hs: readonly { h: number }[], limit: number, gap: number): number[][] {
  const out: number[][] = [[]];
  let used = 0;
  hs.forEach((b, i) => {
    if (used && used + gap + b.h > limit) {
      out.push([]);
      used = 0;
    }
    used += used ? gap + b.h : b.h;
    out[out.length - 1]!.push(i);
  });
  return out;
}

/** The stacks of the lowest limit (up to `body`) that still needs no more than `k` of them. */
function balanced(hs: readonly { h: number }[], k: number, body: number, gap: number): number[][] {
  let lo = Math.max(0, ...hs.map((b) => b.h));
  let hi = body;
  if (stack(hs, lo, gap).length <= k) return stack(hs, lo, gap);
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (stack(hs, mid, gap).length <= k) hi = mid;
    else lo = mid;
  }
  return stack(hs, hi, gap);
}

/**
 * Packs the columns at one font size, or null when they do not fit; `strict`: nor when a name
 * would have to be split inside a word or cut.
 */
export function pack(
  cols: Column[],
  o: ColumnsOptions & { measure: Measure },
  font: number,
  strict: boolean,
): Packed | null {
  const { measure } = o;
  const m = metrics(font);
  const n = cols.length;
  const perRow = Math.max(1, Math.min(o.perRow ?? n, n));
  const rows = Math.ceil(n / perRow);
  const header = font * HEADER;
  const gap = font * GAP;
  const colGap = font * COLUMN_GAP;
  const room = o.height - font * ROW_GAP * (rows - 1);
  const maxLines = o.maxLines ?? 3;
  if (n === 0 || room - rows * header < m.lineH + 2 * m.padY) return null;
  const rowOf = (ci: number): number => Math.floor(ci / perRow);
  const stackH = (hs: Sized[]): number =>
    hs.reduce((a, b) => a + b.h, 0) + gap * Math.max(0, hs.length - 1);
  // Each column takes as many sub-columns as its boxes need (on one row); all boxes are one width.
  const sub = cols.map(() => 1);
  for (let round = 0; round < 40; round++) {
    const groups = rows === 1 ? n : perRow;
    const slots = rows === 1 ? sub.reduce((a, b) => a + b, 0) : perRow;
    const boxW = (o.width - colGap * (groups - 1) - gap * (slots - groups)) / slots;
    if (boxW < font * MIN_BOX) return null;
    const inner = boxW - 2 * m.padX;
    const sized = cols.map((c) =>
      c.items.map((i): Sized => {
        const w = wrap(i.label, inner, font, maxLines, measure);
        const note = i.note ? fitText(i.note, inner, (t) => measure(t, m.noteSize)) : '';
        const h = w.lines.length * m.lineH + (note ? m.noteSize * LINE : 0) + 2 * m.padY;
        return { ...w, ...(note ? { note } : {}), h };
      }),
    );
    if (strict && sized.some((hs) => hs.some((b) => b.broken))) return null;
    // Rows: what the row's tallest column needs, shared when they do not all fit.
    const natural = Array.from(
      { length: rows },
      (_, r) => header + Math.max(0, ...sized.slice(r * perRow, (r + 1) * perRow).map(stackH)),
    );
    const rowH = rows === 1 ? [o.height] : share(natural, room);
    const body = (ci: number): number => rowH[rowOf(ci)]! - header;
    if (sized.some((hs, ci) => hs.some((b) => b.h > body(ci)))) return null;
    const stacks = sized.map((hs, ci) => stack(hs, body(ci), gap));
    if (rows > 1 && stacks.some((s) => s.length > 1)) return null;
    if (stacks.some((s, i) => s.length > sub[i]!)) {
      stacks.forEach((s, i) => (sub[i] = Math.max(sub[i]!, s.length)));
      continue;
    }
    // A column over several sub-columns fills them evenly (8 and 8, not 15 and 1).
    stacks.forEach((s, ci) => {
      if (s.length > 1) stacks[ci] = balanced(sized[ci]!, sub[ci]!, body(ci), gap);
    });
    const boxes: ColumnBox[] = [];
    const headers: ColumnHeader[] = [];
    let x = 0;
    let y0 = 0;
    cols.forEach((c, ci) => {
      if (ci > 0 && ci % perRow === 0) {
        x = 0;
        y0 += rowH[rowOf(ci) - 1]! + font * ROW_GAP;
      }
      const span = sub[ci]! * boxW + (sub[ci]! - 1) * gap;
      const t = fitTitle(c.title, font * TITLE, span, measure);
      headers.push({ key: c.key, title: t.text, size: t.size, x, y: y0 + header * 0.45, w: span });
      stacks[ci]!.forEach((stack, si) => {
        const used = stackH(stack.map((i) => sized[ci]![i]!));
        let y = y0 + header + (o.align === 'top' ? 0 : (body(ci) - used) / 2);
        for (const i of stack) {
          const item = c.items[i]!;
          const b = sized[ci]![i]!;
          const noteY = m.padY + b.lines.length * m.lineH + (m.noteSize * LINE) / 2;
          boxes.push({
            id: item.id,
            column: c.key,
            tone: item.tone,
            focus: item.focus ?? false,
            label: item.label,
            lines: b.lines.map((text, k) => ({ text, y: m.padY + m.lineH * (k + 0.5) })),
            ...(b.note ? { note: { text: b.note, y: noteY } } : {}),
            x: x + si * (boxW + gap),
            y,
            w: boxW,
            h: b.h,
          });
          y += b.h + gap;
        }
      });
      x += span + colGap;
    });
    return { boxes, headers };
  }
  return null;
}
