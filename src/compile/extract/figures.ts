/**
 * Figures in any unit of the vocabulary (亿元, 家, GWh, 万千瓦, 万吨, 万平方米, %…), each with the year
 * its sentence names (到2025年) and whether it is a target (the sentence speaks of the future) or a
 * current figure; and the firm bands (培育年产值10亿元以上的企业2家). A figure is read only where a
 * measured thing or a verb of reaching stands right before it (产能35万吨, 覆盖率达到65%), so a
 * subsidy (补助30万元) or a threshold is not a figure.
 */
import type { Evidence } from '../../contract/chain-map.ts';
import { NUMBER, parseNumber } from '../text/numbers.ts';
import { evidence, groupSpan, paragraphYear, sentenceAt, type SourceDoc } from '../text/view.ts';
import { slug } from '../text/names.ts';
import {
  alt,
  COUNT_UNITS,
  COUNT_VERBS,
  EXCEED_VERBS,
  FIGURE_SUBJECTS,
  FIVE_YEAR_PLAN,
  FUTURE,
  GROW,
  planEnd,
  RISE_UNITS,
  RISE_VERBS,
  TARGET_VERBS,
  UNITS,
} from '../text/vocabulary.ts';

export interface FigureRead {
  /** `capacity`, `scale`, `installed`…, or a slug of the measured words; `-target` or `-current` follows. */
  kind: string;
  value: number;
  unit: string;
  /** The word of the text that qualifies the value: 约, 近, 余, 突破, 超过, 以上. */
  qualifier?: string;
  /** The year the sentence names (到2025年). */
  year?: number;
  target: boolean;
  /** The upper end of a range the text states (新增2-3家 → value 2, max 3). */
  max?: number;
  /** For a firm band: what the firms must reach, as written (年产值10亿元以上). */
  band?: string;
  evidence: Evidence;
}

// A number without a 万 of its own: in 300万千瓦 the 万 belongs to the unit.
const NUM = '[0-9０-９][0-9０-９.．,]*|[零〇一二两三四五六七八九十百千]+';
const N = `(?<n>${NUM})`;
/** Words of a clause that sets a condition or a cap (对…超过, 最高不超过, 首次突破): no figure. */
const CONDITION =
  /最高|不超过|不低于|补助|补贴|奖励|奖补|给予|首次|单个|每个|每家|每户|每年|对|按|凡|若|如/;
/** Words of a park, whose area the park reader takes (产业园, 园区, 产业基地, 占地). */
const PARK_WORDS =
  /(?:产业|工业|科技|创业|物流|示范|产业新)园|园区|(?:产业|生产|研发|制造)基地|占地|用地/;
/** Measured things a document states as they are now, not only as targets. */
const STANDING = new Set(['scale', 'capacity', 'output', 'area', 'installed']);
/** Measured things whose figure may follow with no verb (年累计产能35万吨). */
const STATIVE = new Set(['capacity', 'output', 'area', 'installed']);
const SUBJECTS = alt(FIGURE_SUBJECTS.map(([w]) => w));
/** A figure after a verb of reaching, or right after a measured thing. */
const FIGURE = new RegExp(
  `(?:(?<s>${SUBJECTS})(?:总量|总规模)?(?:已|将|力争|争取|预计)?|(?<verb>${alt([...TARGET_VERBS, ...EXCEED_VERBS])}|(?:${alt(RISE_VERBS)})[到至])|(?<rise>${alt(RISE_VERBS)})(?![值到至]))(?<v>${alt(EXCEED_VERBS)})?(?:${alt(TARGET_VERBS)})*(?<q>约|近|超过|超)?${N}\\s*(?<u>${alt(UNITS)})(?<more>以上|左右|余)?`,
  'dg',
);
/** A verb of rising to a level (提高到3%): a verb of reaching. */
const RISES_TO = new RegExp(`^(?:${alt(RISE_VERBS)})[到至]`);
const BAND = new RegExp(
  `${alt(GROW)}(?<band>(?:年)?(?:产值|营业收入|主营业务收入|营收|销售收入)(?:超过|超|达到)?(?<bn>${NUMBER})(?<bu>亿元|万元)(?:以上|级)?)(?:的)?(?:[\\u4e00-\\u9fa5]{0,8}?)企业${N}(?<q>余|多)?(?:家|户|个)(?<more>以上)?`,
  'dg',
);
/** A band named after the count: 形成3家百亿级企业, 培育5家超十亿元级龙头企业. */
const BAND_AFTER = new RegExp(
  `${alt(GROW)}${N}(?<q>余|多)?(?:家|户|个)(?<band>(?:超)?(?:[十百千]|\\d+)亿(?:元)?级(?:以上)?)(?:的)?(?:[\\u4e00-\\u9fa5]{0,6}?)企业`,
  'dg',
);
/**
 * A count of things (1个, 60个以上, 6家左右), or a range of them (2-3家, 三至五个); or the area of a
 * thing a goal builds (建设精品柑桔基地10000亩), its noun before it.
 */
