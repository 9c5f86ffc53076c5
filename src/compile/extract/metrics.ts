/**
 * A chain's figures as the genre states them: current scale in 亿元 (规模/产值/营业收入 达到…),
 * firm counts (聚集/现有/规上企业 N(余)家), the new-firm target (新引进/引进/招引 N家) and the target
 * scale (N亿级 / 百亿级 / 到2025年…达到N亿元). A figure in a sentence that speaks of the future
 * (力争, 到20XX年, 目标, 争取…) is a target; otherwise it is the present.
 */
import type { Metric } from '../../contract/chain-map.ts';
import type { Problems } from '../problems.ts';
import { bandSpans, readFigures } from './figures.ts';
import { slug } from '../text/names.ts';
import { NUMBER, parseNumber } from '../text/numbers.ts';
import { evidence, groupSpan, paragraphYear, sentenceAt, type SourceDoc } from '../text/view.ts';
import {
  alt,
  ATTRACT,
  EXCEED_VERBS,
  FUTURE as FUTURE_WORDS,
  GATHER,
  SCALE_SUBJECTS,
  TARGET_VERBS,
} from '../text/vocabulary.ts';

const N = `(?<n>${NUMBER})`;
const FUTURE = new RegExp(`${alt(FUTURE_WORDS)}|到\\s*20\\d\\d\\s*年`);

const SCALE = new RegExp(
  `${alt(SCALE_SUBJECTS)}(?:总量)?(?:已|将|力争)?(?<v>${alt(EXCEED_VERBS)})?${alt(TARGET_VERBS)}*(?<q>约|近|超)?${N}(?<u>万亿元|亿元)`,
  'dg',
);
const LEVEL = new RegExp(
  `${N}(?<u>亿|万亿)(?<q>级)(?:[^，。,；;]{0,10}?)(?:产业链|产业集群|产业|集群)`,
  'dg',
);
// The words between the verb and the count name the firms (上下游企业, 纺织服装产业链优质企业).
const WHO = '(?:[^，。；,;：:\\d]{0,14}?企业)?';
const FIRMS = new RegExp(
  `(?:${alt(GATHER)}${WHO}|(?:规模以上|规上)(?:工业)?企业(?:达到|达)?)${N}(?<q>余|多)?家`,
  'dg',
);
const NEW_FIRMS = new RegExp(
  `${alt(ATTRACT)}${WHO}(?<at>不少于|超过|达到)?${N}(?<q>余|多)?家(?<more>以上)?`,
  'dg',
);

/** The last year the sentence names before `at` (到2025年 → 2025). */
function yearOf(doc: SourceDoc, at: number): number | undefined {
  const [s] = sentenceAt(doc.view, at);
  let year: number | undefined;
  for (const m of doc.view.slice(s, at).matchAll(/(20\d\d)\s*年(?!\s*[—–-]|\s*\d)/g))
    year = Number(m[1]);
  return year ?? paragraphYear(doc.view, at);
}

/** Whether the sentence around `at`, up to `at`, speaks of the future, or its paragraph's goal year. */
function future(doc: SourceDoc, at: number): boolean {
  const [s] = sentenceAt(doc.view, at);
  return FUTURE.test(doc.view.slice(s, at)) || paragraphYear(doc.view, at) !== undefined;
}

function metricOf(
  doc: SourceDoc,
  m: RegExpExecArray,
  id: string,
  unit: string,
  qualifier: string | undefined,
  span: [number, number] = [m.index, m.index + m[0].length],
): Metric | null {
  let value = parseNumber(m.groups?.n as string);
  if (value === null) return null;
  if (m.groups?.u?.startsWith('万亿')) value *= 10_000;
  const out: Metric = { id, value, unit, evidence: [evidence(doc, span[0], span[1])] };
  if (qualifier) out.qualifier = qualifier;
  return out;
}

/**
 * The figures in `view[from, to)`, at most one per metric id (the first the text states).
 * @example readMetrics(doc('整体规模达到20亿元，聚集10余家行业企业。力争新引进30家企业，构建50亿级产业链。'))
 *   // → scale-current 20 亿元, enterprises-current 10 (余), enterprises-new-target 30, scale-target 50 (级)
 */
