/**
 * The one layout of a picture of columns — a chain's panorama (its tiers), an industry's roadmap,
 * a city's zones, a gap segment between what feeds it and what it feeds — as marks in pixels:
 * a header per column, its items as boxes of wrapped names. The export (export/columns.ts, PNG
 * and SVG) and the projection (modes/present/RoomPicture.svelte) both draw these marks, so an
 * exported slide and the projected one show the same picture at any size.
 *
 * Every length is in ems of the names' font, so the picture scales with it: the export asks for
 * one size (20 px on a 1920 × 1080 page), the projection for the largest of a few that fits. When
 * everything does not fit at the smallest: names may split inside a word; then context gives way
 * to a "+N" count, then what the place has (while a gap or the subject stays shown); then each
 * column keeps as many as fit. Pure: text widths come from `measure` (an estimate by default).
 */
import { estimateWidth } from './measure.ts';
import { metrics, pack, type Packed } from './columns-pack.ts';
import type { Column, ColumnItem, ColumnsLayout, ColumnsOptions, Tone } from './columns-marks.ts';

export type { Measure } from './measure.ts';
export type * from './columns-marks.ts';

/**
 * The columns with the boxes of some tones, and any beyond the first `keep` of a column, given way
 * to a "+N" box at its foot (the slide's subject always stays).
 */
function thin(
  columns: Column[],
  drop: ReadonlySet<Tone>,
  keep = Infinity,
): { cols: Column[]; hidden: number; shown: number } {
  let hidden = 0;
  let shown = 0;
  const cols = columns.map((c) => {
    let room = keep;
    const kept = c.items.filter((i) => i.focus || (!drop.has(i.tone) && room-- > 0));
    const n = c.items.length - kept.length;
    hidden += n;
    shown += kept.length;
    const more: ColumnItem = { id: `${c.key}:more`, label: `+${n}`, tone: 'more' };
    return n ? { ...c, items: [...kept, more] } : c;
  });
  return { cols, hidden, shown };
}

/**
 * Lays the columns out in `width` × `height` px: the largest font of `fonts` at which every name
 * fits in whole words; else, at the smallest, names may split inside a word; else context boxes
 * give way to a "+N" count, then those the place has (while something else stays shown), then
 * every column keeps as many as fit; else nothing. A column too tall for one stack takes several
 * side by side (on one row).
 * columnsLayout([{ key: 'up', title: '上游', items }], { width: 800, height: 600, fonts: [30, 24] }).font → 30
 */
export function columnsLayout(columns: Column[], o: ColumnsOptions): ColumnsLayout {
  const o2 = { ...o, measure: o.measure ?? estimateWidth };
  const sizes = o.fonts.length ? o.fonts : [24];
  const floor = sizes[sizes.length - 1]!;
  const tries: [number, Tone[], boolean][] = [
    ...sizes.map((f): [number, Tone[], boolean] => [f, [], true]),
    [floor, [], false],
    [floor, ['context'], true],
    [floor, ['context'], false],
    [floor, ['context', 'present'], false],
  ];
  const at = (font: number, drop: Tone[], strict: boolean, keep = Infinity) => {
    const { cols, hidden, shown } = thin(columns, new Set(drop), keep);
    // Giving way by tone leaves the gaps and the subject; with none of them it says nothing.
    if (drop.length && keep === Infinity && !shown) return null;
    const placed = pack(cols, o2, font, strict);
    return placed ? done(o, font, placed, hidden) : null;
  };
  for (const [font, drop, strict] of tries) {
    const l = at(font, drop, strict);
    if (l) return l;
  }
  // Then as many of each column as fit (of the gaps, when there are any), the rest counted.
  const last: Tone[] = thin(columns, new Set(['context', 'present'])).shown
    ? ['context', 'present']
    : [];
  let best: ColumnsLayout | null = null;
  let lo = 0;
  let hi = Math.max(0, ...columns.map((c) => c.items.length));
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const l = at(floor, last, false, mid);
    if (l) {
      best = l;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best ?? done(o, floor, { headers: [], boxes: [] }, 0);
}

function done(o: ColumnsOptions, font: number, placed: Packed, hidden: number): ColumnsLayout {
  const m = metrics(font);
  return {
    width: o.width,
    height: o.height,
    font,
    lineHeight: m.lineH,
    noteSize: m.noteSize,
    padX: m.padX,
    ...placed,
    hidden,
  };
}

/**
 * The projection's call (modes/present/RoomPicture.svelte): the largest of `sizes`, in rem of the
 * page's type (`rem` px, which the present mode scales with the screen), at which the columns fit.
 * roomLayout(columns, { width: 1800, height: 760, sizes: [1.1, 1], rem: 24 }).font → 26.4 or 24
 */
export function roomLayout(
  columns: Column[],
  o: Omit<ColumnsOptions, 'fonts' | 'perRow'> & { sizes: number[]; rem: number },
): ColumnsLayout {
  const { sizes, rem, ...rest } = o;
  return columnsLayout(columns, { ...rest, fonts: sizes.map((s) => s * rem) });
}

/**
 * Curves from box to box (the right edge of the first to the left edge of the second), for the
 * supply links of a segment: pairs whose boxes are not both drawn are left out.
 */
export function columnLinks(
  layout: ColumnsLayout,
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
