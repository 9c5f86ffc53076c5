/**
 * The park where the chain's firms would build: 规划建设(占地)约N亩的X产业园, or 规划建设X产业园，
 * 占地约N亩; its location (在…区域), standard (“九通一平”) and purpose (…保障…).
 */
import type { Evidence } from '../../contract/chain-map.ts';
import { NUMBER, parseNumber } from '../text/numbers.ts';
import { evidence, groupSpan, sentenceAt, textAt, type SourceDoc } from '../text/view.ts';

export interface ParkRead {
  name: string;
  areaMu: number;
  qualifier?: string;
  location?: string;
  standard?: string;
  purpose?: string;
  /** The sentence. */
  evidence: Evidence[];
  areaEvidence: Evidence;
  nameEvidence: Evidence;
  purposeEvidence?: Evidence;
}

// (A 基地 where firms build: 产业基地, 生产基地…; a plantation base, 精品柑桔基地10000亩, is no park.)
const PARK_NAME =
  '[\\u4e00-\\u9fa5A-Za-z0-9]{2,24}?(?:产业园|园区|(?:产业|生产|制造|研发|加工|物流|创新)基地|产业集聚区|专业园|产业社区)';
const AREA = `(?:总)?(?:占地|用地|规划用地|规划)?(?:面积)?(?:为)?(?<q>约|近|超过)?(?<n>${NUMBER})亩`;
const AREA_FIRST = new RegExp(
  `(?:规划建设|布局建设|规划布局|规划|建设|打造)${AREA}(?:的|左右的)?(?<name>${PARK_NAME})`,
  'd',
);
const NAME_FIRST = new RegExp(
  `(?:规划建设|布局建设|规划布局|布局|建设|打造)(?<name>${PARK_NAME})[，,]?[^。；;]{0,12}?${AREA}`,
  'd',
);

/** Reads the park, or null when the document plans none. */
export function readPark(doc: SourceDoc): ParkRead | null {
  const v = doc.view;
  const a = AREA_FIRST.exec(v);
  const b = NAME_FIRST.exec(v);
  const m = a && b ? (a.index <= b.index ? a : b) : (a ?? b);
  if (!m) return null;
  const areaMu = parseNumber(m.groups?.n as string);
  if (areaMu === null) return null;
  const [ss, se] = sentenceAt(v, m.index);
  const [ns, ne] = groupSpan(m, 'name');
  const [as] = m.groups?.q ? groupSpan(m, 'q') : groupSpan(m, 'n');
  const [, ae] = groupSpan(m, 'n');
  const park: ParkRead = {
    name: textAt(doc, ns, ne),
    areaMu,
    evidence: [evidence(doc, ss, se)],
    areaEvidence: evidence(doc, as, ae + 1),
    nameEvidence: evidence(doc, ns, ne),
  };
  if (m.groups?.q) park.qualifier = m.groups.q === '约' ? '约' : m.groups.q;
  const loc = /在(?:区|市|县)?(.{2,40}?)(?:规划|布局|建设|$)/.exec(v.slice(ss, m.index));
  if (loc) park.location = (loc[1] as string).replace(/\s+/g, '');
  const std = /(?:以|按照|按|执行|实现)?[“"]?([一二三四五六七八九十]通一平)[”"]?/.exec(
    v.slice(ss, se),
  );
  if (std) park.standard = std[1] as string;
  const tail = Math.max(ne, ae + 1);
  // The first clause after the park that says what it is for (保障/满足/承接/用于/服务/提供…).
  const purpose =
    /^(?:[^，,。]*[,，])+?\s*(?<p>[^,，。]*?(?:保障|满足|承接|用于|服务|提供)[^，。,]*)/d.exec(
      v.slice(tail, se),
    );
  if (purpose) {
    const [ps, pe] = groupSpan(purpose, 'p', tail);
    park.purpose = textAt(doc, ps, pe);
    park.purposeEvidence = evidence(doc, ps, pe);
  }
  return park;
}
