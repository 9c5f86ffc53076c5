/** A source document made from a string, for the extractors' phrase tables. */
import { makeView, type SourceDoc } from './view.ts';

export function doc(text: string, id = 't'): SourceDoc {
  return { id, file: `${id}.txt`, text, view: makeView(text) };
}

/** Every evidence span is the exact slice of the text it names. */
export function spansHold(
  d: SourceDoc,
  evs: { start: number; end: number; quote: string }[],
): boolean {
  return evs.every((e) => d.text.slice(e.start, e.end) === e.quote);
}
