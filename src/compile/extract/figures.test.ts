import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readFigures, type FigureRead } from './figures.ts';

// Phrasing in → figure (kind, value, unit, year, target, qualifier) and its exact span out.
const cases: [
  string,
  string,
  number,
  string,
  number | undefined,
  boolean,
  string | undefined,
  string,
][] = [
  [
    '到2025年，全市新型储能产业产值力争达到1800亿元。',
    'scale',
    1800,
    '亿元',
    2025,
    true,
    undefined,
    '产值力争达到1800亿元',
  ],
  [
    '到2025年，储能电池总产能力争达到110GWh。',
    'capacity',
    110,
    'GWh',
    2025,
    true,
    undefined,
    '产能力争达到110GWh',
  ],
  [
    '到2025年，装机规模力争达到300万千瓦。',
    'installed',
    300,
    '万千瓦',
    2025,
    true,
    undefined,
    '装机规模力争达到300万千瓦',
  ],
  [
    '到2027年，栽培面积超过2600万平方米。',
    'area',
    2600,
    '万平方米',
    2027,
    true,
    '超过',
    '面积超过2600万平方米',
  ],
  ['目前年累计产能35万吨。', 'capacity', 35, '万吨', undefined, false, undefined, '产能35万吨'],
  [
    '到2020年，研发机构覆盖率达到65%。',
    'yan-fa-ji-gou-fu-gai-lv',
    65,
    '%',
    2020,
    true,
    undefined,
    '研发机构覆盖率达到65%',
  ],
  [
    '到2025年底，争取纺织和服装产业营收达到7000亿元。',
    'scale',
    7000,
    '亿元',
    2025,
    true,
    undefined,
    '营收达到7000亿元',
  ],
  [
    '2022年，全省锂电产业营业收入约1000亿元。',
    'scale',
    1000,
    '亿元',
    2022,
    false,
    '约',
    '营业收入约1000亿元',
  ],
  [
    '到2025年，培育年产值10亿元以上的企业2家。',
    'enterprises-band-10-yi-yuan',
    2,
    '家',
    2025,
    true,
    undefined,
    '培育年产值10亿元以上的企业2家',
  ],
];

/** The figures of `text`, each span checked against the text. */
function held(text: string): FigureRead[] {
  const d = doc(text);
  const got = readFigures(d);
  expect(
    spansHold(
      d,
      got.map((f) => f.evidence),
    ),
  ).toBe(true);
  return got;
}

