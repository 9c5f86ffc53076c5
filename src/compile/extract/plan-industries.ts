/**
 * A plan's industries, paragraph by paragraph: `化工产业。…聚焦…等领域,积极对接…等机构,大力引进…
 * 等行业龙头企业。` — the focus areas (招什么), the firms to attract (招谁), the institutions and
 * firms to engage (对接谁) and the places it rests on (依托…, 落在哪). The body text and the 专栏
 * box often speak of one industry twice (轻纺产业 / 轻纺工业): they share one key.
 */
import type { Evidence } from '../../contract/chain-map.ts';
import type { Problems } from '../problems.ts';
import { splitList, type Item } from '../text/lists.ts';
import { placeAt } from '../text/places.ts';
import { evidence, groupSpan, paragraphs, textAt, type SourceDoc } from '../text/view.ts';
import { readMetrics } from './metrics.ts';
import type { Metric } from '../../contract/chain-map.ts';

export interface Named {
  name: string;
  evidence: Evidence;
}
export interface Party extends Named {
  kind: 'enterprise' | 'institution';
}
export interface IndustryRead {
  /** The name as this paragraph writes it. */
  name: string;
  key: string;
  evidence: Evidence;
  /** The whole paragraph. */
  paragraph: Evidence;
  focus: Named[];
  targets: Party[];
  engages: Party[];
  hosts: Named[];
  metrics: Metric[];
}

/** Names that start like an action (绘制…, 强化…) are headings of tasks, not industries. */
const ACTION =
  /^(?:加强|强化|推进|推动|完善|提升|绘制|全面|实施|建立|健全|加快|优化|深化|创新|坚持|积极|大力|开展|落实|构建|打造|培育|扩大|突出|引导|鼓励|支持|发挥|探索|利用|围绕|聚焦|依托|提高|做强|做大|设立|成立|组织|举办|参加|编制|制定|发展|面临|综合|主要|总体|基本|规划|主动|保障|深入|着力|持续|统筹|用好|抢抓|把握|坚定)/;
const NAME = /^\s*(?<name>[\u4e00-\u9fa5A-Za-z0-9]{2,14}?)[。]/d;

/**
 * The comparison key of an industry name: 轻纺工业 ~ 轻纺产业 ~ 轻纺, 装备制造业 ~ 装备制造.
 * @example industryKey('装备制造业') // → '装备制造'
 */
export function industryKey(name: string): string {
  const n = name.replace(/\s+/g, '');
  if (/加工业$/.test(n)) return n.slice(0, -1);
  return n.replace(/(?:产业|工业|行业)$/, '').replace(/(?<=.{2})业$/, '');
}

const QUAL = '(?:重点|优势|特色|高端|关键|核心|重大|细分|新兴|主导)?';
const FOCUS = new RegExp(
  `(?:聚焦|围绕)(?<list>[^。；;，,]{1,160}?)(?:等)?${QUAL}(?:领域|环节|方向|产业(?![园链集基]))`,
  'dg',
);
const FOCUS_MORE = new RegExp(
  `^[,，](?<list>[^。；;，,]{1,80}?)等${QUAL}(?:领域|环节|方向|产业)`,
  'd',
);
const ENGAGE =
  /(?:积极对接引进|积极对接|对接引进|对接|加强与|积极与)(?<list>[^。；;，,]{2,300}?)等(?<tail>[^，,。；;、]{0,12}?)(?:机构|企业|院所|高校|单位|公司)/dg;
const TARGET =
  /(?:大力引进|积极引进|争取引进|重点引进|招引|瞄准|(?<!对接)引进)(?<list>[^。；;，,]{2,300}?)等(?<tail>[^，,。；;、]{0,12}?)(?:企业|公司)/dg;
const ORGANISATION = /(?:院|所|中心|平台|大学|学院|集团|公司|企业|资源|优势|需求|基础|协会)$/;
const HOSTS = /依托(?<clause>[^。；;]{2,200})/dg;
const INSTITUTION =
  /(?:大学|学院|研究院|研究所|科学院|研究中心|实验室|工程中心|技术中心|研发中心|创新中心|示范中心|设计中心|联盟|协会|学会|院|所)$/;

function named(doc: SourceDoc, it: Item): Named {
  return { name: textAt(doc, it.start, it.end), evidence: evidence(doc, it.start, it.end) };
}

