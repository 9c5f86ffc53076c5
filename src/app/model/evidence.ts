/** Evidence in its sentence: the quoted span highlighted inside the sentence it comes from. */
import { withoutMarkers } from '../../contract/markers.ts';

/** A quote with the rest of its sentence on either side. */
export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

const END = /[。！？!?；;\n]/;
const MAX = 160;

/**
 * The sentence around `text.slice(start, end)`, cut at 。！？；or a line break (at most 160
 * characters each side), as a reader sees it: without Word's bookmark markers.
 * sentenceAround('甲。乙丙丁。戊', 3, 4) → { before: '乙', quote: '丙', after: '丁。' }
 */
export function sentenceAround(text: string, start: number, end: number): QuoteInSentence {
  const { s, e } = bounds(text, start, end);
  return {
    before: withoutMarkers(text.slice(s, start)).trimStart(),
    quote: withoutMarkers(text.slice(start, end)),
    after: withoutMarkers(text.slice(end, e)).trimEnd(),
  };
}

/** A piece of a shown sentence: quoted by the evidence or not. */
export interface SentencePart {
  text: string;
  quoted: boolean;
}

/** A sentence as shown once, with every quote of it marked, and the evidence it stands for. */
export interface SentenceShown<E> {
  parts: SentencePart[];
  evidence: E[];
}

/**
 * The sentences around quotes of one text, each shown once: quotes in the same sentence (or
 * the same quote twice) share it, each marked in it. A quote that is the whole sentence is not
 * marked (nothing to set apart from it). Order: the first quote's.
 * sentencesOf('甲乙。丙丁。', [{start: 0, end: 1}, {start: 1, end: 2}, {start: 3, end: 4}])
 *   → [{ parts: [甲*, 乙*, 。] }, { parts: [丙*, 丁。] }] (* quoted)
 */
export function sentencesOf<E extends { start: number; end: number }>(
  text: string,
  spans: E[],
): SentenceShown<E>[] {
  const groups: { s: number; e: number; evidence: E[] }[] = [];
  for (const ev of spans) {
    const b = bounds(text, ev.start, ev.end);
    const g = groups.find((x) => x.s < b.e && b.s < x.e);
    if (g) {
      g.s = Math.min(g.s, b.s);
      g.e = Math.max(g.e, b.e);
      g.evidence.push(ev);
    } else groups.push({ ...b, evidence: [ev] });
  }
  return groups.map((g) => {
    const cuts = g.evidence
      .map((x) => [Math.max(g.s, x.start), Math.min(g.e, x.end)] as const)
      .sort((x, y) => x[0] - y[0]);
    const parts: SentencePart[] = [];
    let at = g.s;
    for (const [a, b] of cuts) {
      if (b <= at) continue;
      if (a > at) parts.push({ text: text.slice(at, a), quoted: false });
      parts.push({ text: text.slice(Math.max(a, at), b), quoted: true });
      at = b;
    }
    if (at < g.e) parts.push({ text: text.slice(at, g.e), quoted: false });
    const shown = parts
      .map((p) => ({ ...p, text: withoutMarkers(p.text) }))
      .filter((p) => p.text !== '');
    const first = shown[0];
    if (first) first.text = first.text.trimStart();
    const last = shown[shown.length - 1];
    if (last) last.text = last.text.trimEnd();
    const kept = shown.filter((p) => p.text !== '');
    const whole = kept.every((p) => p.quoted);
    return {
      parts: whole ? [{ text: kept.map((p) => p.text).join(''), quoted: false }] : kept,
      evidence: g.evidence,
    };
  });
}

/** The sentence's bounds around [start, end): as sentenceAround cuts it. */
function bounds(text: string, start: number, end: number): { s: number; e: number } {
  let s = start;
  while (s > 0 && start - s < MAX && !END.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && e - end < MAX && !END.test(text[e - 1] as string)) e++;
  if (e > end && text[e - 1] === '\n') e--;
  return { s, e };
}

/** Removes a leading byte-order mark, so offsets index the text as the compiler counted them. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
