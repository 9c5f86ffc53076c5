/**
 * When a document takes effect and for how long: `自2023年1月1日起施行` (the date), `有效期3年` /
 * `有效期为三年` (the term in years), each with its span. Phrasings are in the tables below.
 */
import type { Evidence } from '../../contract/chain-map.ts';
import { parseNumber } from '../text/numbers.ts';
import { evidence, type SourceDoc } from '../text/view.ts';

export interface EffectiveRead {
  /** ISO date it takes effect, or null when the text gives only a term. */
  from: string | null;
  years: number | null;
  evidence: Evidence[];
}

/** The words that open and close a date of effect: 自/从 … (起) 施行/实施/执行. */
const FROM_WORDS = ['自', '从'];
const TAKES_EFFECT = ['施行', '实施', '执行'];
const FROM = new RegExp(
  `(?:${FROM_WORDS.join('|')})(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:起)?(?:${TAKES_EFFECT.join('|')})`,
);
/** A term: 有效期(为) N 年, N in digits or Chinese numerals. */
const TERM = /有效期(?:为)?([0-9一二三四五六七八九十]+)年/;

/**
 * The date a document takes effect and its term, or null when it states neither.
 * @example readEffective(doc('本措施自2023年1月1日起施行，有效期三年。'))
 *   // → { from: '2023-01-01', years: 3, evidence: [自2023年1月1日起施行, 有效期三年] }
 */
export function readEffective(doc: SourceDoc): EffectiveRead | null {
  const eff = FROM.exec(doc.view);
  const dur = TERM.exec(doc.view);
  if (!eff && !dur) return null;
  const out: EffectiveRead = { from: null, years: null, evidence: [] };
  if (eff) {
    const [, y, m, d] = eff as unknown as [string, string, string, string];
    out.from = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    out.evidence.push(evidence(doc, eff.index, eff.index + eff[0].length));
  }
  if (dur) {
    out.years = parseNumber(dur[1] as string);
    out.evidence.push(evidence(doc, dur.index, dur.index + dur[0].length));
  }
  return out;
}
