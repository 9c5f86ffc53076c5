/**
 * A source document as the compiler sees it: the original text (offsets index it) and a same-length
 * "view" for pattern matching, where Word-export bookmark markers and trailing web-page residue are
 * blanked out, full-width ASCII is folded to half-width and odd spaces become plain ones. Because the
 * view has exactly the original's length, an offset found in the view is an offset in the original.
 */
import type { Evidence } from '../../contract/chain-map.ts';
import { toHalfWidth } from './numbers.ts';
import { WORD_MARKER } from '../../contract/markers.ts';

export interface SourceDoc {
  id: string;
  /** Path as written into the map, relative to the repo root (e.g. `seeds/x.txt`). */
  file: string;
  /** Decoded text with any leading BOM removed. Evidence offsets index this string. */
  text: string;
  /** Same length as `text`; what the extractors read. */
  view: string;
}

/** Builds the matching view of a document's text. */
export function makeView(text: string): string {
  let view = text.replace(WORD_MARKER, (m) => ' '.repeat(m.length));
  view = toHalfWidth(view).replace(/[\r\t\u00a0\u2002-\u200b\u3000\ufeff]/g, ' ');
  const tail = residueStart(view);
  view = view.slice(0, tail) + view.slice(tail).replace(/[^\n]/g, ' ');
  return compactSpaced(splitRunOn(dropPageNumbers(view)), text);
}

/**
 * The filler a compacted run ends with (see compactSpaced): white space to every pattern, and
 * found nowhere else in a view, so `evidence` can map offsets inside the run back to the text.
 */
export const PAD = '\u2003';

/** A space a PDF or a web page puts between a numeral and a character: 2020 年, 到 2025, 100 家. */
const SPACED = /(?<=\d) {1,2}(?=[\u4e00-\u9fff%A-Za-z])|(?<=[\u4e00-\u9fff]) {1,2}(?=\d)/g;
/** Where a compacted run ends: white space (not a filler), a stop, a comma or a line end. */
const RUN_END = /[ \n。，,；;：:、]/;

/**
 * Spaced dates and numerals (2020 年 12 月 21 日, 达到 100 家) read like their unspaced forms: in each
 * run of characters the spaces beside numerals are taken out and the run is filled up to its length
 * again at its end with PAD, so nothing outside the run moves. Only spaces of the text itself are
 * taken (not the blanks left where a Word bookmark was).
 * @example compactSpaced('到 2025 年，', '到 2025 年，') // → '到2025年\u2003\u2003，'
 */
export function compactSpaced(view: string, text: string): string {
  if (!/\d {1,2}[\u4e00-\u9fff%A-Za-z]|[\u4e00-\u9fff] {1,2}\d/.test(view)) return view;
  const removable = new Set<number>();
  for (const m of view.matchAll(SPACED))
    for (let i = m.index; i < m.index + m[0].length; i++)
      if (/\s/.test(text[i] ?? '')) removable.add(i);
  if (removable.size === 0) return view;
  let out = '';
  let i = 0;
  while (i < view.length) {
    if (!removable.has(i)) {
      out += view[i];
      i++;
      continue;
    }
    // A run: from here to the next end that is not itself a removed space.
    let kept = '';
    let pads = 0;
    let j = i;
    while (j < view.length && (removable.has(j) || !RUN_END.test(view[j] as string))) {
      if (removable.has(j)) pads++;
      else kept += view[j];
      j++;
    }
    out += kept + PAD.repeat(pads);
    i = j;
  }
  return out;
}

/**
 * The offset in the text of view offset `o` (they differ only inside a compacted run).
 * @example textOffset(doc('到 2025 年'), 3) // → 4 (the view's 2025 starts at 1, the text's at 2)
 */
export function textOffset(doc: SourceDoc, o: number): number {
  const { view, text } = doc;
  let p = o;
  while (p < view.length && view[p] !== PAD && !RUN_END.test(view[p] as string)) p++;
  if (view[p] !== PAD) return o;
  let end = p;
  while (view[end] === PAD) end++;
  const pads = end - p;
  if (o >= p) return end;
  let vi = p - 1;
  let ti = end - 1;
  let consumed = 0;
  for (;;) {
    while (
      consumed < pads &&
      ti >= 0 &&
      /\s/.test(text[ti] as string) &&
      !/\s/.test(view[vi] ?? '')
    ) {
      ti--;
      consumed++;
    }
    if (consumed === pads) return o;
    if (vi === o) return ti;
    vi--;
    ti--;
    if (vi < 0) return o;
  }
}

