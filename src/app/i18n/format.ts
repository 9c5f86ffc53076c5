/** Number formatting for metrics and amounts, in the document's own style in Chinese. */
import type { Amount, Metric } from '../../contract/chain-map.ts';
import type { Lang } from './strings.ts';

/**
 * Where a qualifier goes in Chinese, as the documents write it: between the number and the unit
 * (10余家), after the unit (50家以上), or before the number (突破1000亿元, 不少于30家, 约700亩);
 * and what it says in English.
 */
const BETWEEN = new Set(['余', '多']);
const AFTER = new Set(['以上', '左右']);
const EN_BEFORE: Record<string, string> = {
  约: 'about',
  左右: 'about',
  近: 'nearly',
  突破: 'over',
  超过: 'over',
  以上: 'at least',
  不少于: 'at least',
};

/**
 * A metric as the document writes it, or in plain English.
 * zh: 20 亿元 → "20亿元"; 50 亿元 级 → "50亿级"; 10 家 余 → "10余家"; 700 亩 约 → "约700亩";
 *     1000 亿元 突破 → "突破1000亿元"; 50 家 以上 → "50家以上".
 * en: "CNY 2 bn", "CNY 5 bn class", "10+ firms", "about 700 mu", "over CNY 100 bn",
 *     "at least 50 firms".
 */
export function formatMetric(m: Pick<Metric, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const q = m.qualifier ?? '';
  if (lang === 'zh') {
    if (q === '级') return `${m.value}${m.unit.replace(/元$/, '')}级`;
    if (BETWEEN.has(q)) return `${m.value}${q}${m.unit}`;
    if (AFTER.has(q)) return `${m.value}${m.unit}${q}`;
    return `${q}${m.value}${m.unit}`;
  }
  const base = formatUnitEn(m.value, m.unit);
  if (BETWEEN.has(q)) return base.replace(/^(\S+)/, '$1+');
  if (q === '级') return `${base} class`;
  const before = EN_BEFORE[q];
  return before ? `${before} ${base}` : base;
}

/** The "per" units of a rate, in English. */
const PER_EN: Record<string, string> = {
  月: 'month',
  年: 'year',
  人: 'person',
  亩: 'mu',
  平方米: 'm²',
  吨: 'tonne',
};

/** A value with a Chinese unit in English: (20, "亿元") → "CNY 2 bn"; (300, "万元") → "CNY 3 m". */
export function formatUnitEn(value: number, unit: string): string {
  const n = (x: number): string => String(Math.round(x * 100) / 100);
  switch (unit) {
    case '亿元':
      return `CNY ${n(value / 10)} bn`;
    case '万元':
      return value >= 100 ? `CNY ${n(value / 100)} m` : `CNY ${n(value * 10)}k`;
    case '元':
      return `CNY ${n(value)}`;
    case '家':
      return `${n(value)} firms`;
    case '亩':
      return `${n(value)} mu`;
    case '年':
      return `${n(value)} ${value === 1 ? 'year' : 'years'}`;
    case '%':
      return `${n(value)}%`;
    default:
      {
        // A rate: 元/月, 万元/亩, 元/平方米/月 → "CNY 10 per m² per month".
        const rate = /^(万元|元)\/(.+)$/.exec(unit);
        if (rate) {
          const per = (rate[2] as string)
            .split('/')
            .map((u) => PER_EN[u] ?? u)
            .join(' per ');
          return `${formatUnitEn(value, rate[1] as string)} per ${per}`;
        }
        return `${n(value)} ${unit}`;
      }
      return `${n(value)} ${unit}`;
  }
}

/** An amount of a measure: zh (30, "万元") → "30万元"; en → "CNY 300k". */
export function formatAmount(a: Pick<Amount, 'value' | 'unit'>, lang: Lang): string {
  return lang === 'zh' ? `${a.value}${a.unit}` : formatUnitEn(a.value, a.unit);
}
