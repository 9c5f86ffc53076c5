/**
 * The one type of a text measurer, shared by every picture laid out in pixels (the export's
 * figure and columns, the projection's picture): the browser passes canvas `measureText`, the
 * tests and the build an estimate from the characters.
 */

/** Text width in pixels at a font size in pixels. */
export type Measure = (text: string, size: number) => number;
