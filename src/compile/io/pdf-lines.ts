/**
 * A PDF's text as the compiler reads a .txt: one paragraph a line. pdf.js gives positioned pieces
 * of text (`TextPiece`, one per run of glyphs); this module, pure and free of pdf.js, joins them
 * into the lines a reader sees (by baseline, left to right), drops what repeats at the same place
 * on every page (running headers, footers, page numbers such as `- 3 -`, `第 3 页`, `3/12`), and
 * joins the lines of one paragraph again: a line that runs to the right edge continues on the next
 * unless that one is indented, set apart by a larger gap, or in another size. A gap of about two
 * lines is a blank line, as in the text the PDF was printed from.
 *
 * @example paragraphs([[piece('第一段开头', 72, 700), piece('接续', 72, 682)]]) // → '第一段开头接续\n'
 *   (when the first line reaches the right edge)
 */
import { unifyIdeographs } from '../text/radicals.ts';

/** One piece of text on a page: its string, the baseline's left end, its advance and font size. */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

/** Joins each page's pieces into lines, top to bottom (PDF y grows upwards). */
export function linesOfPage(pieces: TextPiece[], page: number): Line[] {
  const sorted = pieces
    .filter((p) => p.str.length > 0 && p.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; parts: TextPiece[] }[] = [];
  for (const p of sorted) {
    const line = lines.find((l) => Math.abs(l.y - p.y) < 0.5 * Math.max(l.size, p.size));
    if (line) {
      line.parts.push(p);
      line.size = Math.max(line.size, p.size);
    } else lines.push({ y: p.y, size: p.size, parts: [p] });
  }
  const out: Line[] = [];
  for (const l of lines) {
    const parts = l.parts.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of parts) {
      // A visible gap (wider than a third of a character) between two pieces was a space.
      if (text && p.x - end > l.size / 3 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
      text += p.str;
      end = Math.max(end, p.x + p.width);
    }
    // Fonts join two em dashes (the Chinese 破折号 ——) into one TWO-EM DASH glyph; a PDF then says ⸺.
    // Control characters and soft hyphens are no text.
    text = Array.from(text)
      .filter((c) => (c >= ' ' || c === '\t') && c !== '\u00ad')
      .join('');
    text = unspread(unifyIdeographs(text))
      .replace(/\u2e3a/g, '——')
      .replace(/\u2e3b/g, '———');
    if (text.trim() === '') continue;
    out.push({
      text: text.trimEnd(),
      left: parts[0]?.x ?? 0,
      right: end,
      y: l.y,
      size: Math.round(l.size * 10) / 10,
      page,
    });
  }
  return out;
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'g');

/**
 * A justified line, spread by the space between its characters, without the spaces pdf.js read
 * into those gaps ("编 制 工 业" → "编制工业"): when spaces beside Chinese characters are many (at
 * least three, and one for every three such characters), none of them was typed. A line with an
 * odd space between two names keeps it.
 */
export function unspread(line: string): string {
  const spaces = line.match(SPACE_BY_CJK)?.length ?? 0;
  const cjk = line.match(new RegExp(`[${CJK}]`, 'g'))?.length ?? 0;
  return spaces >= 3 && spaces * 3 >= cjk ? line.replace(SPACE_BY_CJK, '') : line;
}

