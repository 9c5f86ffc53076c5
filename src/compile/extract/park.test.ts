import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readPark } from './park.ts';

describe('readPark', () => {
  it.each([
    [
      '在区花园路与榆东路区域规划建设约700亩的汽车热管理产业园，充分保障重点项目发展空间，以“九通一平”标准完善基础设施。',
      {
        name: '汽车热管理产业园',
        areaMu: 700,
        qualifier: '约',
        location: '花园路与榆东路区域',
        standard: '九通一平',
      },
      '约700亩',
    ],
    [
      '规划建设盐城光伏智造产业园，占地约1500亩，实现七通一平。',
      { name: '盐城光伏智造产业园', areaMu: 1500, standard: '七通一平' },
      '约1500亩',
    ],
    [
      '布局建设规划用地面积约650亩的氢能装备产业园。',
      { name: '氢能装备产业园', areaMu: 650 },
      '约650亩',
    ],
    [
      '布局建设占地约１２００亩的零部件产业园。',
      { name: '零部件产业园', areaMu: 1200 },
      '约１２００亩',
    ],
    ['规划建设七百亩的食品产业园。', { name: '食品产业园', areaMu: 700 }, '七百亩'],
    [
      '在高新区南区布局机器人零部件产业园，总规划面积320亩，为新落地项目提供标准化厂房。',
      { name: '机器人零部件产业园', areaMu: 320, purpose: '为新落地项目提供标准化厂房' },
      '320亩',
    ],
  ])('%s', (text, park, areaQuote) => {
    const d = doc(text);
    const p = readPark(d);
    expect(p).toMatchObject(park);
    expect(p?.areaEvidence.quote).toBe(areaQuote);
    expect(spansHold(d, [p!.areaEvidence, p!.nameEvidence, ...p!.evidence])).toBe(true);
  });

  it('no park when the document plans none', () =>
    expect(readPark(doc('支持企业扩产，给予奖励。'))).toBeNull());
  // A plantation base is no park where firms build (衢州 柑桔, a real draft); a 生产基地 is one.
  it('a plantation base is no park', () =>
    expect(readPark(doc('到2025年全市建设精品柑桔基地10000亩。'))).toBeNull());
  it('a production base is a park', () =>
    expect(readPark(doc('规划建设预制菜生产基地，占地约300亩。'))?.name).toBe('预制菜生产基地'));
  it('reads what the park is for, a few clauses after it', () =>
    expect(
      readPark(
        doc(
          '规划建设白酒包材产业园，规划用地面积约460亩，实现“七通一平”，满足包材企业集中入驻需求。',
        ),
      )?.purpose,
    ).toBe('满足包材企业集中入驻需求'));
  it('reads what the park is for', () =>
    expect(
      readPark(doc('规划建设约700亩的汽车热管理产业园，充分保障现有产业链企业增资扩产。'))?.purpose,
    ).toBe('充分保障现有产业链企业增资扩产'));
});