const AREA_UNITS = ['万亩', '亩'];
const COUNT = new RegExp(
  `(?<n>${NUM})(?:\\s*[-—–~～至到]\\s*(?<max>${NUM}))?\\s*(?<u>${alt([...COUNT_UNITS, ...AREA_UNITS])})(?<more>以上|左右|余)?`,
  'dg',
);
/** A clause that sets counts: its verb first (after 力争, 全市…), or 其中. */
const COUNT_HEAD = new RegExp(
  `^(?:力争|争取|到20\\d\\d年|全市|全省|全县|全区|累计|共|再)*(?:${alt(COUNT_VERBS)})`,
);
/**
 * The thing counted after its count: 1个A类飞行服务站, 10家省内有影响力的人工智能企业; levels abridged
 * to one character each before it (2-3家国、省级科研创新平台) belong to it.
 */
const COUNTED_AFTER =
  /^(?:的)?(?<noun>(?:[\u4e00-\u9fa5]、)*[\u4e00-\u9fa5A-Za-z]{2,20}?)(?=[、，,；;。：:和及与（(]|$)/d;
const YEAR = /(?:到|至|在)?\s*(20\d\d)\s*年(?!\s*[—–-]|\s*\d)/g;
const FUTURE_RE = new RegExp(`${alt(FUTURE)}|到\\s*20\\d\\d\\s*年|20\\d\\d\\s*年(?:底|末)?前`);

const DIGITS = '一二三四五六七八九';
const planNumber = (digit: string): number => 10 + DIGITS.indexOf(digit) + 1;
/** By the end of a five-year plan: 到“十四五”末, 到十四五期末 (its last year). */
const PLAN_END = new RegExp(`(?:到|至)\\s*${FIVE_YEAR_PLAN}\\s*(?:规划)?(?:时期末|期末|末)`, 'g');
/** During a five-year plan: “十四五”期间, 十四五时期. */
const PLAN_SPAN = new RegExp(`${FIVE_YEAR_PLAN}\\s*(?:期间|时期)`, 'g');
const PLAN_ANY = new RegExp(FIVE_YEAR_PLAN, 'g');

/** The latest five-year plan `view` names: a document's horizon (its review names earlier ones). */
function latestPlan(view: string): number {
  let n = 0;
  for (const m of view.matchAll(PLAN_ANY)) n = Math.max(n, planNumber(m[1] as string));
  return n;
}

/** The last year named in the sentence before `at`, and whether that part speaks of the future. */
function when(doc: SourceDoc, at: number): { year?: number; target: boolean } {
  const [s] = sentenceAt(doc.view, at);
  const before = doc.view.slice(s, at);
  let year: number | undefined;
  for (const m of before.matchAll(YEAR)) year = Number(m[1]);
  if (!year) {
    // 到“十四五”末，…提高20%: that plan's last year, a target. “十四五”期间，…保持在900万亩左右: a
    // target of the document's own plan (the latest it names), with no year of its own.
    for (const m of before.matchAll(PLAN_END)) year = planEnd(planNumber(m[1] as string));
    if (year) return { year, target: true };
    const span = [...before.matchAll(PLAN_SPAN)].at(-1);
    if (span && planNumber(span[1] as string) === latestPlan(doc.text)) return { target: true };
  }
  // A sentence after its paragraph's 到2027年 (…。形成3家百亿级企业) is that year's goal.
  const goal = year ? undefined : paragraphYear(doc.view, at);
  if (goal) return { year: goal, target: true };
  return { ...(year ? { year } : {}), target: FUTURE_RE.test(before) };
}

/** The measured words right before a verb, back to the clause's start (覆盖率达到65% → 覆盖率). */
function measured(doc: SourceDoc, verbAt: number): { words: string; at: number } | null {
  let s = verbAt;
  while (s > 0 && verbAt - s < 12 && /[\u4e00-\u9fa5]/.test(doc.view[s - 1] as string)) s--;
  let words = doc.view.slice(s, verbAt);
  const lead = /^(?:力争|争取|全市|全省|全县|全区|其中|实现)+/.exec(words)?.[0].length ?? 0;
  s += lead;
  words = words.slice(lead).replace(/(?:已|将|力争|争取|预计|分别)+$/, '');
  return words.length >= 2 ? { words, at: s } : null;
}

/** Where the firm bands of `view[from, to)` stand: a band's threshold (年产值10亿元以上的企业) is no scale. */
export function bandSpans(doc: SourceDoc, from = 0, to = doc.view.length): [number, number][] {
  const v = doc.view.slice(from, to);
  return [...v.matchAll(BAND), ...v.matchAll(BAND_AFTER)].map((m) => [
    from + m.index,
    from + m.index + m[0].length,
  ]);
}

/**
 * The figures of `view[from, to)`, in document order.
 * @example readFigures(doc('到2025年，储能电池总产能力争达到110GWh。'))
 *   // → [{ kind: 'capacity', value: 110, unit: 'GWh', year: 2025, target: true }]
 */
export function readFigures(doc: SourceDoc, from = 0, to = doc.view.length): FigureRead[] {
  const v = doc.view.slice(from, to);
  const out: FigureRead[] = [];
  const bands: [number, number][] = [];
  for (const m of v.matchAll(BAND)) {
    const value = parseNumber(m.groups?.n as string);
    if (value === null) continue;
    const [bs, be] = groupSpan(m, 'band', from);
    const start = from + m.index;
    const end = start + m[0].length;
    bands.push([start, end]);
    const f: FigureRead = {
      kind: `enterprises-band-${slug(`${m.groups?.bn}${m.groups?.bu}`, 20)}`,
      value,
      unit: '家',
      ...when(doc, start),
      band: doc.text.slice(bs, be).replace(/\s+/g, ''),
      evidence: evidence(doc, start, end),
    };
    f.target = f.target || /培育|打造|形成|新增/.test(m[0]);
    if (m.groups?.q) f.qualifier = '余';
    else if (m.groups?.more) f.qualifier = '以上';
    out.push(f);
  }
  for (const m of v.matchAll(BAND_AFTER)) {
    const value = parseNumber(m.groups?.n as string);
    const start = from + m.index;
    const end = start + m[0].length;
    if (value === null || bands.some(([s, e]) => start < e && s < end)) continue;
    const [bs, be] = groupSpan(m, 'band', from);
    const band = doc.text.slice(bs, be).replace(/\s+/g, '');
    bands.push([start, end]);
    const f: FigureRead = {
      kind: `enterprises-band-${slug(band, 20)}`,
      value,
      unit: '家',
      ...when(doc, start),
      band,
      evidence: evidence(doc, start, end),
    };
    f.target = true;
    if (m.groups?.q) f.qualifier = '余';
    out.push(f);
  }
  for (const m of v.matchAll(FIGURE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (bands.some(([s, e]) => start < e && s < end)) continue;
    let value = parseNumber(m.groups?.n as string);
    if (value === null) continue;
    let unit = m.groups?.u as string;
    if (unit === '万亿元') {
      value *= 10_000;
      unit = '亿元';
    }
    const g = m.groups ?? {};
    // Without a measured thing of the vocabulary, the words before the verb name it; a verb
    // with no words before it (达到30%) measures nothing that can be named: no figure.
    const words = g.s ? null : measured(doc, start);
    if (!g.s && !words) continue;
    const s = words?.at ?? start;
    // 销售收入400亿元，年均增长40%: a yearly rise with no measured thing of its own is the growth of
    // the figure before it in its sentence.
    const before = out[out.length - 1];
    const growthOf =
      g.rise && words && /^(?:年均|年平均|平均|同比|每年)$/.test(words.words) && before
        ? !/[。；;\n]/.test(doc.view.slice(before.evidence.end, s)) && before.kind
        : false;
    const kind = g.s
      ? (FIGURE_SUBJECTS.find(([w]) => w === g.s)?.[1] as string)
      : growthOf
        ? `${growthOf}-growth`
        : slug(words?.words ?? '', 24) || 'figure';
    // 产能35万吨 needs no verb; 投资5000万元 (a threshold) or 总规模20亿元 (a fund) does.
    const reached = /达|超|突破|为|实现|迈|跨|跃|站|约|近|保持|控制|完成/.test(
      doc.view.slice(groupSpan(m, 0, from)[0], groupSpan(m, 'n', from)[0]),
    );
    // A list of targets under one verb goes on with no verb (实现销售收入400亿元，年均增长40%；工业增加值160亿元，
    // …；利税40亿元): a measured thing that opens a clause after ；, where its line already has a figure.
    // The clause's start (its list, verb, condition and park words are read from it).
    let cs = s;
    while (cs > 0 && !/[，,。；;：:\n]/.test(doc.view[cs - 1] as string)) cs--;
    const listed =
      g.s !== undefined &&
      /[；;]/.test(doc.view[cs - 1] ?? '') &&
      /^\s*[\u4e00-\u9fa5]{0,6}$/.test(doc.view.slice(cs, s)) &&
      out.some(
        (o) =>
          o.target && o.evidence.end < cs && !doc.view.slice(o.evidence.end, cs).includes('\n'),
      );
    // (实现销售收入400亿元: the verb before the measured thing reaches it.)
    const verbBefore = g.s !== undefined && /(?:实现|达到|完成)\s*$/.test(doc.view.slice(cs, s));
    if (
      !reached &&
      !listed &&
      !verbBefore &&
      !g.rise &&
      !RISES_TO.test(g.verb ?? '') &&
      !STATIVE.has(kind)
    )
      continue;
    // A rise is of a share (提高20%, 提升5个百分点); 增加20亿元 is no rise this reader takes.
    if (g.rise && !(RISE_UNITS as readonly string[]).includes(unit)) continue;
    // A condition or a cap (对年用电量超过1000万千瓦时的, 单个项目最高不超过200万元) is no figure;
    // nor is a park's area, which the park reader takes.
    if (CONDITION.test(doc.view.slice(cs, end)) || doc.view[end] === '的') continue;
    // A park's area is stated in its clause or the one before (布局…产业园，总规划面积320亩); three
    // clauses on (建设…示范基地，…，力争种植面积稳定在200万亩) it is a planted area, not a park.
    let ce = end;
    while (ce < doc.view.length && !/[，,。；;：:\n]/.test(doc.view[ce] as string)) ce++;
    let ps = Math.max(0, cs - 1);
    while (ps > 0 && !/[，,。；;：:\n]/.test(doc.view[ps - 1] as string)) ps--;
    const clauses = /[。；;\n]/.test(doc.view[cs - 1] ?? '')
      ? doc.view.slice(cs, ce)
      : doc.view.slice(ps, ce);
    // A plantation (茶园, 果园, 惠明茶基地2万亩) is an area, not a park.
    if (unit.endsWith('亩') && PARK_WORDS.test(clauses)) continue;
    const q =
      g.rise ?? (g.q === '超' ? '以上' : (g.q ?? g.v ?? (g.more === '左右' ? '约' : g.more)));
    const f: FigureRead = {
      kind,
      value,
      unit,
      ...when(doc, s),
      evidence: evidence(doc, s, end),
    };
    if (q) f.qualifier = q;
    // What is not a standing measure (投资, 出口, a named rate) is read only as a target.
    if (!f.target && !STANDING.has(kind)) continue;
    out.push(f);
  }
  out.push(
    ...readCounts(doc, from, to, [
      ...bands,
      ...out.map((f): [number, number] => [f.evidence.start, f.evidence.end]),
    ]),
  );
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * Counts of things a goal of a year sets, in a clause that opens with a verb of building or
 * growing (or 其中): the count before its noun (建成1个A类飞行服务站、2个以上通用机场和60个以上起降场地)
 * or after it (建成各类起降场30个，其中直升机起降点7个). Only under a year (到2027年), only as targets; not
 * where a figure, a band or a condition (对…, 每个…) stands.
 */
function readCounts(
  doc: SourceDoc,
  from: number,
  to: number,
  taken: [number, number][],
): FigureRead[] {
  const out: FigureRead[] = [];
  const v = doc.view;
  for (const m of v.slice(from, to).matchAll(COUNT)) {
    const start = from + m.index;
    let end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && s < end)) continue;
    const value = parseNumber(m.groups?.n as string);
    if (value === null) continue;
    // The clause, back to its start (a list's 、 and 和 do not end it).
    let cs = start;
    while (cs > 0 && !/[，,。；;：:\n]/.test(v[cs - 1] as string)) cs--;
    while (/\s/.test(v[cs] ?? '')) cs++;
    const clause = v.slice(cs, start);
    if (!COUNT_HEAD.test(clause) || CONDITION.test(clause.replace(/^(?:力争|争取)/, ''))) continue;
    const area = AREA_UNITS.includes(m.groups?.u as string);
    // A park's area is the park reader's.
    if (area && PARK_WORDS.test(v.slice(cs, end))) continue;
    const after = area ? null : COUNTED_AFTER.exec(v.slice(end, end + 24));
    let s = start;
    let noun: string;
    if (after?.groups?.noun && !/^\d/.test(after.groups.noun)) {
      noun = after.groups.noun;
      end += after.indices?.groups?.noun?.[1] ?? 0;
    } else {
      // The noun before the count: back to the verb, a 、 or 和 (建成各类起降场30个).
      let ns = start;
      // (Not past a year: 到2025年全市建设…基地10000亩.)
      while (
        ns > cs &&
        /[\u4e00-\u9fa5A-Za-z]/.test(v[ns - 1] as string) &&
        !/[、和及]/.test(v[ns - 1] as string) &&
        !(v[ns - 1] === '年' && /\d/.test(v[ns - 2] ?? ''))
      )
        ns--;
      const head = COUNT_HEAD.exec(v.slice(ns, start));
      if (head) ns += head[0].length;
      noun = v.slice(ns, start).replace(/^(?:各类|各种)/, '');
      s = ns;
      if (noun.length < 2) continue;
    }
    const w = when(doc, s);
    if (!w.year) continue;
    const f: FigureRead = {
      kind: slug(noun, 24) || 'count',
      value,
      unit: m.groups?.u as string,
      year: w.year,
      // (An area may be the present: 截至2023年底，…累计建设…稻渔综合种养7885亩.)
      target: area ? w.target : true,
      evidence: evidence(doc, s, end),
    };
    const more = m.groups?.more;
    if (more) f.qualifier = more === '左右' ? '约' : more;
    const max = m.groups?.max ? parseNumber(m.groups.max) : null;
    if (max !== null && max > value) f.max = max;
    out.push(f);
  }
  return out;
}
