import { describe, expect, it } from 'vitest';
import { classify, titleChain } from './classify.ts';

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
  ])('%s → %s', (title, chain) => expect(titleChain(title)?.name ?? null).toBe(chain));

  // A place by its short name, as data/regions.yaml knows it (a real title: 宁政办发〔2021〕78号).
  it.each([
    ['宁夏中药材产业发展实施方案(2021年—2025年)', ['宁夏回族自治区', '宁夏'], '中药材'],
    ['宁夏中药材产业发展实施方案(2021年—2025年)', [], '宁夏中药材'],
    ['新疆维吾尔自治区棉花产业发展行动方案', ['新疆维吾尔自治区', '新疆'], '棉花'],
  ])('%s, places %j → %s', (title, known, chain) =>
    expect(titleChain(title, known)?.name ?? null).toBe(chain),
  );
});

describe('classify', () => {
  it.each([
    ['新乡经开区汽车热管理产业链健康快速发展十条措施', 'measures', 2, 0, 'chain'],
    ['连江县促进预制菜产业链发展行动方案', 'action-plan', 1, 0, 'chain'],
    ['新乡经开区汽车热管理产业链健康快速发展十条措施', 'measures', 0, 0, 'context'], // names a chain, reads none of its facts
    ['新乡市“十四五”招商引资和承接产业转移规划', 'plan', 0, 20, 'plan'],
    ['某市国土空间总体规划', 'plan', 0, 0, 'context'],
    ['关于加快工业经济发展的若干意见', 'opinion', 1, 0, 'context'],
  ] as const)(
    '%s (%s, %d chain facts, %d industries) → %s',
    (title, kind, chainFacts, industries, genre) =>
      expect(classify(title, kind, { chainFacts, industries })).toBe(genre),
  );
});
