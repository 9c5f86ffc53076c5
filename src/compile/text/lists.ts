/**
 * The one list splitter: Chinese policy lists are written `A、B、C` (or with commas), items may
 * carry brackets of their own (`中船重工(718所、712所)`, `装备制造(智能设备、零配件制造)`), and
 * every item must keep its exact offsets so its evidence is a slice of the document.
 */

/** One item of a list, with offsets into the text it was split from. */
export interface Item {
  text: string;
  start: number;
  end: number;
}

const OPEN = '(（《“「[';
const CLOSE = ')）》”」]';

/**
 * Splits `view[start, end)` on `、`, `，`, `,` (and `；`/`;`) outside brackets, trimming spaces.
 * @example splitList('A、B(x、y)，C', 0, 11) // → [{text:'A',start:0,end:1}, {text:'B(x、y)',start:2,end:8}, {text:'C',start:9,end:10}]
 */
export function splitList(view: string, start: number, end: number, seps = '、，,；;'): Item[] {
  const out: Item[] = [];
  let depth = 0;
  let from = start;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(view[s] as string)) s++;
    while (e > s && /\s/.test(view[e - 1] as string)) e--;
    if (e > s) out.push({ text: view.slice(s, e), start: s, end: e });
  };
  for (let i = start; i < end; i++) {
    const c = view[i] as string;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(c)) {
      push(from, i);
      from = i + 1;
    }
  }
  push(from, end);
  return out;
}

/**
 * An item's head and the list in its trailing brackets, if any.
 * @example bracketed({ text: '汽车制造(零部件、电子)', start: 10, end: 22 })
 *   // → { head: { text: '汽车制造', start: 10, end: 14 }, inner: [{ text: '零部件', … }, { text: '电子', … }] }
 */
export function bracketed(item: Item, view: string): { head: Item; inner: Item[] } {
  const m = /^([^(（]+)[(（](.*)[)）]$/.exec(item.text);
  if (!m) return { head: item, inner: [] };
  const headEnd = item.start + (m[1] as string).trimEnd().length;
  const innerStart = item.start + (m[1] as string).length + 1;
  return {
    head: { text: view.slice(item.start, headEnd), start: item.start, end: headEnd },
    inner: splitList(view, innerStart, item.end - 1),
  };
}
