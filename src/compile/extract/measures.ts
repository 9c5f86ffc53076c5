/**
 * The numbered measures of a chain document, in any numbering style the genre uses (1. / 一、 /
 * （一） / (1) / （1） / ① / 第一条), under their headings, each with its responsible bodies, cited
 * policies and amounts. Which style numbers the measures and which the headings is read from the
 * document: headings are short lines, measures are the first style whose lines carry the text.
 */
import type { Amount, Evidence } from '../../contract/chain-map.ts';
import { parseNumber } from '../text/numbers.ts';
import { splitList } from '../text/lists.ts';
import { evidence, groupSpan, linesOf, textAt, type SourceDoc } from '../text/view.ts';
import { readAmounts } from './amounts.ts';
import { readCitations, type CitationRead } from './citations.ts';
import { alt, RESPONSIBLE, SUPPORTING } from '../text/vocabulary.ts';

export interface MeasureRead {
  /** Position among the document's measures, from 1. */
  number: number;
  /** The numbering as printed: `1.`, `（三）`, `②`. */
  label: string;
  heading: string | null;
  headingEvidence: Evidence | null;
  /** Short name: the first clause. */
  name: string;
  start: number;
  end: number;
  evidence: Evidence;
  departments: { name: string; evidence: Evidence }[];
  policies: CitationRead[];
  amounts: Amount[];
  /** The first words in the measure that speak of the key links as a whole (关键环节), if any. */
  keyLinkWords: Evidence | null;
}

type Style = 'arabic' | 'cn' | 'cn-paren' | 'arabic-paren' | 'circled' | 'article';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const STYLES: [Style, RegExp][] = [
  ['cn-paren', /^\s*\(\s*(?<n>[一二三四五六七八九十]+)\s*\)\s*/d],
  ['arabic-paren', /^\s*\(\s*(?<n>\d{1,2})\s*\)\s*/d],
  ['article', /^\s*第(?<n>[一二三四五六七八九十]+)条\s*/d],
  ['cn', /^\s*(?<n>[一二三四五六七八九十]+)\s*[、.]\s*/d],
  ['arabic', /^\s*(?<n>\d{1,2})\s*[.、)](?!\d)\s*/d],
  ['circled', new RegExp(`^\\s*(?<n>[${CIRCLED}])\\s*`, 'd')],
];
/** Words by which a measure speaks of the key links as a whole. */
const KEY_LINK_WORDS = ['关键环节', '重点环节', '薄弱环节'];
const KEY_LINK_WORDS_RE = new RegExp(KEY_LINK_WORDS.join('|'));
const CLOSING = /^\s*(?:本(?:措施|办法|意见|政策|方案|通知|细则|规定)|附件|附:)/;

interface Numbered {
  style: Style;
  number: number;
  labelStart: number;
  lineStart: number;
  bodyStart: number;
  end: number;
  body: boolean;
}

function numbered(start: number, text: string): Numbered | null {
  for (const [style, re] of STYLES) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m.groups?.n as string;
    const number = style === 'circled' ? CIRCLED.indexOf(raw) + 1 : parseNumber(raw);
    if (number === null || number < 1) continue;
    const rest = text.slice(m[0].length);
    if (rest.trim() === '') continue;
    const [, e] = groupSpan(m, 0);
    return {
      style,
      number,
      // Where the numbering begins (after spaces and blanked Word bookmarks).
      labelStart: start + (text.length - text.trimStart().length),
      lineStart: start,
      bodyStart: start + e,
      end: start + text.trimEnd().length,
      // A line that carries text, not a heading: a sentence, or long.
      body: /[。；;]/.test(rest) || rest.trim().length > 30,
    };
  }
  return null;
}

/** Splits the document into numbered measures. */
export function readMeasures(doc: SourceDoc): MeasureRead[] {
  const lines = linesOf(doc.view).map((l) => ({ ...l, n: numbered(l.start, l.text) }));
  const styles: Style[] = [];
  for (const l of lines) if (l.n && !styles.includes(l.n.style)) styles.push(l.n.style);
  // The measure style: the first (outermost) style most of whose lines carry text.
  const measureStyle = styles.find((s) => {
    const of = lines.filter((l) => l.n?.style === s);
    return of.filter((l) => l.n?.body).length * 2 >= of.length;
  });
  if (!measureStyle) return [];
  const headingStyles = new Set(styles.slice(0, styles.indexOf(measureStyle)));

  const out: MeasureRead[] = [];
  let heading: { text: string; ev: Evidence } | null = null;
  let current: Numbered | null = null;
  const close = () => {
    if (current) out.push(build(doc, out.length + 1, current, heading));
    current = null;
  };
  for (const l of lines) {
    if (l.n && headingStyles.has(l.n.style)) {
      close();
      heading = {
        text: textAt(doc, l.n.bodyStart, l.n.end),
        ev: evidence(doc, l.n.bodyStart, l.n.end),
      };
      continue;
    }
    if (l.n && l.n.style === measureStyle) {
      close();
      current = { ...l.n };
      continue;
    }
    if (CLOSING.test(l.text) || (l.text.trim() === '' && current)) {
      close();
      continue;
    }
    if (current && l.text.trim() !== '') current.end = l.start + l.text.trimEnd().length;
  }
  close();
  return out;
}

const BODIES = new RegExp(
  `[([【〔]\\s*${alt(RESPONSIBLE)}\\s*[:：]\\s*(?<list>(?:\\([^()]*\\)|[^()\\]】〕])+?)(?:[;；]\\s*${alt(SUPPORTING)}(?:单位|部门)[:：][^)\\]】〕]*)?[)\\]】〕]`,
  'dg',
);

function build(
  doc: SourceDoc,
  number: number,
  n: Numbered,
  heading: { text: string; ev: Evidence } | null,
): MeasureRead {
  const { bodyStart: start, end } = n;
  const label = doc.text.slice(n.labelStart, n.bodyStart).trim();
  const v = doc.view.slice(start, end);
  const first = /^[^，。,;；(]+/.exec(v.trimStart())?.[0] ?? v;
  const nameStart = start + v.indexOf(first);
  const name = textAt(doc, nameStart, nameStart + first.length);
  const departments: MeasureRead['departments'] = [];
  for (const m of v.matchAll(BODIES)) {
    const [ls, le] = groupSpan(m, 'list', start);
    for (const it of splitList(doc.view, ls, le))
      departments.push({
        name: textAt(doc, it.start, it.end),
        evidence: evidence(doc, it.start, it.end),
      });
  }
  return {
    number,
    label,
    heading: heading?.text ?? null,
    headingEvidence: heading?.ev ?? null,
    name: name.length > 28 ? `${name.slice(0, 27)}…` : name,
    start,
    end,
    evidence: evidence(doc, start, end),
    departments,
    policies: readCitations(doc, start, end),
    amounts: readAmounts(doc, start, end),
    keyLinkWords: keyLinkWords(doc, start, end),
  };
}

function keyLinkWords(doc: SourceDoc, start: number, end: number): Evidence | null {
  const m = KEY_LINK_WORDS_RE.exec(doc.view.slice(start, end));
  return m ? evidence(doc, start + m.index, start + m.index + m[0].length) : null;
}