export function readMetrics(
  doc: SourceDoc,
  from = 0,
  to = doc.view.length,
  problems?: Problems,
): Metric[] {
  const v = doc.view.slice(from, to);
  const found = new Map<string, Metric>();
  // A figure stated again with another value is ambiguous: the first is kept and the other reported.
  // The words of its clause before a figure (人工智能核心产业 | 规模达到100亿元).
  const words = (e: { start: number }): string => {
    let s = e.start;
    while (s > 0 && /[\u4e00-\u9fa5]/.test(doc.view[s - 1] as string)) s--;
    return doc.view.slice(s, e.start).replace(/^(?:力争|争取|全市|全省|全县|全区|其中|实现)+/, '');
  };
  const put = (m: Metric | null) => {
    if (!m) return;
    const have = found.get(m.id);
    const at = m.evidence[0] as Metric['evidence'][number];
    if (!have) found.set(m.id, m);
    // Another thing measured alike (带动相关产业规模): the figures below name it by its words.
    else if (words(at) && words(at) !== words(have.evidence[0] as typeof at)) return;
    else if (have.value !== m.value && problems) {
      problems.at(
        doc.file ?? doc.id,
        doc.text,
        at.start,
        'metric-twice',
        {
          quote: at.quote,
          metric: m.id,
          value: m.value,
          firstQuote: have.evidence[0]?.quote ?? '',
          firstValue: have.value,
        },
        'warning',
      );
    }
  };
  const shift = (m: RegExpExecArray): RegExpExecArray => {
    m.index += from;
    return m;
  };
  // A firm band's threshold (培育营业收入10亿元以上的企业3家) is the band's, not the chain's scale.
  const bands = bandSpans(doc, from, to);
  const inBand = (m: RegExpExecArray) =>
    bands.some(([s, e]) => m.index < e && s < m.index + m[0].length);
  for (const raw of v.matchAll(SCALE)) {
    const m = shift(raw);
    if (inBand(m)) continue;
    const id = future(doc, m.index) ? 'scale-target' : 'scale-current';
    const q = m.groups?.q;
    const qualifier = q === '约' || q === '近' ? q : q === '超' ? '以上' : m.groups?.v;
    put(metricOf(doc, m, id, '亿元', qualifier));
  }
  for (const raw of v.matchAll(LEVEL)) {
    const m = shift(raw);
    const [, e] = groupSpan(m, 'q', from);
    put(metricOf(doc, m, 'scale-target', '亿元', '级', [m.index, e]));
  }
  for (const raw of v.matchAll(FIRMS)) {
    const m = shift(raw);
    if (future(doc, m.index)) continue;
    put(metricOf(doc, m, 'enterprises-current', '家', m.groups?.q ? '余' : undefined));
  }
  for (const raw of v.matchAll(NEW_FIRMS)) {
    const m = shift(raw);
    const g = m.groups ?? {};
    const qualifier = g.q
      ? '余'
      : g.more
        ? '以上'
        : g.at === '不少于'
          ? '不少于'
          : g.at === '超过'
            ? '以上'
            : undefined;
    put(metricOf(doc, m, 'enterprises-new-target', '家', qualifier));
  }
  const order = ['scale-current', 'enterprises-current', 'enterprises-new-target', 'scale-target'];
  const out = order.flatMap((id) => (found.has(id) ? [found.get(id) as Metric] : []));
  // The year each figure is stated for (到2025年…).
  for (const m of out) {
    const y = yearOf(doc, (m.evidence[0] as Metric['evidence'][number]).start);
    if (y) m.year = y;
  }
  // Figures in other units, and firm bands, that none of the above read.
  const taken = (s: number, e: number) =>
    out.some((m) => m.evidence.some((ev) => s < ev.end && ev.start < e));
  for (const f of readFigures(doc, from, to)) {
    if (taken(f.evidence.start, f.evidence.end)) continue;
    let id = `${f.kind}-${f.target ? 'target' : 'current'}`;
    const have = out.find((m) => m.id === id);
    if (have && have.year !== f.year && f.year) id = `${id}-${f.year}`;
    // The same measure of another thing in its clause (核心产业规模100亿元，带动相关产业规模200亿元):
    // a metric of its own, named by its words.
    const clash = out.find((m) => m.id === id);
    if (clash && clash.value !== f.value) {
      const mine = words(f.evidence);
      const own = `${slug(`${mine}${f.evidence.quote.replace(/[\d.].*$/, '')}`, 24)}-${f.target ? 'target' : 'current'}`;
      if (
        mine &&
        mine !== words(clash.evidence[0] as { start: number }) &&
        !out.some((m) => m.id === own)
      )
        id = own;
    }
    if (out.some((m) => m.id === id)) {
      const first = out.find((m) => m.id === id) as Metric;
      if (first.value !== f.value && problems)
        problems.at(
          doc.file ?? doc.id,
          doc.text,
          f.evidence.start,
          'metric-twice',
          {
            quote: f.evidence.quote,
            metric: id,
            value: f.value,
            firstQuote: first.evidence[0]?.quote ?? '',
            firstValue: first.value,
          },
          'warning',
        );
      continue;
    }
    const m: Metric = { id, value: f.value, unit: f.unit, evidence: [f.evidence] };
    if (f.qualifier) m.qualifier = f.qualifier;
    if (f.year) m.year = f.year;
    if (f.band) m.band = f.band;
    if (f.max !== undefined) m.max = f.max;
    out.push(m);
  }
  return out;
}
