import { describe, expect, it } from 'vitest';
import { formatAmount, formatMetric } from './format.ts';

describe('formatMetric', () => {
  it.each([
    [{ value: 20, unit: '亿元' }, 'zh', '20亿元'],
    [{ value: 50, unit: '亿元', qualifier: '级' }, 'zh', '50亿级'],
    [{ value: 10, unit: '家', qualifier: '余' }, 'zh', '10余家'],
    [{ value: 700, unit: '亩', qualifier: '约' }, 'zh', '约700亩'],
    [{ value: 20, unit: '亿元' }, 'en', 'CNY 2 bn'],
    [{ value: 50, unit: '亿元', qualifier: '级' }, 'en', 'CNY 5 bn class'],
    [{ value: 10, unit: '家', qualifier: '余' }, 'en', '10+ firms'],
    [{ value: 700, unit: '亩', qualifier: '约' }, 'en', 'about 700 mu'],
    // The compiler's other qualifiers (extract/metrics.ts), where the documents put them.
    [{ value: 1000, unit: '亿元', qualifier: '突破' }, 'zh', '突破1000亿元'],
    [{ value: 1000, unit: '亿元', qualifier: '突破' }, 'en', 'over CNY 100 bn'],
    // A range the text states (新增2-3家).
    [{ value: 2, unit: '家', max: 3 }, 'zh', '2-3家'],
    [{ value: 2, unit: '家', max: 3 }, 'en', '2–3 firms'],
    // A rise of a share (亩均产值提高20%, 优果率提升5个百分点).
    [{ value: 20, unit: '%', qualifier: '提高' }, 'zh', '提高20%'],
    [{ value: 20, unit: '%', qualifier: '提高' }, 'en', 'up 20%'],
    [{ value: 5, unit: '个百分点', qualifier: '提升' }, 'zh', '提升5个百分点'],
    [{ value: 5, unit: '个百分点', qualifier: '提升' }, 'en', 'up 5 percentage points'],
    [{ value: 50, unit: '家', qualifier: '以上' }, 'zh', '50家以上'],
    [{ value: 50, unit: '家', qualifier: '以上' }, 'en', 'at least 50 firms'],
    [{ value: 30, unit: '家', qualifier: '不少于' }, 'zh', '不少于30家'],
    [{ value: 10, unit: '家', qualifier: '多' }, 'zh', '10多家'],
    [{ value: 100, unit: '亿元', qualifier: '近' }, 'en', 'nearly CNY 10 bn'],
  ] as const)('%o in %s → %s', (m, lang, expected) => {
    expect(formatMetric(m, lang)).toBe(expected);
  });
});

describe('formatAmount', () => {
  it.each([
    [{ value: 30, unit: '万元' }, 'zh', '30万元'],
    [{ value: 30, unit: '万元' }, 'en', 'CNY 300k'],
    [{ value: 500, unit: '万元' }, 'en', 'CNY 5 m'],
    [{ value: 30, unit: '%' }, 'en', '30%'],
    [{ value: 2, unit: '年' }, 'en', '2 years'],
    [{ value: 5000, unit: '元/月' }, 'en', 'CNY 5000 per month'],
    [{ value: 10, unit: '元/平方米/月' }, 'en', 'CNY 10 per m² per month'],
    [{ value: 3, unit: '万元/亩' }, 'en', 'CNY 30k per mu'],
  ] as const)('%o in %s → %s', (a, lang, expected) => {
    expect(formatAmount(a, lang)).toBe(expected);
  });
});
