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
// A rise (亩均产值提高20%): the figure is the rise.
for (const q of ['提高', '提升', '增长', '增加']) EN_BEFORE[q] = 'up';

/**
 * A metric as the document writes it, or in plain English.
 * zh: 20 亿元 → "20亿元"; 50 亿元 级 → "50亿级"; 10 家 余 → "10余家"; 700 亩 约 → "约700亩";
 *     1000 亿元 突破 → "突破1000亿元"; 50 家 以上 → "50家以上".
 * en: "CNY 2 bn", "CNY 5 bn class", "10+ firms", "about 700 mu", "over CNY 100 bn",
 *     "at least 50 firms".
 */
export function formatMetric(
  m: Pick<Metric, 'value' | 'unit' | 'qualifier' | 'max'>,
  lang: Lang,
): string {
  // A range the text states (新增2-3家, read for counts only): "2-3家", "2–3 firms".
  if (m.max !== undefined)
    return `${m.value}${lang === 'zh' ? '-' : '–'}${formatMetric({ ...m, value: m.max, max: undefined }, lang)}`;
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
    case '个百分点':
      return `${n(value)} percentage ${value === 1 ? 'point' : 'points'}`;
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

/**
 * What an amount is, in the measure's own words (its kind is read from its clause by the compiler,
 * src/compile/extract/amounts.ts): 贴息 1% → 贷款贴息; 单个项目…不超过500万元 → 单个项目最高.
 */
const AMOUNT_LABELS: Record<string, { zh: string; en: string }> = {
  'interest-subsidy-rate': { zh: '贷款贴息', en: 'Loan interest subsidy' },
  term: { zh: '期限', en: 'Term' },
  'cap-per-project': { zh: '单个项目最高', en: 'Cap per project' },
  'cap-per-project-per-year': { zh: '单个项目每年最高', en: 'Cap per project per year' },
  'cap-per-enterprise': { zh: '单个企业最高', en: 'Cap per firm' },
  'cap-per-enterprise-per-year': { zh: '单个企业每年最高', en: 'Cap per firm per year' },
  'cap-per-year': { zh: '每年最高', en: 'Cap per year' },
  cap: { zh: '最高', en: 'Cap' },
  'one-off': { zh: '一次性', en: 'One-off' },
  funding: { zh: '资金', en: 'Funding' },
  'subsidy-rate': { zh: '补助比例', en: 'Subsidy rate' },
  'fee-rate': { zh: '费率', en: 'Fee rate' },
  'target-change': { zh: '目标幅度', en: 'Target change' },
  target: { zh: '目标', en: 'Target' },
  rate: { zh: '比例', en: 'Rate' },
};

/** The label of an amount: from its kind, sharpened by its sentence (有效期, 担保费率, 缩短). */
export function amountLabel(a: Pick<Amount, 'kind' | 'evidence'>, lang: Lang): string {
  const quote = a.evidence?.[0]?.quote ?? '';
  if (a.kind === 'term' && /有效期/.test(quote)) return lang === 'zh' ? '有效期' : 'Valid for';
  if (a.kind === 'fee-rate' && /担保/.test(quote))
    return lang === 'zh' ? '担保费率' : 'Guarantee fee rate';
  if (a.kind === 'target-change' && /缩短/.test(quote)) return lang === 'zh' ? '缩短' : 'Cut by';
  const l = AMOUNT_LABELS[a.kind] ?? { zh: '金额', en: 'Amount' };
  return l[lang];
}

/** An amount with its label: 贷款贴息 1%; "Cap per project per year: CNY 5 m". */
export function labelledAmount(
  a: Pick<Amount, 'kind' | 'evidence' | 'value' | 'unit'>,
  lang: Lang,
): string {
  return lang === 'zh'
    ? `${amountLabel(a, lang)} ${formatAmount(a, lang)}`
    : `${amountLabel(a, lang)}: ${formatAmount(a, lang)}`;
}

/** What a headline metric counts: 现有企业 10余家 · 目标新引进 30家; 规模 20亿元 → 目标 50亿级. */
const METRIC_LABELS: Record<string, { zh: string; en: string }> = {
  'scale-current': { zh: '规模', en: 'Scale today' },
  'scale-target': { zh: '目标', en: 'Target' },
  'enterprises-current': { zh: '现有企业', en: 'Firms today' },
  'enterprises-new-target': { zh: '目标新引进', en: 'New firms targeted' },
  'park-area': { zh: '面积', en: 'Area' },
};

/** A metric with what it is: (scale-target, 50 亿元 级) → "目标 50亿级" / "Target: CNY 5 bn class". */
export function labelledMetric(
  m: Pick<Metric, 'id' | 'value' | 'unit' | 'qualifier' | 'max'>,
  lang: Lang,
): string {
  const l = METRIC_LABELS[m.id];
  if (!l) return formatMetric(m, lang);
  return lang === 'zh' ? `${l.zh} ${formatMetric(m, lang)}` : `${l.en}: ${formatMetric(m, lang)}`;
}
