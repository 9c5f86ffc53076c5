/**
 * The marks of a picture of columns (layout/columns-picture.ts): headers and boxes in pixels, what
 * the export and the projection both draw; and what the layout is asked for.
 */
import type { Measure } from './measure.ts';

/** How a box is drawn: a gap, a segment the place has, context, or a count of boxes left out. */
export type Tone = 'gap' | 'present' | 'context' | 'more';

/** One thing to show. `focus` marks the slide's subject (drawn filled). */
export interface ColumnItem {
  id: string;
  label: string;
  /** A second, smaller line: a zone's focus areas, the place of a chain. */
  note?: string;
  tone: Tone;
  focus?: boolean;
}

/** A column with its title (a tier, 招什么, a zone, …) and its items top to bottom. */
export interface Column {
  key: string;
  title: string;
  items: ColumnItem[];
}

/** A line of text in a box, `y` its centre from the box's top. */
export interface BoxLine {
  text: string;
  y: number;
}

export interface ColumnBox {
  id: string;
  /** The column key. */
  column: string;
  tone: Tone;
  focus: boolean;
  /** The whole label (for the accessible name), its lines as drawn, and the note's line. */
  label: string;
  lines: BoxLine[];
  note?: BoxLine;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ColumnHeader {
  key: string;
  /** The title as drawn (cut with "…" when even its smaller size does not fit). */
  title: string;
  /** The span of the column's boxes (x, w) and the title's centre line (y). */
  x: number;
  y: number;
  w: number;
  size: number;
}

export interface ColumnsLayout {
  width: number;
  height: number;
  /** Font size of names, px; notes are `noteSize`. */
  font: number;
  lineHeight: number;
  noteSize: number;
  /** Room between a box's side and its text. */
  padX: number;
  headers: ColumnHeader[];
  boxes: ColumnBox[];
  /** How many boxes gave way to a count (0 when everything is shown). */
  hidden: number;
}

/** What the layout may use. `fonts`: sizes to try, largest first; the last is the floor. */
export interface ColumnsOptions {
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
  /** Columns side by side before the next row starts (a city's many zones take two rows). */
  perRow?: number;
}
