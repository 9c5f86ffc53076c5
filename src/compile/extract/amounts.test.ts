import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readAmounts } from './amounts.ts';

// Phrasing in → amounts (value unit: kind) and their spans out.
describe('readAmounts', () => {
  it.each([
    ['给予高新技术企业30%的补助', ['30%:subsidy-rate']],
    ['同一支持对象每年最高补助30万元', ['30万元:cap-per-enterprise-per-year']],
    ['新获批的国家级创新平台给予一次性500万元支持', ['500万元:one-off']],
    ['单个项目奖补不超过60万元', ['60万元:cap-per-project']],
    ['按照贷款本金的1%给予贴息，贴息期限不超过2年', ['1%:interest-subsidy-rate', '2年:term']],
    ['给予5000元/月的生活补贴，连续补贴2年', ['5000元/月:funding', '2年:term']],
    ['给予800元/月的岗位补贴，最长补贴1年', ['800元/月:funding', '1年:term']],
    ['推动项目落地周期缩短50%', ['50%:target-change']],
    ['设立规模10亿元的产业基金', ['10亿元:funding']],
    // A rate written before its sum: the sum is the rate's, read once.
    ['前两年按每平方米每月10元给予租金补贴', ['2年:term', '10元/平方米/月:funding']],
    ['每亩补助3万元，最高不超过300万元', ['3万元/亩:funding', '300万元:cap']],
    ['于2026年启动', []], // a year is no amount
    // A sum a measured thing is to reach is a target, not money on offer.
    ['力争中药材种植面积稳定在200万亩以上,综合产值达到550亿元', ['550亿元:target']],
    ['到2027年，营业收入突破100亿元', ['100亿元:target']],
    ['规模为10亿元的产业基金', ['10亿元:funding']],
  ])('%s', (text, want) => {
    const d = doc(text);
    const got = readAmounts(d, 0, text.length);
    expect(got.map((a) => `${a.value}${a.unit}:${a.kind}`)).toEqual(want);
    expect(
      spansHold(
        d,
        got.flatMap((a) => a.evidence),
      ),
    ).toBe(true);
  });

  it('a clause that offers support has no target in it (产值达到1亿元的企业给予奖励)', () => {
    const text = '对产值达到1亿元的企业给予奖励50万元';
    expect(readAmounts(doc(text), 0, text.length).map((a) => a.kind)).not.toContain('target');
  });
});