/**
 * Page numbers inside a run-on text layer (` - 1 - `, ` — 2 — `, and glued to the words around
 * them, `1日—2—浙江省`, `创新—3—驱动`: em dashes on both sides) are blanked.
 */
function dropPageNumbers(view: string): string {
  return view
    .replace(/(?<=^|[ \n])[-—–]\s?\d{1,3}\s?[-—–](?=[ \n]|$)/g, (m) => ' '.repeat(m.length))
    .replace(/(?<![\d—])—\d{1,3}—(?![\d—])/g, (m) => ' '.repeat(m.length));
}

/** A label of a heading or a numbered item: 一、 （一） 1. ① 第一条. */
const LABEL =
  /(?<= )(?=(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十]{1,3}条)\S)/g;

/** Where a paragraph begins in a page copied as one line: after a run of two spaces or more. */
const PARAGRAPH = /(?<=[^ ] {2,})(?=[^ ])/g;

/**
 * A text layer of one long line (a PDF copied as one run, a web page's paragraphs joined by two
 * spaces) is split into its headings, numbered items and paragraphs: the space before each becomes
 * a line end, so nothing moves. Only lines of more than 500 characters with three such breaks or
 * more are split.
 */
function splitRunOn(view: string): string {
  if (!/[^\n]{500}/.test(view)) return view;
  return view.replace(/[^\n]{500,}/g, (line) => {
    const labels = [...line.matchAll(LABEL)].map((m) => m.index);
    const paragraphs = [...line.matchAll(PARAGRAPH)].map((m) => m.index);
    const at = [
      ...(labels.length >= 3 ? labels : []),
      ...(paragraphs.length >= 3 ? paragraphs : []),
    ];
    let out = line;
    for (const i of at) out = `${out.slice(0, i - 1)}\n${out.slice(i)}`;
    return out;
  });
}

/**
 * Where trailing web-page residue begins: the longest tail of lines none of which reads as policy
 * prose (a sentence ending in 。 or ；, or one followed by a bracket such as (责任单位:…), a long
 * line with commas, or a sentence cut off after a whole one). Hotline numbers, buttons, headline lists and
 * "来源:…" lines end pages scraped from the web. A text with no prose line has no residue.
 * @example residueStart('正文。\n展开\n热线\n') // → 4
 */
export function residueStart(view: string): number {
  const lines = linesOf(view);
  let cut = view.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const { start, text } = lines[i] as { start: number; text: string };
    const line = text.trim();
    // A measure closed by whom it falls to — 开展精准招商。(责任单位:市商务局) — is prose too.
    const prose =
      /[。;；]$/.test(line) ||
      (/[)）]$/.test(line) && /[。;；]/.test(line)) ||
      (line.length > 60 && /[。，,]/.test(line)) ||
      // A text cut off in its last sentence, after a whole one (…集群。到2027年，力争创建2家…，培育).
      (line.length > 20 && /[。；;][^。；;]{6,}[，,]/.test(line));
    if (prose) return signed(lines, i, cut);
    cut = start;
  }
  // No prose at all: nothing to call residue.
  return view.length;
}

/**
 * A notice's signature after its last sentence is no residue: short lines (附件:…, the bodies),
 * then the date on a line of its own (a stored copy that ends at the signature).
 */
function signed(lines: { start: number; text: string }[], prose: number, cut: number): number {
  for (let j = prose + 1; j < lines.length && j <= prose + 10; j++) {
    const line = (lines[j] as { text: string }).text.trim();
    if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(line))
      return (lines[j] as { start: number }).start + (lines[j] as { text: string }).text.length;
    if (line !== '' && !/^附件/.test(line) && (line.length > 30 || /[。，,；;：:]/.test(line)))
      return cut;
  }
  return cut;
}

/**
 * Evidence for `[start, end)`, trimmed of blanked and white space at both ends so the quote is clean.
 * @example evidence(doc, 10, 16) // → { source: doc.id, start: 10, end: 16, quote: doc.text.slice(10, 16) }
 */
export function evidence(doc: SourceDoc, start: number, end: number): Evidence {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(doc.view[s] as string)) s++;
  while (e > s && /\s/.test(doc.view[e - 1] as string)) e--;
  // Inside a compacted run (2020 年 → 2020年), the text's offsets.
  if (doc.view.includes(PAD)) {
    const ts = textOffset(doc, s);
    const te = e > s ? textOffset(doc, e - 1) + 1 : ts;
    s = ts;
    e = te;
  }
  return { source: doc.id, start: s, end: e, quote: doc.text.slice(s, e) };
}

