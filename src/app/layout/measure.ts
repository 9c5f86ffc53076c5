/**
 * The one way text is measured and cut, for every picture laid out in pixels (the force view's
 * labels, the export's figure and columns, the projection's picture):
 * - `Measure`, the type of a measurer;
 * - `estimateWidth`, an estimate from the characters (the tests, the build, the first layout);
 * - `canvasMeasure`, canvas `measureText` in the page's font, cached (the browser);
 * - `fitText`, the one rule for a name that does not fit: its longest start, by whole graphemes,
 *   then "…"; nothing where not even one grapheme fits.
 */
import { FONT_FAMILY } from '../render/theme.ts';

/** Text width in pixels at a font size in pixels, bold or not (a measurer may ignore it). */
export type Measure = (text: string, size: number, bold?: boolean) => number;

/**
 * The estimated advance of a character in ems: wide (CJK, full-width forms) 1, capitals 0.7,
 * narrow punctuation 0.32, other Latin 0.6 — generous, so an estimate never undershoots much.
 * charEm('压') → 1; charEm('a') → 0.6; charEm(' ') → 0.32
 */
export function charEm(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027)) return 1;
  if (/[A-Z&%@]/.test(c)) return 0.72;
  if (/[\s.,:;'|!()/-]/.test(c)) return 0.34;
  return 0.6;
}

/** The estimated width of `text` at `size` px: estimateWidth('压缩机', 24) → 72. */
export function estimateWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * size;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** The graphemes of `text` (a flag, an accented letter or an emoji stays whole). */
export function graphemes(text: string): string[] {
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : [...text];
}

const wordSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'word' })
    : null;

/**
 * Where a line may break in `text`: its words, each with the spaces after it — Chinese by the
 * dictionary the browser's (and Node's) ICU keeps, so a name breaks between words, not inside
 * one. Without Intl.Segmenter, Latin words and single wide characters.
 * breakRuns('稀土永磁材料') → ['稀土', '永磁', '材料']; breakRuns('Wire harness') → ['Wire ', 'harness']
 */
export function breakRuns(text: string): string[] {
  if (!wordSegmenter) return text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  const runs: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) {
    if (/^\s+$/.test(segment) && runs.length) runs[runs.length - 1] += segment;
    else runs.push(segment);
  }
  return runs;
}

/**
 * `text` if it is at most `room` wide, else its longest start (whole graphemes) that fits with
 * "…", or '' when not even one grapheme does.
 * fitText('压缩机', 1000, w) → '压缩机'; fitText('热管理系统', 40, w) → '热管理…' (10 px a character)
 */
export function fitText(text: string, room: number, width: (s: string) => number): string {
  if (width(text) <= room) return text;
  const parts = graphemes(text);
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(`${parts.slice(0, mid).join('')}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo ? `${parts.slice(0, lo).join('').trimEnd()}…` : '';
}

const FULL_WIDTH = /[\u2e80-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60]/u;

/** The canvas font of text at `size` pixels, bold or not, in `family` (the shipped stack). */
export const canvasFont = (size: number, bold = false, family = FONT_FAMILY): string =>
  `${bold ? 'bold ' : ''}${size}px ${family}`;

/**
 * A measurer that asks a canvas (made on first use), cached: measuring is slow, the first time
 * more so, and a first picture measures every label. Full-width characters advance one em in
 * every CJK font, so only the others are measured, as one run. `scale` adds a margin (a name
 * measured 3 % wide never touches its box). `reset()` forgets the widths: call it when a web font
 * finishes loading.
 */
export function canvasMeasure(
  o: { family?: string; scale?: number } = {},
): Measure & { reset(): void } {
  const family = o.family ?? FONT_FAMILY;
  const scale = o.scale ?? 1;
  let probe: CanvasRenderingContext2D | null = null;
  const cache = new Map<string, number>();
  const measure = (text: string, size: number, bold = false): number => {
    const key = `${size}|${bold}\n${text}`;
    let w = cache.get(key);
    if (w !== undefined) return w;
    let rest = '';
    w = 0;
    for (const ch of text) {
      if (FULL_WIDTH.test(ch)) w += size;
      else rest += ch;
    }
    if (rest) {
      probe ??= document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      probe.font = canvasFont(size, bold, family);
      w += probe.measureText(rest).width;
    }
    w *= scale;
    if (cache.size > 20_000) cache.clear();
    cache.set(key, w);
    return w;
  };
  return Object.assign(measure, { reset: () => cache.clear() });
}