/** Items of a firm or institution list, each classed by its name (or the list's tail word). */
function parties(doc: SourceDoc, m: RegExpExecArray, fallback: Party['kind']): Party[] {
  const [s, e] = groupSpan(m, 'list');
  const tail = m.groups?.tail ?? '';
  // 引进…等领域的龙头企业: the list names fields, not firms.
  if (/领域|方面|环节|产品|行业的/.test(tail)) return [];
  return splitList(doc.view, s, e)
    .filter((it) => !/^(?:一批|一些|更多|各类|国内外)/.test(it.text) && it.text.length <= 30)
    .map((it) => {
      const bare = it.text.replace(/[(（].*$/, '');
      const kind: Party['kind'] = INSTITUTION.test(bare)
        ? 'institution'
        : /机构|院所|高校/.test(`${tail}${m[0].slice(-4)}`)
          ? 'institution'
          : fallback;
      return { ...named(doc, it), kind };
    });
}

/** The places of one 依托 clause: `依托A区、B县和C经开区…等区域` → A区, B县, C经开区. */
function hostPlaces(doc: SourceDoc, m: RegExpExecArray): Named[] {
  const [cs] = groupSpan(m, 'clause');
  const clause = m.groups?.clause as string;
  const area = /等[^,，。]{0,10}?(?:区域|园区|载体|板块|基地|地区|平台|区)/.exec(clause);
  const comma = /[,，]/.exec(clause);
  const end = cs + (area ? area.index : comma ? comma.index : clause.length);
  const out: Named[] = [];
  for (const it of splitList(doc.view, cs, end)) {
    // A place at the start of the item, or after 和/以及/及 inside it; the list ends at the
    // first item that names none.
    const starts = [0, ...[...it.text.matchAll(/以及|和|及/g)].map((x) => x.index + x[0].length)];
    const before = out.length;
    for (const at of starts) {
      const rest = it.text.slice(at).split(/以及|和|及/)[0] as string;
      const p = placeAt(rest);
      // 河南省生物医药产业研究院 is an institution, not the province.
      if (!p || ORGANISATION.test(rest.slice(p.length))) continue;
      out.push(named(doc, { text: p, start: it.start + at, end: it.start + at + p.length }));
    }
    if (out.length === before) break;
  }
  return out;
}

/**
 * The industry paragraphs of a plan, in document order (the same industry may come twice).
 * @example '化工产业。聚焦化工新材料等领域,积极对接清华大学等机构,大力引进万华化学、宝丰能源等行业龙头企业。'
 *   // → [{ name: '化工产业', focus: ['化工新材料'], engages: ['清华大学'], targets: ['万华化学', '宝丰能源'] }]
 */
export function readIndustries(doc: SourceDoc, problems?: Problems): IndustryRead[] {
  const out: IndustryRead[] = [];
  for (const p of paragraphs(doc.view)) {
    const nm = NAME.exec(p.text);
    if (!nm) continue;
    const name = nm.groups?.name as string;
    if (ACTION.test(name) || placeAt(name) === name || /主要承接|重点承接/.test(p.text)) continue;
    const [ns, ne] = groupSpan(nm, 'name', p.start);
    const bodyStart = p.start + nm[0].length;
    const body = doc.view.slice(bodyStart, p.end);
    const shift = (m: RegExpExecArray) => {
      m.index += bodyStart;
      // Named groups share their arrays with the numbered ones: shift each array once.
      const all = new Set([...(m.indices ?? []), ...Object.values(m.indices?.groups ?? {})]);
      for (const ix of all) {
        if (!ix) continue;
        ix[0] += bodyStart;
        ix[1] += bodyStart;
      }
      return m;
    };
    const focus: Named[] = [];
    for (const raw of body.matchAll(FOCUS)) {
      const m = shift(raw);
      const [s, e] = groupSpan(m, 'list');
      focus.push(...splitList(doc.view, s, e).map((it) => named(doc, it)));
      // 聚焦A、B等优势产业,C、D等特色产业 …: the lists that follow the first.
      let at = m.index + m[0].length;
      for (;;) {
        const more = FOCUS_MORE.exec(doc.view.slice(at, p.end));
        if (!more) break;
        const [ms, me] = groupSpan(more, 'list', at);
        focus.push(...splitList(doc.view, ms, me).map((it) => named(doc, it)));
        at += more[0].length;
      }
    }
    const engages: Party[] = [];
    const taken: [number, number][] = [];
    for (const raw of body.matchAll(ENGAGE)) {
      const m = shift(raw);
      taken.push([m.index, m.index + m[0].length]);
      engages.push(...parties(doc, m, 'enterprise'));
    }
    const targets: Party[] = [];
    for (const raw of body.matchAll(TARGET)) {
      const m = shift(raw);
      if (taken.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
      targets.push(...parties(doc, m, 'enterprise'));
    }
    const hosts: Named[] = [];
    for (const raw of body.matchAll(HOSTS)) hosts.push(...hostPlaces(doc, shift(raw)));
    if (focus.length + targets.length + engages.length + hosts.length === 0) continue;
    for (const f of focus)
      if (f.name.length > 24)
        problems?.at(
          doc.file,
          doc.text,
          f.evidence.start,
          'focus-too-long',
          { item: f.name.slice(0, 20), industry: name },
          'warning',
        );
    out.push({
      name: textAt(doc, ns, ne),
      key: industryKey(textAt(doc, ns, ne)),
      evidence: evidence(doc, ns, ne),
      paragraph: evidence(doc, p.start, p.end),
      focus,
      targets,
      engages,
      hosts,
      metrics: readMetrics(doc, bodyStart, p.end).filter((x) => x.id === 'scale-target'),
    });
  }
  return out;
}
