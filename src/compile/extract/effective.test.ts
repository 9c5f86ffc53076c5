import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readEffective } from './effective.ts';

describe('readEffective: the date a document takes effect and its term', () => {
  it.each([
    [
      '本措施自2023年1月1日起施行，有效期三年。',
      '2023-01-01',
      3,
      ['自2023年1月1日起施行', '有效期三年'],
    ],
    ['本办法从2024年10月8日实施。', '2024-10-08', null, ['从2024年10月8日实施']],
    ['自2022年12月7日起执行。', '2022-12-07', null, ['自2022年12月7日起执行']],
    ['本方案有效期为5年。', null, 5, ['有效期为5年']],
    ['有效期为十年。', null, 10, ['有效期为十年']],
    ['有效期十二年。', null, 12, ['有效期十二年']],
  ])('%s', (text, from, years, quotes) => {
    const d = doc(text);
    const r = readEffective(d);
    expect(r?.from ?? null).toBe(from);
    expect(r?.years ?? null).toBe(years);
    expect(r?.evidence.map((e) => e.quote)).toEqual(quotes);
    expect(spansHold(d, r?.evidence ?? [])).toBe(true);
  });

  it.each([
    '本措施由区商务局负责解释。',
    // A date that is not one of taking effect.
    '2023年1月1日，区政府召开会议。',
  ])('nothing to read: %s', (text) => expect(readEffective(doc(text))).toBeNull());
});