/** A page number alone: `3`, `- 3 -`, `— 3 —`, `第 3 页`, `第3页 共12页`, `3/12`, `Page 3 of 12`. */
const PAGE_NUMBER =
  /^(?:[-—–·\s]*\d+[-—–·\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|(?:page\s*)?\d+\s*(?:of|\/)\s*\d+)$/i;

/**
 * A page's first or last line in small type, set apart from the rest by more than two lines'
 * space: a header or footer, even on a one-page document.
 */
function apart(l: Line, lines: Line[]): boolean {
  const i = lines.indexOf(l);
  const near = i === 0 ? lines[1] : lines[i - 1];
  if (!near || l.size >= 0.8 * near.size) return false;
  return Math.abs(l.y - near.y) > 2.5 * near.size;
}

/** Lines at the same height on most pages with the same text, digits aside: running heads and feet. */
function runningLines(pages: Line[][]): Set<Line> {
  const drop = new Set<Line>();
  const key = (l: Line) =>
    `${Math.round(l.y / 2)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const count = new Map<string, number>();
  for (const lines of pages) {
    const edge = [...lines.slice(0, 3), ...lines.slice(-3)];
    for (const k of new Set(edge.map(key))) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 3), ...lines.slice(-3)]);
    for (const l of edge) {
      // Running heads are short; a body line is not one even where it repeats.
      const repeated =
        pages.length > 1 && l.text.length <= 40 && (count.get(key(l)) ?? 0) >= needed;
      const first = l === lines[0];
      const last = l === lines[lines.length - 1];
      if (repeated || ((first || last) && (PAGE_NUMBER.test(l.text.trim()) || apart(l, lines))))
        drop.add(l);
    }
  }
  return drop;
}

/** The most common value, rounded to a tenth (the body's line spacing, size, left edge). */
function mode(values: number[]): number {
  const count = new Map<number, number>();
  for (const v of values) {
    const r = Math.round(v * 10) / 10;
    count.set(r, (count.get(r) ?? 0) + 1);
  }
  let best = 0;
  let n = -1;
  for (const [v, c] of [...count].sort((a, b) => a[0] - b[0]))
    if (c > n) {
      best = v;
      n = c;
    }
  return best;
}

/**
 * The distance between the lines of a paragraph: the smallest gap between baselines that is common
 * (a tenth of all, at least twice), not merely the most common one, which in a document with a
 * blank line between all paragraphs is two lines.
 */
function lineSpacing(gaps: number[]): number {
  const count = new Map<number, number>();
  for (const g of gaps) {
    const r = Math.round(g);
    count.set(r, (count.get(r) ?? 0) + 1);
  }
  const common = [...count]
    .filter(([, c]) => c >= Math.max(2, gaps.length / 10))
    .map(([g]) => g)
    .sort((a, b) => a - b);
  return common[0] ?? mode(gaps);
}

/**
 * The text of a document given its pages' pieces: paragraphs one a line, each line ending in `\n`.
 * `pageWidth`, when known, keeps a page of short lines from reading as one paragraph: the right
 * edge a full line reaches is at least the page's width less the left margin (and two characters
 * of slack for a wider right margin). Deterministic: the same pieces give the same text.
 */
export function paragraphs(pages: TextPiece[][], pageWidth = 0): string {
  const perPage = pages.map((p, i) => linesOfPage(p, i));
  const drop = runningLines(perPage);
  const lines = perPage.flat().filter((l) => !drop.has(l));
  if (lines.length === 0) return '';
  const size = mode(lines.map((l) => l.size));
  const left = mode(lines.map((l) => l.left));
  const right = Math.max(
    pageWidth - left - 2 * size,
    ...lines.filter((l) => l.size === size).map((l) => l.right),
  );
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    if (a.page === b.page && a.y > b.y) gaps.push(a.y - b.y);
  }
  const spacing = gaps.length > 0 ? Math.min(lineSpacing(gaps), 3 * size) : 1.5 * size;
  let out = '';
  for (const [i, l] of lines.entries()) {
    const prev = lines[i - 1];
    if (!prev) {
      out = l.text;
      continue;
    }
    const samePage = prev.page === l.page;
    const gap = samePage ? prev.y - l.y : spacing;
    const full = right - prev.right < 2 * size;
    const continues =
      full && l.left - left < 0.5 * size && l.size === prev.size && gap < 1.2 * spacing;
    // Latin words wrap at a space, which the PDF no longer shows.
    const space = /[A-Za-z0-9.,;:!?]$/.test(prev.text) && /^[A-Za-z0-9]/.test(l.text);
    if (continues) out += (space ? ' ' : '') + l.text;
    else out += (gap > 1.8 * spacing ? '\n\n' : '\n') + l.text;
  }
  return `${out}\n`;
}
