import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { industryKey, readIndustries } from './plan-industries.ts';

const one = (text: string) => {
  const d = doc(text);
  const [ind] = readIndustries(d);
  return { d, ind };
};

describe('readIndustries: one paragraph, its lists', () => {
  it('化工产业。聚焦…积极对接…大力引进…', () => {
    const { d, ind } = one(
      '化工产业。聚焦化工新材料、功能性薄膜等领域,积极对接中国化工科学研究院、国家涂料工程技术研究中心等机构,大力引进万华化学、宝丰能源等行业龙头企业。',
    );
    expect(ind?.name).toBe('化工产业');
    expect(ind?.focus.map((f) => f.name)).toEqual(['化工新材料', '功能性薄膜']);
    expect(ind?.engages.map((f) => [f.name, f.kind])).toEqual([
      ['中国化工科学研究院', 'institution'],
      ['国家涂料工程技术研究中心', 'institution'],
    ]);
    expect(ind?.targets.map((f) => [f.name, f.kind])).toEqual([
      ['万华化学', 'enterprise'],
      ['宝丰能源', 'enterprise'],
    ]);
    expect(
      spansHold(d, [
        ind!.evidence,
        ...ind!.focus.map((f) => f.evidence),
        ...ind!.targets.map((f) => f.evidence),
      ]),
    ).toBe(true);
  });

  it.each([
    ['依托新乡县、延津县、经开区等区域,吸引…', ['新乡县', '延津县', '经开区']],
    [
      '依托新乡高新区创新创业板块和新乡经开区对外开放板块,新乡县、卫滨区等特色区域,大力引进…',
      ['新乡高新区', '新乡经开区', '新乡县', '卫滨区'],
    ],
    ['依托国际商务中心金融中心区,促进…', []],
    ['依托河南省生物医药产业研究院,加快…', []], // an institution, not the province
    ['依托三台县、梓潼县等农产品主产区,发展…', ['三台县', '梓潼县']],
  ])('places of a 依托 clause: %s', (clause, places) => {
    const { ind } = one(`食品产业。${clause}聚焦面粉加工等领域。`);
    expect(ind?.hosts.map((h) => h.name)).toEqual(places);
  });

  it.each([
    ['加强与辉瑞制药、天坛生物等知名企业的合作', 'engages', ['辉瑞制药', '天坛生物']],
    [
      '积极对接美国普莱克斯、中船重工(718所、712所)等企业',
      'engages',
      ['美国普莱克斯', '中船重工(718所、712所)'],
    ],
    ['瞄准上汽集团、比亚迪等新能源整车制造行业龙头企业', 'targets', ['上汽集团', '比亚迪']],
    ['争取引进宁德时代、比亚迪等行业龙头企业', 'targets', ['宁德时代', '比亚迪']],
    ['引进飞机环境控制、液压操纵等领域的龙头企业', 'targets', []], // fields, not firms
    ['大力引进一批高水平研发团队和人才', 'targets', []],
  ])('%s → %s', (phrase, kind, names) => {
    const { ind } = one(`装备制造业。聚焦起重机械等领域,${phrase}。`);
    expect((ind?.[kind as 'targets' | 'engages'] ?? []).map((p) => p.name)).toEqual(names);
  });

  it('聚焦A、B等优势产业,C、D等特色产业: every list', () => {
    const { ind } = one(
      '装备制造业。聚焦起重机械、振动筛分机械等优势产业,过滤设备、农业机械等特色产业,积极对接清华大学等机构。',
    );
    expect(ind?.focus.map((f) => f.name)).toEqual([
      '起重机械',
      '振动筛分机械',
      '过滤设备',
      '农业机械',
    ]);
  });

  it.each([
    '绘制四张图谱开展四个遍访。聚焦重点产业链关键环节、空白环节等领域开展招商。',
    '新乡经济技术开发区。主要承接装备制造(智能设备)等领域。',
    '发展机遇。从国际看,经济全球化仍是大势所趋。',
  ])('not an industry paragraph: %s', (text) => expect(readIndustries(doc(text))).toEqual([]));
});

describe('industryKey: one industry, its spellings', () => {
  it.each([
    ['轻纺产业', '轻纺'],
    ['轻纺工业', '轻纺'],
    ['装备制造业', '装备制造'],
    ['装备制造', '装备制造'],
    ['生物与新医药产业', '生物与新医药'],
    ['食品加工业', '食品加工'],
    ['新一代信息技术', '新一代信息技术'],
  ])('%s → %s', (name, key) => expect(industryKey(name)).toBe(key));
});
