/**
 * A page of columns (layout/page-columns.ts) drawn as export marks (figure.ts) for PNG and SVG:
 * the one layout of layout/columns-picture.ts, names at 20 px on a 1920 × 1080 page, left-aligned
 * in cards (a gap with a thick dashed outline, as on screen). Pure: the browser passes `measure`.
 */
import { GAP_OUTLINE } from '../render/theme.ts';
import type { Mark } from './marks.ts';
import type { Measure } from '../layout/measure.ts';
import { columnsLayout, type ColumnsLayout } from '../layout/columns-picture.ts';
import type { ColumnsPicture } from '../layout/page-columns.ts';

export type { ColumnItem, ColumnsPicture } from '../layout/page-columns.ts';

const INK = '#1b1f24';
const MUTED = '#57606a';
const CARD = '#f3f6fa';

/** A rectangle with rounded corners, as a path from (0, 0). */
function rounded(w: number, h: number, r: number): string {
  return `M${r},0h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 ${-r},${r}h${2 * r - w}a${r},${r} 0 0 1 ${-r},${-r}v${2 * r - h}a${r},${r} 0 0 1 ${r},${-r}Z`;
}

/** The export's call of the one layout: the page's columns in `plot`, names at 20 px × `s`. */
export function exportLayout(
  pic: ColumnsPicture,
  plot: { w: number; h: number },
  s: number,
  measure: Measure,
): ColumnsLayout {
  return columnsLayout(pic.columns, {
    width: plot.w,
    height: plot.h,
    fonts: [20 * s],
    measure,
    align: 'top',
    perRow: pic.perRow,
  });
}

/**
 * The columns laid out in `plot` as marks: a heading per column, its items as cards, what gave way
 * as a "+N" line at a column's foot.
 */
export function columnMarks(
  pic: ColumnsPicture,
  plot: { x: number; y: number; w: number; h: number },
  s: number,
  measure: Measure,
): Mark[] {
  const l = exportLayout(pic, plot, s, measure);
  const marks: Mark[] = [];
  for (const h of l.headers)
    marks.push({
      kind: 'text',
      x: plot.x + h.x,
      y: plot.y + h.y,
      text: h.title,
      size: h.size,
      bold: true,
      fill: INK,
    });
  for (const b of l.boxes) {
    const x = plot.x + b.x;
    const y = plot.y + b.y;
    const more = b.tone === 'more';
    if (!more)
      marks.push({
        kind: 'path',
        d: rounded(b.w, b.h, 8 * s),
        x,
        y,
        fill: CARD,
        ...(b.tone === 'gap'
          ? { stroke: GAP_OUTLINE, strokeWidth: 4 * s, dash: [8 * s, 5 * s] }
          : { stroke: '#8c959f', strokeWidth: 1.5 * s }),
      });
    for (const line of b.lines)
      marks.push({
        kind: 'text',
        x: x + l.padX,
        y: y + line.y,
        text: line.text,
        size: l.font,
        bold: more || b.tone === 'gap',
        fill: more ? MUTED : INK,
      });
    if (b.note)
      marks.push({
        kind: 'text',
        x: x + l.padX,
        y: y + b.note.y,
        text: b.note.text,
        size: l.noteSize,
        fill: MUTED,
      });
  }
  return marks;
}
