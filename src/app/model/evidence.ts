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
  let s = start;
  while (s > 0 && start - s < MAX && !END.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && e - end < MAX && !END.test(text[e - 1] as string)) e++;
  if (e > end && text[e - 1] === '\n') e--;
  return {
    before: withoutMarkers(text.slice(s, start)).trimStart(),
    quote: withoutMarkers(text.slice(start, end)),
    after: withoutMarkers(text.slice(end, e)).trimEnd(),
  };
}

/** Removes a leading byte-order mark, so offsets index the text as the compiler counted them. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
