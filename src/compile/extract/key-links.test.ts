import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { Problems } from '../problems.ts';
import { readKeyLinks } from './key-links.ts';

describe('readKeyLinks', () => {
  it.each([
    ['瞄准压缩机、风机、壳体等关键环节开展链式招商', ['压缩机', '风机', '壳体']],
    // A province's 行动计划 (written 2026-12-06): 锚定 opens the list.
    [
      '锚定储能变流器、电池管理系统、液冷温控等薄弱环节，编制招商图谱',
      ['储能变流器', '电池管理系统', '液冷温控'],
    ],
    ['聚焦电堆、膜电极，双极板等核心环节', ['电堆', '膜电极', '双极板']],
    ['围绕正极材料、隔膜等薄弱环节补链', ['正极材料', '隔膜']],
    ['重点围绕逆变器、支架、储能系统等关键环节', ['逆变器', '支架', '储能系统']],
    ['着力补齐精密轴承、谐波柔轮、编码器等短板环节', ['精密轴承', '谐波柔轮', '编码器']],
    ['补强电机、电控等薄弱环节', ['电机', '电控']],
    // A heading (二、补齐产业链短板) is no list: the list is on one line, in the item below it.
    ['二、补齐产业链短板\n①聚焦海鲜调理食品、冷链物流等关键环节', ['海鲜调理食品', '冷链物流']],
    ['紧盯产业链关键环节开展定向股权投资', []], // no list
    // A county's 白酒 action plan (written 2026-12-07): the firms it wants (招引…等配套企业) are
    // its gaps; the links it develops with no qualifier (…等环节) are its segments, no gaps.
    [
      '重点发展制曲、基酒等环节，招引玻璃酒瓶、纸箱礼盒与标签等配套企业',
      ['玻璃酒瓶', '纸箱礼盒与标签'],
    ],
    // Both lists of the first list's sentence; none of a later sentence.
    [
      '瞄准制曲、基酒等关键环节，招引玻璃酒瓶、礼盒等配套企业。对招引标签、瓶盖等配套企业的给予奖励',
      ['制曲', '基酒', '玻璃酒瓶', '礼盒'],
    ],
    ['引进压缩机、风机等上下游配套企业', ['压缩机', '风机']],
    ['新增3家企业，招引玻璃酒瓶、礼盒等配套企业', ['玻璃酒瓶', '礼盒']], // not from 新增
    ['招引一批配套企业', []], // no list
    ['瞄准压缩机等关键环节', []], // one item is no list of links
  ])('%s', (text, terms) => {
    const d = doc(text);
    const links = readKeyLinks(d);
    expect(links.map((k) => k.term)).toEqual(terms);
    expect(
      spansHold(
        d,
        links.map((k) => k.evidence),
      ),
    ).toBe(true);
    expect(links.every((k) => /环节$|企业$/.test(k.context.quote))).toBe(true);
  });

  it('an item too long to be a link name is left out and reported', () => {
    const d = doc('瞄准压缩机、面向新能源整车的一体化热管理系统集成方案设计与验证服务等关键环节');
    const problems = new Problems();
    expect(readKeyLinks(d, problems).map((k) => k.term)).toEqual(['压缩机']);
    expect(problems.warnings[0]?.message).toMatch(/too long to be a link name/);
  });
});
