/**
 * Amounts in a measure: rates (%), sums (万元, 亿元, 元/月), terms in years, each with a kind read
 * from its clause (一次性 → one-off, 单个项目…不超过 → cap-per-project, …).
 */
import type { Amount } from '../../contract/chain-map.ts';
import { NUMBER, parseNumber } from '../text/numbers.ts';
import { evidence, type SourceDoc } from '../text/view.ts';
import {
  alt,
  EXCEED_VERBS,
  FIGURE_SUBJECTS,
  SUPPORT_WORDS,
  TARGET_VERBS,
} from '../text/vocabulary.ts';

/**
 * A sum that a measured thing is to reach (综合产值达到550亿元, 营业收入突破100亿元): a target the
 * document sets, not money it offers — unless its clause offers support (补助, 基金 …).
 */
const TARGET_BEFORE = new RegExp(
  `(?:${alt(FIGURE_SUBJECTS.map(([w]) => w))})[^，,。；;]{0,6}(?:${alt([...TARGET_VERBS, ...EXCEED_VERBS])})\\s*$`,
);
const SUPPORT = new RegExp(alt(SUPPORT_WORDS));

const AMOUNT = new RegExp(
  `(${NUMBER})\\s*(%|万元|亿元|元/(?:月|人|年|亩|平方米|吨)|年(?!度|[0-9]))`,
  'g',
);
/** A rate written before its sum: 每平方米每月10元 (read as 10 元/平方米/月), 每亩3万元. */
const PER_FIRST = new RegExp(
  // (The number without a unit of its own: in 3万元 the 万 belongs to the unit.)
  `每(平方米|亩|人|吨|月|年)(?:每(月|年))?(?:给予|补贴|补助|奖励)?([0-9０-９][0-9０-９.．]*|[零〇一二两三四五六七八九十百千]+)\\s*(万元|元)`,
  'g',
);

/**
 * Amounts in a span: percentages, sums in 万元/亿元 and terms in years, each with a kind read from
 * its clause ("一次性" → one-off, "单个项目…不超过" → cap-per-project, …).
 * @example '同一支持对象每年最高补助30万元' → [{ value: 30, unit: '万元', kind: 'cap-per-enterprise-per-year' }]
 */
export function readAmounts(doc: SourceDoc, start: number, end: number): Amount[] {
  const v = doc.view.slice(start, end);
  const out: Amount[] = [];
  const rates = [...v.matchAll(PER_FIRST)].map((m) => ({
    index: m.index,
    length: m[0].length,
    n: m[3] as string,
    unit: [m[4], m[1], m[2]].filter(Boolean).join('/'),
  }));
  const sums = [...v.matchAll(AMOUNT)].map((m) => ({
    index: m.index,
    length: m[0].length,
    n: m[1] as string,
    unit: m[2] as string,
  }));
  // A sum inside a rate (the 10元 of 每平方米每月10元) is the rate's, not an amount of its own.
  const inRate = (i: number): boolean => rates.some((r) => i >= r.index && i < r.index + r.length);
  const found = [...rates, ...sums.filter((m) => !inRate(m.index))].sort(
    (a, b) => a.index - b.index,
  );
  for (const m of found) {
    const value = parseNumber(m.n);
    const unit = m.unit;
    if (value === null) continue;
    const at = m.index;
    let cs = at;
    while (cs > 0 && !/[,。;]/.test(v[cs - 1] as string)) cs--;
    let ce = at + m.length;
    while (ce < v.length && !/[,。;]/.test(v[ce] as string)) ce++;
    const clause = v.slice(cs, ce);
    const before = v.slice(cs, at);
    if (unit === '年') {
      if (
        value >= 100 ||
        (!/(期限|有效期|不超过|最长|连续|为期|减免|免收|免征|前|后)[^，,。；;]{0,4}$/.test(
          before.slice(-10),
        ) &&
          !/^(?:免收|免征|减半|内免|租金减半)/.test(v.slice(at + m.length)) &&
          !/期限|有效期/.test(before))
      )
        continue;
    }
    const kind = kindOf(unit, clause, before);
    out.push({
      value,
      unit,
      kind,
      evidence: [evidence(doc, start + cs, start + at + m.length)],
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
  if (TARGET_BEFORE.test(before) && !SUPPORT.test(clause)) return 'target';
  const yearly = /每年|年度|年均/.test(before);
  if (/一次性/.test(clause)) return 'one-off';
  if (/单个项目|每个项目|单个项目年度/.test(before))
    return yearly ? 'cap-per-project-per-year' : 'cap-per-project';
  if (/单个企业|每家企业|每户|同一支持对象|同一企业/.test(before))
    return yearly ? 'cap-per-enterprise-per-year' : 'cap-per-enterprise';
  if (/最高|不超过|上限|最多/.test(before)) return yearly ? 'cap-per-year' : 'cap';
  return 'funding';
}