/** Bounds of the sentence around `offset` (split on 。！？；; and line ends). */
export function sentenceAt(view: string, offset: number): [number, number] {
  let s = offset;
  while (s > 0 && !/[。！？;；\n]/.test(view[s - 1] as string)) s--;
  let e = offset;
  while (e < view.length && !/[。！？;；\n]/.test(view[e] as string)) e++;
  if (e < view.length && view[e] !== '\n') e++;
  return [s, e];
}

/**
 * The goal year a paragraph sets for the sentences after it (到2027年，…。形成3家百亿级企业，…规模突破
 * 1000亿元。): the last 到20XX年 before the sentence of `offset`, in its paragraph (line), when that
 * sentence names no year and speaks of no present (目前, 现有, 已, 截至) of its own.
 * @example paragraphYear('到2027年，建成强省。形成3家企业。', 12) // → 2027
 */
export function paragraphYear(view: string, offset: number): number | undefined {
  const [s] = sentenceAt(view, offset);
  const sentence = view.slice(s, offset);
  if (/20\d\d\s*年|目前|现有|已有|已经|截至|截止/.test(sentence)) return undefined;
  let p = s;
  while (p > 0 && view[p - 1] !== '\n') p--;
  let year: number | undefined;
  for (const m of view.slice(p, s).matchAll(/到\s*(20\d\d)\s*年(?!\s*[—–-]|\s*\d)/g))
    year = Number(m[1]);
  if (year) return year;
  // An item of the goals (——产业链条建立健全。…规模达100亿元) under the line that opens with its
  // year (到2026年，…), up to the heading above: back over at most eight lines.
  for (let i = 0, e = p - 1; i < 8 && e > 0; i++) {
    let b = e;
    while (b > 0 && view[b - 1] !== '\n') b--;
    const line = view.slice(b, e);
    const goal = GOAL_LINE.exec(line);
    if (goal) return Number(goal[1]);
    if (HEADING_LINE.test(line)) return undefined;
    e = b - 1;
  }
  return undefined;
}
/** A line that opens the goals with their year: 到2026年，… (after any heading label). */
const GOAL_LINE =
  /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?(?:[^，,。]{0,8}目标[。:：，,]?\s*)?到\s*(20\d\d)\s*年/;
/** A heading of a section: 一、 (一) 第一章. */
const HEADING_LINE =
  /^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节])/;

/** Lines of the view with their start offsets. */
export function linesOf(view: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const text of view.split('\n')) {
    out.push({ start, text });
    start += text.length + 1;
  }
  return out;
}

/** Removes spaces between CJK characters left by line wrapping in titles: `招商引资和 承接` → `招商引资和承接`. */
export function squeeze(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/(?<=[^\p{ASCII}]) | (?=[^\p{ASCII}])/gu, '')
    .trim();
}

/**
 * Start and end of capture group `g` of a match made with the `d` flag, shifted by `offset` (where
 * the matched string began in the view).
 * @example groupSpan(/a(?<x>b)/d.exec('zab')!, 'x') // → [2, 3]
 */
export function groupSpan(m: RegExpExecArray, g: number | string, offset = 0): [number, number] {
  const ix = typeof g === 'number' ? m.indices?.[g] : m.indices?.groups?.[g];
  if (!ix) throw new Error(`group ${g} did not take part in the match (or no d flag)`);
  return [ix[0] + offset, ix[1] + offset];
}

/** Evidence for capture group `g` of a `d`-flag match (see groupSpan). */
export function groupEvidence(
  doc: SourceDoc,
  m: RegExpExecArray,
  g: number | string,
  offset = 0,
): Evidence {
  const [s, e] = groupSpan(m, g, offset);
  return evidence(doc, s, e);
}

/** The exact text of the document at a span, with line-wrap spaces between CJK removed. */
export function textAt(doc: SourceDoc, start: number, end: number): string {
  const ev = evidence(doc, start, end);
  return squeeze(doc.text.slice(ev.start, ev.end));
}

/** Paragraphs (non-empty lines) of the view with their spans. */
export function paragraphs(view: string): { start: number; end: number; text: string }[] {
  return linesOf(view)
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ start: l.start, end: l.start + l.text.length, text: l.text }));
}
