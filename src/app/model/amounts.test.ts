import { describe, expect, it } from 'vitest';
import type { Amount } from '../../contract/chain-map.ts';
import { keyAmounts } from './amounts.ts';

const a = (value: number, unit: string): Amount => ({
  value,
  unit,
  kind: 'k',
  evidence: [{ source: 's', start: 0, end: 1, quote: `${value}${unit}` }],
});

describe('keyAmounts', () => {
  it.each([
    // Measure 10 of the thermal chain: rates and a term after the money, larger sums first.
    [
      [a(1, '%'), a(2, '年'), a(500, '万元'), a(1000, '万元'), a(1, '%')],
      3,
      ['1000万元', '500万元', '1%'],
    ],
    // 亿元 outweighs 万元; a value and unit named twice shows once.
    [[a(500, '万元'), a(2, '亿元'), a(500, '万元')], 3, ['2亿元', '500万元']],
    // No money: the document's order.
    [[a(50, '%'), a(3, '年')], 3, ['50%', '3年']],
    [[a(30, '万元'), a(50, '万元'), a(500, '万元'), a(1000, '万元')], 2, ['1000万元', '500万元']],
    [[], 3, []],
  ])('%#', (amounts, max, expected) => {
    expect(keyAmounts({ amounts }, max).map((x) => `${x.value}${x.unit}`)).toEqual(expected);
  });
  it('a measure without amounts has none', () => expect(keyAmounts({})).toEqual([]));
});
