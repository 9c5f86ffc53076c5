/**
 * What the flagship document says about its chain, read from its sentences by the genre's
 * phrasing (not from knowledge of any one document): current scale and firm count, targets, the
 * key links of chain-based investment (the gap segments), the park, key customers, when it takes
 * effect and whom it applies to.
 */
import type { Evidence, Metric } from '../../contract/chain-map.ts';
import { NUMBER, parseNumber } from '../text/numbers.ts';
import { evidence, sentenceAt, squeeze, type SourceDoc } from '../text/view.ts';

const N = `(${NUMBER})`;

export interface KeyLink {
  term: string;
  evidence: Evidence;
  /** The whole key-link phrase (瞄准…等关键环节). */
  context: Evidence;
}

export interface ParkRead {
  name: string;
  areaMu: number;
  qualifier?: string;
  location?: string;
  standard?: string;
  purpose?: string;
  evidence: Evidence[];
  areaEvidence: Evidence;
  purposeEvidence?: Evidence;
}

export interface CustomerRead {
  name: string;
  evidence: Evidence;
}

export interface FlagshipRead {
  industry: string | null;
  industryEvidence: Evidence | null;
  metrics: Metric[];
  keyLinks: KeyLink[];
  park: ParkRead | null;
  customers: CustomerRead[];
  effective: { from: string | null; years: number | null; evidence: Evidence[] };
  scope: Evidence | null;
}

/** Finds the first match of `re` in the view and returns it with its evidence span. */
function find(doc: SourceDoc, re: RegExp): RegExpExecArray | null {
  return re.exec(doc.view);
}

/** Offset of capture group `g` inside match `m` (searching after the preceding text). */
function groupStart(m: RegExpExecArray, g: number): number {
  const text = m[g] as string;
  let from = 0;
  for (let i = 1; i < g; i++) {
    const prev = m[i];
    if (prev !== undefined) {
      const at = m[0].indexOf(prev, from);
      if (at >= 0) from = at + prev.length;
    }
  }
  return m.index + m[0].indexOf(text, from);
}

/** A metric from a match: value group, optional qualifier group, evidence spanning the number phrase. */
function metric(
  doc: SourceDoc,
  m: RegExpExecArray | null,
  id: string,
  unit: string,
  valueGroup: number,
  qualifier?: string,
): Metric | null {
  if (!m) return null;
  const value = parseNumber(m[valueGroup] as string);
  if (value === null) return null;
  const out: Metric = {
    id,
    value,
    unit,
    evidence: [evidence(doc, m.index, m.index + m[0].length)],
  };
  if (qualifier) out.qualifier = qualifier;
  return out;
}

