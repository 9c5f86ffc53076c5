/**
 * The numbered measures of a measures document, under their headings (一、…), each with its
 * responsible departments (责任部门), cited policies (《…》) and amounts (rates, caps, terms).
 */
import type { Amount, Evidence } from '../../contract/chain-map.ts';
import { NUMBER, parseNumber } from '../text/numbers.ts';
import { evidence, linesOf, squeeze, type SourceDoc } from '../text/view.ts';

export interface MeasureRead {
  number: number;
  heading: string | null;
  headingEvidence: Evidence | null;
  /** Short name: the first clause. */
  name: string;
  start: number;
  end: number;
  evidence: Evidence;
  departments: { name: string; evidence: Evidence }[];
  policies: { title: string; evidence: Evidence }[];
  amounts: Amount[];
}

const HEADING = /^\s*([一二三四五六七八九十]+)\s*[、.]\s*(\S.*?)\s*$/;
const ITEM = /^\s*(?:(\d+)\s*[.、]|[(（](\d+)[)）]|第([一二三四五六七八九十]+)条)\s*/;
const CLOSING = /^\s*(?:本(?:措施|办法|意见|政策|方案|通知)|附件)/;

/** Splits the document into numbered measures. */
export function readMeasures(doc: SourceDoc): MeasureRead[] {
  const lines = linesOf(doc.view);
  const out: MeasureRead[] = [];
  type Heading = { text: string; ev: Evidence } | null;
  let heading: Heading = null;
  let current: { number: number; start: number; end: number; heading: Heading } | null = null;
  const close = () => {
    if (current) out.push(build(doc, current.number, current.start, current.end, current.heading));
    current = null;
  };
  for (const { start, text } of lines) {
    const h = HEADING.exec(text);
    const it = ITEM.exec(text);
    if (h && !it) {
      close();
      const s = start + text.indexOf(h[2] as string);
      heading = {
        text: squeeze(doc.text.slice(s, s + (h[2] as string).length)),
        ev: evidence(doc, s, s + (h[2] as string).length),
      };
      continue;
    }
    if (it) {
      const n = parseNumber((it[1] ?? it[2] ?? it[3]) as string);
      if (n !== null) {
        close();
        current = { number: n, start: start + it[0].length, end: start + text.length, heading };
        continue;
      }
    }
    if (CLOSING.test(text) || (text.trim() === '' && current)) {
      close();
      continue;
    }
    if (current) (current as { end: number }).end = start + text.length;
  }
  close();
  return out;
}

function build(
  doc: SourceDoc,
  number: number,
  start: number,
  end: number,
  heading: { text: string; ev: Evidence } | null,
): MeasureRead {
  const v = doc.view.slice(start, end);
  const firstClause = /^[^，。,;；]+/.exec(v.trimStart())?.[0] ?? v;
  const nameStart = start + v.indexOf(firstClause);
  const name = squeeze(doc.text.slice(nameStart, nameStart + firstClause.length));
  const departments: MeasureRead['departments'] = [];
  for (const m of v.matchAll(/[(（]\s*责任(?:部门|单位)\s*[:：]\s*([^)）]+)[)）]/g)) {
    let at = start + (m.index as number) + m[0].indexOf(m[1] as string);
    for (const part of (m[1] as string).split(/[、,，]/)) {
      const s = at + (part.length - part.trimStart().length);
      const t = part.trim();
      if (t)
        departments.push({
          name: squeeze(doc.text.slice(s, s + t.length)),
          evidence: evidence(doc, s, s + t.length),
        });
      at += part.length + 1;
    }
  }
  const policies: MeasureRead['policies'] = [];
  for (const m of v.matchAll(/《([^《》\n]{2,120})》/g)) {
    const s = start + (m.index as number);
    policies.push({
      title: squeeze(doc.text.slice(s + 1, s + m[0].length - 1)),
      evidence: evidence(doc, s, s + m[0].length),
    });
  }
  return {
    number,
    heading: heading?.text ?? null,
    headingEvidence: heading?.ev ?? null,
    name: name.length > 28 ? `${name.slice(0, 27)}…` : name,
    start,
    end,
    evidence: evidence(doc, start, end),
    departments,
    policies,
    amounts: readAmounts(doc, start, end),
  };
}

const AMOUNT = new RegExp(`(${NUMBER})\\s*(%|万元|亿元|年(?!度|[0-9]))`, 'g');

/**
 * Amounts in a span: percentages, sums in 万元/亿元 and terms in years, each with a kind read from
 * its clause ("一次性" → one-off, "单个项目…不超过" → cap-per-project, …).
 * @example '同一支持对象每年最高补助30万元' → [{ value: 30, unit: '万元', kind: 'cap-per-enterprise-per-year' }]
 */
export function readAmounts(doc: SourceDoc, start: number, end: number): Amount[] {
  const v = doc.view.slice(start, end);
  const out: Amount[] = [];
  for (const m of v.matchAll(AMOUNT)) {
    const value = parseNumber(m[1] as string);
    const unit = m[2] as string;
    if (value === null) continue;
    const at = m.index as number;
    let cs = at;
    while (cs > 0 && !/[,。;]/.test(v[cs - 1] as string)) cs--;
    let ce = at + m[0].length;
    while (ce < v.length && !/[,。;]/.test(v[ce] as string)) ce++;
    const clause = v.slice(cs, ce);
    const before = v.slice(cs, at);
    if (unit === '年') {
      if (
        value >= 100 ||
        (!/(期限|有效期|不超过|最长|连续|为期)\s*$/.test(before.slice(-8)) &&
          !/期限|有效期/.test(before))
      )
        continue;
    }
    const kind = kindOf(unit, clause, before);
    out.push({
      value,
      unit,
      kind,
      evidence: [evidence(doc, start + cs, start + at + m[0].length)],
    });
  }
  return out;
}

function kindOf(unit: string, clause: string, before: string): string {
  if (unit === '年') return 'term';
  if (unit === '%') {
    if (/费率/.test(clause)) return 'fee-rate';
    if (/贴息|利息|本金/.test(clause)) return 'interest-subsidy-rate';
    if (/缩短|降低|减少|提高|提升|增长/.test(clause)) return 'target-change';
    if (/补助|奖补|补贴|奖励|资助/.test(clause)) return 'subsidy-rate';
    return 'rate';
  }
  const yearly = /每年|年度|年均/.test(before);
  if (/一次性/.test(clause)) return 'one-off';
  if (/单个项目|每个项目|单个项目年度/.test(before))
    return yearly ? 'cap-per-project-per-year' : 'cap-per-project';
  if (/单个企业|每家企业|每户|同一支持对象|同一企业/.test(before))
    return yearly ? 'cap-per-enterprise-per-year' : 'cap-per-enterprise';
  if (/最高|不超过|上限|最多/.test(before)) return yearly ? 'cap-per-year' : 'cap';
  return 'funding';
}
