/**
 * A page of columns (layout/page-columns.ts) as export marks (figure.ts) for PNG and SVG. Pure:
 * the browser passes `measure`.
 */
import { GAP_OUTLINE } from '../render/theme.ts';
import type { Mark } from './marks.ts';
import { fitText, type Measure } from '../layout/measure.ts';
import type { ColumnItem, ColumnsPicture } from '../layout/page-columns.ts';

export type { ColumnItem, ColumnsPicture } from '../layout/page-columns.ts';

const INK = '#1b1f24';
const MUTED = '#57606a';
const CARD = '#f3f6fa';

/** `text` cut to `max` pixels by the one rule (layout/measure.ts fitText). */
const fit = (text: string, size: number, max: number, measure: Measure): string =>
  fitText(text, max, (t) => measure(t, size));

/** A rectangle with rounded corners, as a path from (0, 0). */
function rounded(w: number, h: number, r: number): string {
  return `M${r},0h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 ${-r},${r}h${2 * r - w}a${r},${r} 0 0 1 ${-r},${-r}v${2 * r - h}a${r},${r} 0 0 1 ${r},${-r}Z`;
}

/**
 * The columns laid out in `plot`: a heading per column, its items as cards (a gap with a thick
 * dashed outline, as on screen). On one row a long column takes the width of several, its cards
 * flowing into them; rows take the height their columns need. What still does not fit ends in "+N".
 */
export function columnMarks(
  pic: ColumnsPicture,
  plot: { x: number; y: number; w: number; h: number },
  s: number,
  measure: Measure,
): Mark[] {
  const marks: Mark[] = [];
  const n = pic.columns.length;
  if (n === 0) return marks;
  const perRow = Math.max(1, Math.min(pic.perRow, n));
  const rows = Math.ceil(n / perRow);
  const gapX = 24 * s;
  const gapY = 28 * s;
  const head = 26 * s;
  const label = 20 * s;
  const note = 15 * s;
  const pad = 12 * s;
  const top = head + 14 * s;
  const step = (it: ColumnItem): number => (it.note ? 66 * s : 44 * s) + 10 * s;
  const need = (items: ColumnItem[]): number => items.reduce((h, it) => h + step(it), 0);
  // Row heights: what the row's tallest column needs; when they do not all fit, the shorter rows
  // get what they need first and the taller share the rest.
  const natural = Array.from({ length: rows }, (_, r) =>
    Math.max(...pic.columns.slice(r * perRow, (r + 1) * perRow).map((c) => top + need(c.items))),
  );
  const room = plot.h - gapY * (rows - 1);
  const rowH = natural.slice();
  let left = room;
  [...natural.keys()]
    .sort((a, b) => (natural[a] ?? 0) - (natural[b] ?? 0))
    .forEach((r, k) => {
      rowH[r] = Math.min(natural[r] ?? 0, left / (rows - k));
      left -= rowH[r] ?? 0;
    });
  // On a single row, a column gets as many widths as its cards need to fit its height.
  const tallest = Math.max(66 * s, 44 * s) + 10 * s;
  const perSub = Math.max(1, Math.floor((room - top) / tallest));
  const units = pic.columns.map((c) =>
    rows === 1 ? Math.max(1, Math.ceil(need(c.items) / (perSub * tallest))) : 1,
  );
  let y0 = plot.y;
  for (let r = 0; r < rows; r++) {
    const cols = pic.columns.slice(r * perRow, (r + 1) * perRow);
    const u = units.slice(r * perRow, (r + 1) * perRow);
    const slots = rows === 1 ? u.reduce((a, b) => a + b, 0) : perRow;
    const unitW = (plot.w - gapX * (slots - 1)) / slots;
    let x = plot.x;
    cols.forEach((col, i) => {
      const subs = u[i] ?? 1;
      const colW = unitW * subs + gapX * (subs - 1);
      const h = fitSize(col.heading, head, colW, measure);
      marks.push({
        kind: 'text',
        x,
        y: y0 + head / 2,
        text: fit(col.heading, h, colW, measure),
        size: h,
        bold: true,
        fill: INK,
      });
      const bottom = y0 + (rowH[r] ?? 0);
      let sub = 0;
      let y = y0 + top;
      for (const [k, it] of col.items.entries()) {
        const more = col.items.length - k - 1;
        const cardH = step(it) - 10 * s;
        // The next width of this column, when there is one.
        if (y + cardH > bottom && sub + 1 < subs) {
          sub++;
          y = y0 + top;
        }
        const cx = x + sub * (unitW + gapX);
        // Room for this card, and for the "+N" line if more are to come and no width is left.
        const last = sub + 1 >= subs;
        if (y + cardH + (more > 0 && last ? 30 * s : 0) > bottom && (last || y + cardH > bottom)) {
          marks.push({
            kind: 'text',
            x: cx + pad,
            y: y + 12 * s,
            text: `+${more + 1}`,
            size: label,
            bold: true,
            fill: MUTED,
          });
          break;
        }
        marks.push({
          kind: 'path',
          d: rounded(unitW, cardH, 8 * s),
          x: cx,
          y,
          fill: CARD,
          ...(it.gap
            ? { stroke: GAP_OUTLINE, strokeWidth: 4 * s, dash: [8 * s, 5 * s] }
            : { stroke: '#8c959f', strokeWidth: 1.5 * s }),
        });
        marks.push({
          kind: 'text',
          x: cx + pad,
          y: y + (it.note ? 22 * s : cardH / 2),
          text: fit(it.label, label, unitW - 2 * pad, measure),
          size: label,
          bold: it.gap === true,
          fill: INK,
        });
        if (it.note)
          marks.push({
            kind: 'text',
            x: cx + pad,
            y: y + 48 * s,
            text: fit(it.note, note, unitW - 2 * pad, measure),
            size: note,
            fill: MUTED,
          });
        y += step(it);
      }
      x += colW + gapX;
    });
    y0 += (rowH[r] ?? 0) + gapY;
  }
  return marks;
}

/** A heading's size: as asked, or down to 80 % of it when that makes it fit. */
function fitSize(text: string, size: number, max: number, measure: Measure): number {
  if (measure(text, size) <= max) return size;
  const smaller = size * 0.8;
  return Math.max(smaller, Math.min(size, (size * max) / Math.max(1, measure(text, size))));
}