/** Reads the flagship's chain facts. */
export function readFlagship(doc: SourceDoc, title: string): FlagshipRead {
  const metrics: Metric[] = [];
  const v = doc.view;

  // Current scale: 规模达到20亿元 / 产值约15亿元 / 营业收入突破12亿元
  const scaleCur = find(
    doc,
    new RegExp(
      `(?:规模|产值|营业收入|营收)(?:已)?(?:达到|达|突破|超过|为)*(约|近|超)?${N}(亿元|万亿元|亿)`,
    ),
  );
  const sc = metric(doc, scaleCur, 'scale-current', '亿元', 2, scaleCur?.[1] ? '约' : undefined);
  if (sc && scaleCur?.[3] === '万亿元') sc.value *= 10_000;
  if (sc) metrics.push(sc);

  // Firms now: 聚集10余家 / 集聚企业12家 / 现有企业二十余家
  const firms = find(
    doc,
    new RegExp(
      `(?:聚集|集聚|拥有|现有|汇聚|入驻)(?:各类|行业|相关|上下游)?(?:企业)?${N}(余|多)?家`,
    ),
  );
  const fm = metric(doc, firms, 'enterprises-current', '家', 1, firms?.[2] ? '余' : undefined);
  if (fm) metrics.push(fm);

  // New firms: 新引进30家 / 引进上下游企业二十家 / 招引…家
  const newFirms = find(
    doc,
    new RegExp(`(?:新引进|引进|新招引|招引|新增)(?:上下游|配套|相关)?(?:企业)?${N}(余|多)?家`),
  );
  const nf = metric(
    doc,
    newFirms,
    'enterprises-new-target',
    '家',
    1,
    newFirms?.[2] ? '余' : undefined,
  );
  if (nf) metrics.push(nf);

  // Target scale: 50亿级产业链 / 产业规模突破五十亿元 (after 力争/到…年/目标)
  const target = find(
    doc,
    new RegExp(
      `${N}(亿|万亿)(级|元以上|元)?(?:的|规模的)?(?:[^，。,]{0,12}?)?(?:产业链|产业集群|产业体系)`,
    ),
  );
  let tg: Metric | null;
  if (target && target.index !== scaleCur?.index) {
    const q = target[3];
    tg = metric(
      doc,
      target,
      'scale-target',
      '亿元',
      1,
      q === '级' ? '级' : q === '元以上' ? '以上' : undefined,
    );
    const end =
      target.index + (target[1] as string).length + (target[2] as string).length + (q?.length ?? 0);
    if (tg) tg.evidence = [evidence(doc, target.index, end)];
    if (tg && target[2] === '万亿') tg.value *= 10_000;
  } else {
    const t2 = find(
      doc,
      new RegExp(
        `(?:力争|目标|到\\d{4}年)[^。]{0,30}?(?:规模|产值)(?:达到|突破|超过)?${N}(亿|万亿)元?(级|以上)?`,
      ),
    );
    tg = metric(doc, t2, 'scale-target', '亿元', 1, t2?.[3]);
    if (tg && t2?.[2] === '万亿') tg.value *= 10_000;
  }
  if (tg) metrics.push(tg);

  const keyLinks = readKeyLinks(doc);
  const park = readPark(doc);
  if (park) {
    const pm: Metric = {
      id: 'park-area',
      value: park.areaMu,
      unit: '亩',
      evidence: [park.areaEvidence],
    };
    if (park.qualifier) pm.qualifier = park.qualifier;
    metrics.push(pm);
  }

  // Industry: the words before 产业链 in the title, after the place name.
  const im = /([\u4e00-\u9fa5]{2,12}?)产业(?:链|集群)/.exec(title);
  let industry: string | null = null;
  let industryEvidence: Evidence | null = null;
  if (im) {
    industry = (im[1] as string).replace(/^.*?(?:经开区|开发区|高新区|园区|新区|[省市区县])/, '');
    const at = v.indexOf(industry);
    if (at >= 0) industryEvidence = evidence(doc, at, at + industry.length);
  }

  const customers: CustomerRead[] = [];
  const cm = /(?:重点客户|主要客户|核心客户)[(（]([^)）]{2,80})[)）]/.exec(v);
  if (cm) {
    let at = cm.index + cm[0].indexOf(cm[1] as string);
    for (const part of (cm[1] as string).split(/[、,，和及]/)) {
      const start = at + part.length - part.trimStart().length;
      const name = part.trim();
      if (name)
        customers.push({
          name: squeeze(doc.text.slice(start, start + name.length)),
          evidence: evidence(doc, start, start + name.length),
        });
      at += part.length + 1;
    }
  }

  const effective: FlagshipRead['effective'] = { from: null, years: null, evidence: [] };
  const eff = /(?:自|从)(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:施行|实施|执行)/.exec(v);
  if (eff) {
    effective.from = `${eff[1]}-${(eff[2] as string).padStart(2, '0')}-${(eff[3] as string).padStart(2, '0')}`;
    effective.evidence.push(evidence(doc, eff.index, eff.index + eff[0].length));
  }
  const dur = new RegExp(`有效期(?:为)?${N}年`).exec(v);
  if (dur) {
    effective.years = parseNumber(dur[1] as string);
    effective.evidence.push(evidence(doc, dur.index, dur.index + dur[0].length));
  }

  const sm = /本(?:措施|办法|政策|意见)适用于[^。]*。/.exec(v);
  const scope = sm ? evidence(doc, sm.index, sm.index + sm[0].length) : null;

  return { industry, industryEvidence, metrics, keyLinks, park, customers, effective, scope };
}

