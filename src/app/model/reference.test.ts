import { describe, expect, it } from 'vitest';
import { strings } from '../i18n/strings.ts';
import { amountLabel, labelledAmount, labelledMetric } from '../i18n/format.ts';
import { referenceLabel, sourceMeta } from './reference.ts';

describe('references and sources as a reader sees them', () => {
  it('a reference: kind and title, else the host; never the raw URL', () => {
    const t = strings('en');
    expect(
      referenceLabel({ url: 'https://www.catl.com/en/', title: 'CATL', kind: 'company' }, t),
    ).toBe('Company site · CATL');
    expect(referenceLabel({ url: 'https://www.bydglobal.com/x/y' }, t)).toBe('bydglobal.com');
  });
  it('the viewer header says the issuer once when it names the place', () => {
    const t = strings('zh');
    expect(
      sourceMeta(
        { issuer: '新乡经济技术开发区', region: '新乡经济技术开发区', date: '2026-01-01' },
        t,
      ),
    ).toBe('发布：新乡经济技术开发区 · 日期：2026-01-01');
    expect(sourceMeta({ issuer: '河南省人民政府办公厅', region: '河南省', date: null }, t)).toBe(
      '发布：河南省人民政府办公厅',
    );
  });
});

describe('labels of amounts and metrics', () => {
  const ev = (quote: string) => [{ source: 's', start: 0, end: 1, quote }];
  it('from the kind and the sentence', () => {
    expect(
      labelledAmount(
        { value: 1, unit: '%', kind: 'interest-subsidy-rate', evidence: ev('按照贷款本金的1%') },
        'zh',
      ),
    ).toBe('贷款贴息 1%');
    expect(amountLabel({ kind: 'term', evidence: ev('有效期3年') }, 'zh')).toBe('有效期');
    expect(
      labelledAmount(
        { value: 500, unit: '万元', kind: 'cap-per-project-per-year', evidence: ev('') },
        'en',
      ),
    ).toBe('Cap per project per year: CNY 5 m');
    expect(labelledMetric({ id: 'enterprises-new-target', value: 30, unit: '家' }, 'zh')).toBe(
      '目标新引进 30家',
    );
  });
});
