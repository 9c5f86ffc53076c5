import { describe, expect, it } from 'vitest';
import { classify, purposeChain, titleChain } from './classify.ts';

describe('titleChain', () => {
  it.each([
    ['新乡经开区汽车热管理产业链健康快速发展十条措施', '汽车热管理'],
    ['关于加快襄阳高新区氢能产业高质量发展的若干措施', '氢能'],
    ['芜湖市弋江区关于加快培育机器人减速器产业链的若干举措', '机器人减速器'],
    ['连江县促进预制菜产业链发展行动方案', '预制菜'],
    ['江西省宜春市袁州区锂电池产业链高质量发展若干措施', '锂电池'],
    ['河南省开发区产业集群培育和提升三年行动方案', null],
    ['关于加快工业经济发展的若干意见', null],
    // A plan period before the chain (a real title: 庆元县食用菌产业中心, 2021).
    ['庆元县“十四五”食用菌产业发展规划', '食用菌'],
    ['某某县2021-2025年茶叶产业发展规划', '茶叶'],
    // 我市 after the verb is the place again (a real title: 淄博, 2007).
    ['淄博市人民政府关于加快我市信息产业发展的意见', '信息'],
  ])('%s → %s', (title, chain) => expect(titleChain(title)?.name ?? null).toBe(chain));

  // A place by its short name, as data/regions.yaml knows it (a real title: 宁政办发〔2021〕78号).
  it.each([
    ['宁夏中药材产业发展实施方案(2021年—2025年)', ['宁夏回族自治区', '宁夏'], '中药材'],
    ['宁夏中药材产业发展实施方案(2021年—2025年)', [], '宁夏中药材'],
    ['新疆维吾尔自治区棉花产业发展行动方案', ['新疆维吾尔自治区', '新疆'], '棉花'],
  ])('%s, places %j → %s', (title, known, chain) =>
    expect(titleChain(title, known)?.name ?? null).toBe(chain),
  );

  // The industries of a place (产业体系), a name with 关于 in it: no chain.
  it.each([
    ['湘西州关于加快建设现代化产业体系的实施方案', null],
    ['某市关于优化产业布局调整的实施意见', null],
    ['某州关于加快茶产业发展的意见', '茶'],
  ])('%s → %s', (title, chain) => expect(titleChain(title)?.name ?? null).toBe(chain));

  // A chain the library names, written without 产业 (names of data/chains/*.yaml).
  it.each([
    ['眉山市新一代人工智能发展实施方案', '人工智能'],
    ['某市人工智能创新发展行动计划', '人工智能'],
    ['某市智能发展行动计划', null],
  ])('%s, library chains → %s', (title, chain) =>
    expect(titleChain(title, [], ['人工智能', '新一代人工智能', '机器人'])?.name ?? null).toBe(
      chain,
    ),
  );
});

describe('classify', () => {
  it.each([
    ['新乡经开区汽车热管理产业链健康快速发展十条措施', 'measures', 2, 0, 'chain'],
    ['连江县促进预制菜产业链发展行动方案', 'action-plan', 1, 0, 'chain'],
    ['新乡经开区汽车热管理产业链健康快速发展十条措施', 'measures', 0, 0, 'context'], // names a chain, reads none of its facts
    ['新乡市“十四五”招商引资和承接产业转移规划', 'plan', 0, 20, 'plan'],
    ['某市国土空间总体规划', 'plan', 0, 0, 'context'],
    ['福建省新能源汽车产业发展规划', 'plan', 0, 0, 'chain'], // a plan for one chain, its 前言 first
    ['山东省低空经济高质量发展三年行动方案', 'action-plan', 0, 0, 'chain'], // 低空经济, no 产业
    ['汉阴县生态渔业倍增计划', 'action-plan', 1, 0, 'chain'],
    ['关于促进县域经济高质量发展的行动方案', 'action-plan', 1, 0, 'context'], // many chains
    ['关于加快工业经济发展的若干意见', 'opinion', 1, 0, 'context'],
    // A news headline: it names a chain, but no kind of document (a real page: 铜陵, 2015).
    ['铜陵经开区全力推进铜基新材料产业', 'document', 2, 0, 'context'],
  ] as const)(
    '%s (%s, %d chain facts, %d industries) → %s',
    (title, kind, chainFacts, industries, genre) =>
      expect(classify(title, kind, { chainFacts, industries })).toBe(genre),
  );
});

describe('purposeChain: the chain a preamble says the document is for', () => {
  it.each([
    ['为深入贯彻…精神,促进四川省稀土产业高质量发展,特制定本实施意见。', '稀土', '四川省稀土'],
    [
      '为贯彻落实…,加快推进潜江龙虾产业高质量发展,结合我市实际,制定本方案。',
      '潜江龙虾',
      '潜江龙虾',
    ],
    ['为推动全县茶产业提质增效发展，现提出如下意见：', '茶', '茶'],
  ])('%s → %s', (text, name, scope) => {
    const p = purposeChain(text);
    expect(p?.name).toBe(name);
    expect(p?.scope).toBe(scope);
    expect(text.slice(p!.at, p!.at + name.length)).toBe(name);
  });
  it('a place the caller knows is no part of the chain’s name', () =>
    expect(purposeChain('加快推进潜江龙虾产业高质量发展,制定本方案。', ['潜江'])?.name).toBe(
      '龙虾',
    ));
  it('a chain the library names, without 产业: the verb’s object, the words before it aside', () => {
    const text =
      '为全面贯彻落实《新一代人工智能发展规划》精神,抓住新一代人工智能发展机遇,优化产业结构,推进新一代人工智能发展,加快建设示范市,结合眉山实际,制定本实施方案。';
    const p = purposeChain(text, [], ['人工智能', '新一代人工智能']);
    expect(p?.name).toBe('人工智能');
    expect(text.slice(p!.at, p!.at + 4)).toBe('人工智能');
    expect(text.slice(p!.at - 5, p!.at)).toBe('推进新一代');
    // Without the library's names, no chain.
    expect(purposeChain(text)).toBeNull();
  });
  it.each([
    '为推动工业经济高质量发展，制定本意见。', // no single chain
    '促进生物产业发展。下一段另行制定本方案。', // the purpose and the 制定 in different sentences
  ])('no chain: %s', (text) => expect(purposeChain(text)).toBeNull());
});