/**
 * The key links of chain-based investment: the list in 瞄准/聚焦/围绕/重点引进 … 等关键环节.
 * @example '瞄准压缩机、风机等关键环节开展链式招商' → ['压缩机', '风机']
 */
export function readKeyLinks(doc: SourceDoc): KeyLink[] {
  const re =
    /(?:瞄准|聚焦|围绕|重点引进|重点招引|主攻|紧盯)([^。；;：:]{2,120}?)等(?:\d+个|[一二三四五六七八九十]+个)?(?:关键|重点|核心|薄弱)?(?:环节|领域|配套环节|产品)/g;
  for (const m of doc.view.matchAll(re)) {
    const list = m[1] as string;
    const parts = list.split(/[、,，]|和|及|与/);
    if (parts.length < 2) continue;
    const out: KeyLink[] = [];
    const context = evidence(doc, m.index, m.index + m[0].length);
    let at = m.index + m[0].indexOf(list);
    for (const part of parts) {
      const start = at + (part.length - part.trimStart().length);
      const term = part.trim();
      if (term.length >= 1 && term.length <= 16)
        out.push({
          term: squeeze(doc.text.slice(start, start + term.length)),
          evidence: evidence(doc, start, start + term.length),
          context,
        });
      at += part.length + 1;
    }
    return out;
  }
  return [];
}

/** The park: 规划建设(占地)约700亩的X产业园, its location (在…区域), standard (以“…”标准) and purpose. */
export function readPark(doc: SourceDoc): ParkRead | null {
  const v = doc.view;
  const re = new RegExp(
    `(?:规划建设|规划|建设|打造)(?:占地|用地)?(?:面积)?(约|近|超过)?${N}亩(?:的|左右的)?([\\u4e00-\\u9fa5]{2,20}?(?:产业园|园区|基地|产业集聚区|专业园))`,
  );
  const m = re.exec(v);
  if (!m) return null;
  const areaMu = parseNumber(m[2] as string);
  if (areaMu === null) return null;
  const [ss, se] = sentenceAt(v, m.index);
  const nameStart = m.index + m[0].length - (m[3] as string).length;
  const numStart = groupStart(m, 2);
  const qualStart = m[1] ? numStart - (m[1] as string).length : numStart;
  const park: ParkRead = {
    name: squeeze(doc.text.slice(nameStart, nameStart + (m[3] as string).length)),
    areaMu,
    evidence: [evidence(doc, ss, se)],
    areaEvidence: evidence(doc, qualStart, numStart + (m[2] as string).length + 1),
  };
  if (m[1]) park.qualifier = '约';
  const before = v.slice(ss, m.index);
  const loc = /在(?:区|市|县)?(.{2,40}?)(?:规划|建设|$)/.exec(before);
  if (loc) park.location = squeeze(loc[1] as string);
  const std = /(?:以|按照|按|执行)[“"](.{2,12}?)[”"](?:的)?标准/.exec(v.slice(ss, se));
  if (std) park.standard = squeeze(std[1] as string);
  const after = v.slice(nameStart + (m[3] as string).length, se);
  const purpose = /^[,，]\s*([^,，]*?(?:保障|满足|承接|用于|服务)[^，。,]*)/.exec(after);
  if (purpose) {
    const ps = nameStart + (m[3] as string).length + after.indexOf(purpose[1] as string);
    park.purpose = squeeze(doc.text.slice(ps, ps + (purpose[1] as string).length));
    park.purposeEvidence = evidence(doc, ps, ps + (purpose[1] as string).length);
  }
  return park;
}