describe('readFigures', () => {
  it.each(cases)('%s → %s %d %s', (text, kind, value, unit, year, target, qualifier, quote) => {
    const d = doc(text);
    const f = readFigures(d).find((x) => x.kind === kind);
    expect(f).toMatchObject({ value, unit, target });
    expect(f?.year).toBe(year);
    expect(f?.qualifier).toBe(qualifier);
    expect(f?.evidence.quote).toBe(quote);
    expect(spansHold(d, f ? [f.evidence] : [])).toBe(true);
  });

  it.each([
    // A park's area, in its clause or the one before, is the park reader's.
    ['布局机器人零部件产业园，总规划面积320亩。', []],
    ['规划建设约700亩的汽车热管理产业园。', []],
    // Clauses on, after a 基地 that is no park, a planted area is a figure (宁夏, 2021); the count
    // of bases the year's goal sets is one too.
    [
      '到2025年,建设10个示范基地,培育品牌,力争种植面积稳定在200万亩以上。',
      [
        [10, '个', 2025],
        [200, '万亩', 2025],
      ],
    ],
    // A plantation is no park: 茶园, a tea base (景宁, 2008).
    ['到2012年全县茶园总面积达到6万亩。', [[6, '万亩', 2012]]],
    ['园区占地面积达到500亩。', []],
  ] as const)('亩: %s', (text, want) =>
    expect(readFigures(doc(text)).map((f) => [f.value, f.unit, f.year])).toEqual(want),
  );

  // A range of a count (四川 稀土, 2023), its levels abridged before the noun (国、省级); 三至五个.
  it.each([
    [
      '到2027年，形成3家百亿级企业，新增2-3家国、省级科研创新平台。',
      [[2, 3, '家', 2027, '2-3家国、省级科研创新平台']],
    ],
    ['到2025年，建成三至五个产业园区配套中心。', [[3, 5, '个', 2025, '三至五个产业园区配套中心']]],
  ] as const)('range: %s', (text, want) =>
    expect(
      held(text)
        .filter((f) => f.max !== undefined)
        .map((f) => [f.value, f.max, f.unit, f.year, f.evidence.quote]),
    ).toEqual(want),
  );

  // A rise of a share: the figure is the rise, its verb the qualifier (陕西 苹果, 2021); 提高到 reaches
  // a level; a sum that grows (增加20亿元) and 增加值 are no rise.
  it.each([
    ['到2025年，亩均产值提高20%。', [[20, '%', 2025, '提高', '亩均产值提高20%']]],
    [
      '到2025年，苹果单产水平和优果率分别提升5个百分点。',
      [[5, '个百分点', 2025, '提升', '苹果单产水平和优果率分别提升5个百分点']],
    ],
    ['到2025年，研发投入强度提高到3%。', [[3, '%', 2025, undefined, '研发投入强度提高到3%']]],
    ['到2025年，产值增加20亿元。', []],
    ['到2025年，增加值达到500亿元。', [[500, '亿元', 2025, undefined, '增加值达到500亿元']]],
  ] as const)('rise: %s', (text, want) =>
    expect(held(text).map((f) => [f.value, f.unit, f.year, f.qualifier, f.evidence.quote])).toEqual(
      want,
    ),
  );

  // A list of targets under one verb, each with its yearly growth (淄博 信息产业, 2007): the measured
  // things after ； take the verb of the first; a growth is named after the figure it follows. A
  // measured thing with no verb and no list before it is no figure.
  it('a list of targets under one verb', () => {
    const got = held(
      '1.到2010年,全市信息产业实现销售收入400亿元,年均增长40%;工业增加值160亿元,年均增长34%;利税40亿元;实现出口创汇1.3亿美元。',
    );
    expect(got.map((f) => [f.kind, f.value, f.unit, f.year, f.target])).toEqual([
      ['scale', 400, '亿元', 2010, true],
      ['scale-growth', 40, '%', 2010, true],
      ['value-added', 160, '亿元', 2010, true],
      ['value-added-growth', 34, '%', 2010, true],
      ['profit-tax', 40, '亿元', 2010, true],
      ['export', 1.3, '亿美元', 2010, true],
    ]);
    expect(held('到2010年,工业增加值160亿元的企业给予奖励。')).toEqual([]);
  });

  // The area of a thing a goal builds, its noun before it (衢州 柑桔): a target under 力争…到2025年,
  // the present under 截至 (汉阴 渔业); a park's area stays the park reader's.
  it.each([
    [
      '力争通过5年努力,到2025年全市建设精品柑桔基地10000亩,培育柑桔家庭农场500家。',
      [
        [10000, '亩', 2025, true, '精品柑桔基地10000亩'],
        [500, '家', 2025, true, '柑桔家庭农场500家'],
      ],
    ],
    [
      '截至2023年底,全县累计建设稻渔综合种养7885亩。',
      [[7885, '亩', 2023, false, '稻渔综合种养7885亩']],
    ],
    ['到2025年,建设汽车零部件产业园500亩。', []],
  ] as const)('area: %s', (text, want) =>
    expect(held(text).map((f) => [f.value, f.unit, f.year, f.target, f.evidence.quote])).toEqual(
      want,
    ),
  );

  // A five-year plan as the horizon (陕西 苹果, 2021): 到“十四五”末 is its last year; “十四五”期间 a
  // target of the document's own plan, with no year; a plan its review looks back on is the past.
  it.each([
    ['到“十四五”末，全产业链达到1200亿元。', [[1200, '亿元', 2025, true]]],
    ['到十五五期末，全产业链产值达到3000亿元。', [[3000, '亿元', 2030, true]]],
    ['“十四五”期间，全省苹果种植面积保持在900万亩左右。', [[900, '万亩', undefined, true]]],
    [
      '“十三五”期间，全省苹果产值达到800亿元。\n二、“十四五”发展目标\n稳规模、提品质。',
      [[800, '亿元', undefined, false]],
    ],
  ] as const)('五年规划: %s', (text, want) =>
    expect(readFigures(doc(text)).map((f) => [f.value, f.unit, f.year, f.target])).toEqual(want),
  );

  // Counts a goal of a year sets, before their noun or after it, as targets of that year.
  it.each([
    [
      '到2027年,力争全市建成1个A类飞行服务站、2个以上通用机场、8个以上地面基站和60个以上起降场地。',
      [
        [1, '个', '1个A类飞行服务站', undefined],
        [2, '个', '2个以上通用机场', '以上'],
        [8, '个', '8个以上地面基站', '以上'],
        [60, '个', '60个以上起降场地', '以上'],
      ],
    ],
    [
      '到2027年,建成各类起降场30个,其中各类直升机起降点7个、公共无人机起降场4个以上。',
      [
        [30, '个', '各类起降场30个', undefined],
        [7, '个', '各类直升机起降点7个', undefined],
        [4, '个', '公共无人机起降场4个以上', '以上'],
      ],
    ],
    [
      '到2025年,培育10家省内有影响力的人工智能企业。',
      [[10, '家', '10家省内有影响力的人工智能企业', undefined]],
    ],
  ] as const)('counts: %s', (text, want) => {
    const got = readFigures(doc(text));
    expect(got.map((f) => [f.value, f.unit, f.evidence.quote, f.qualifier])).toEqual(want);
    expect(got.every((f) => f.target && f.year === Number(/20\d\d/.exec(text)?.[0]))).toBe(true);
  });
  it.each([
    '建成1个服务站、2个通用机场。', // no year: no goal
    '到2027年,对新建成1个服务站的企业给予奖励。', // a condition
    '到2027年,每个园区建设2个平台。', // each
  ])('no count: %s', (text) => expect(readFigures(doc(text))).toEqual([]));

  it('a band named after its count (形成3家百亿级企业), under its paragraph’s goal year', () => {
    const d = doc(
      '到2027年,全省稀土产业实现创新发展。研发投入持续加大,形成3家百亿级企业,规模突破1000亿元。',
    );
    const band = readFigures(d).find((f) => f.band);
    expect(band).toMatchObject({ value: 3, unit: '家', band: '百亿级', year: 2027, target: true });
    expect(band?.evidence.quote).toBe('形成3家百亿级企业');
    expect(readFigures(d).find((f) => f.kind === 'scale')).toMatchObject({
      year: 2027,
      target: true,
    });
  });

  it('a sentence that speaks of its present is not the paragraph’s goal', () => {
    const d = doc('到2025年,建成强市。目前全市规模达到80亿元。');
    expect(readFigures(d).find((f) => f.kind === 'scale')).toMatchObject({
      value: 80,
      target: false,
    });
    expect(readFigures(d).find((f) => f.kind === 'scale')?.year).toBeUndefined();
  });

  it('the band is what the firms must reach', () =>
    expect(readFigures(doc('培育年产值10亿元以上的企业2家'))[0]?.band).toBe('年产值10亿元以上'));

  it.each([
    '对新引进企业给予最高30万元补助', // a subsidy is no figure
    '投资5000万元以上的项目', // a threshold is no figure
    '2023年12月21日', // a date is no figure
  ])('%s reads no figure', (text) => expect(readFigures(doc(text))).toEqual([]));

  it('two years, two targets', () => {
    const f = readFigures(doc('到2025年，产值达到1800亿元；到2027年，产值达到3000亿元。'));
    expect(f.map((x) => [x.value, x.year])).toEqual([
      [1800, 2025],
      [3000, 2027],
    ]);
  });
});
