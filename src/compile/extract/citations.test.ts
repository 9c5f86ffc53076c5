import { expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readCitations } from './citations.ts';

it('reads every 《title》 with the brackets as its span', () => {
  const d = doc('依据《河南省优化营商环境条例》《盐城市“黄海明珠人才计划”实施办法》执行。');
  const got = readCitations(d);
  expect(got.map((c) => c.title)).toEqual([
    '河南省优化营商环境条例',
    '盐城市“黄海明珠人才计划”实施办法',
  ]);
  expect(got[0]?.evidence.quote).toBe('《河南省优化营商环境条例》');
  expect(
    spansHold(
      d,
      got.map((c) => c.evidence),
    ),
  ).toBe(true);
});
