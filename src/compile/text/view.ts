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
  return view.slice(0, tail) + view.slice(tail).replace(/[^\n]/g, ' ');
}

/**
 * Where trailing web-page residue begins: the longest tail of lines none of which reads as policy
 * prose (a sentence ending in 。 or ；, or a long line with commas). Hotline numbers, buttons, headline lists and
 * "来源:…" lines end pages scraped from the web. A text with no prose line has no residue.
 * @example residueStart('正文。\n展开\n热线\n') // → 4
 */
export function residueStart(view: string): number {
  const lines = linesOf(view);
  let cut = view.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const { start, text } = lines[i] as { start: number; text: string };
    const line = text.trim();
    const prose = /[。;；]$/.test(line) || (line.length > 60 && /[。，,]/.test(line));
    if (prose) return cut;
    cut = start;
  }
  // No prose at all: nothing to call residue.
  return view.length;
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
  return squeeze(doc.text.slice(start, end));
}

/** Paragraphs (non-empty lines) of the view with their spans. */
export function paragraphs(view: string): { start: number; end: number; text: string }[] {
  return linesOf(view)
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ start: l.start, end: l.start + l.text.length, text: l.text }));
}
