import { describe, expect, it } from 'vitest';
import type { Region } from '../curated/data.ts';
import type { LoadedSource } from '../io/sources.ts';
import { Problems } from '../problems.ts';
import { doc as textDoc, spansHold } from '../text/doc.test-util.ts';
import { issuerPlaceOf, kindOf, readMetadata, readTitle } from './metadata.ts';

const doc = (text: string, meta: Partial<LoadedSource['meta']> = {}): LoadedSource => ({
  ...textDoc(text),
  sha256: '0'.repeat(64),
  meta: { file: 't.txt', ...meta },
});
const ref = [{ url: 'https://example.org/regions' }];
const regions: Region[] = [
  { id: 'henan', zh: '河南省', en: 'Henan', level: 'province', reference: ref },
  { id: 'xinxiang', zh: '新乡市', en: 'Xinxiang', level: 'city', parent: 'henan', reference: ref },
  {
    id: 'xinxiang-etdz',
    zh: '新乡经济技术开发区',
    en: 'Xinxiang ETDZ',
    aliases: ['新乡经开区'],
    level: 'zone',
    parent: 'xinxiang',
    reference: ref,
  },
];

describe('readTitle: the heading lines, or the document a news report publishes', () => {
  it.each([
    [
      '新乡经开区汽车热管理产业链\n健康快速发展十条措施\n\n为加快…',
      '新乡经开区汽车热管理产业链健康快速发展十条措施',
      undefined,
    ],
    [
      '连江县促进预制菜产业链发展行动方案\n2023-05-06\n一、总体要求',
      '连江县促进预制菜产业链发展行动方案',
      undefined,
    ],
    [
      '河南省人民政府办公厅发布关于印发河南省开发区产业集群培育和提升三年行动方案的通知。',
      '河南省开发区产业集群培育和提升三年行动方案',
      '河南省人民政府办公厅',
    ],
    // A forum's repost: its edit stamp above, the document number after the title on its line.
    [
      '本帖最后由 圣物可恋 于 2021-12-16 13:01 编辑\n宁夏中药材产业发展实施方案(2021年—2025年) 宁政办发〔2021〕78号\n为贯彻落实…',
      '宁夏中药材产业发展实施方案(2021年—2025年)',
      undefined,
    ],
    // The period on its own line, after a blank (山东, 2024).
    [
      '山东省低空经济高质量发展三年行动方案\n\n(2025-2027年)\n\n低空经济是战略性新兴产业。',
      '山东省低空经济高质量发展三年行动方案(2025-2027年)',
      undefined,
    ],
    // A heading stops at a numbered line or a sentence.
    ['关于加快工业经济发展的若干意见\n一、总体要求', '关于加快工业经济发展的若干意见', undefined],
  ])('%s', (text, title, issuer) => {
    const d = doc(text);
    const t = readTitle(d);
    expect(t?.title).toBe(title);
    expect(t?.issuer).toBe(issuer);
    expect(spansHold(d, t?.evidence ?? [])).toBe(true);
  });

  it.each(['为加快发展，制定本措施。', '一、总体要求\n（一）…', '措施\n\n正文。'])(
    'no title: %s',
    (text) => expect(readTitle(doc(text))).toBeNull(),
  );
});

describe('readMetadata: date, region and kind, each from the text with its span', () => {
  it.each([
    // A date on a line of its own near the top.
    ['新乡经开区汽车热管理产业链十条措施\n2022-12-07 00:00\n正文。', '2022-12-07', '2022-12-07'],
    ['某县食品产业链发展行动方案\n2023年5月6日\n正文。', '2023-05-06', '2023年5月6日'],
    // Else the date it takes effect.
    [
      '某县食品产业链发展行动方案\n正文。本方案自2023年1月1日起施行。',
      '2023-01-01',
      '2023年1月1日起施行',
    ],
    ['某县食品产业链发展行动方案\n正文。', null, null],
    // In Chinese numerals, under the issuer (庆元县“十四五”食用菌产业发展规划, 2021).
    [
      '庆元县食用菌产业发展规划\n庆元县食用菌产业中心\n二〇二一年十一月\n正文。',
      '2021-11',
      '二〇二一年十一月',
    ],
    [
      '某县茶叶产业发展规划\n二〇二三年三月二十一日\n正文。',
      '2023-03-21',
      '二〇二三年三月二十一日',
    ],
  ])('date: %s', (text, date, quote) => {
    const d = doc(text);
    const s = readMetadata(d, regions, new Problems());
    expect(s.date).toBe(date);
    if (quote) expect((s.evidence ?? []).map((e) => e.quote)).toContain(quote);
    expect(spansHold(d, s.evidence ?? [])).toBe(true);
  });

  it.each([
    // The most specific curated place in the title.
    ['新乡经开区汽车热管理产业链十条措施\n正文。', '新乡经济技术开发区'],
    ['新乡市“十四五”招商引资规划\n正文。', '新乡市'],
    // Else the place the text names most, at the level it speaks for itself (我省).
    ['工业增长通知\n我省各地要支持新乡市、新乡经开区。', '河南省'],
    ['工业增长通知\n各地要认真落实。', null],
  ])('region: %s', (text, region) => {
    expect(readMetadata(doc(text), regions, new Problems()).region).toBe(region);
  });

  it('the manifest fills what the text lacks; a text with no title line compiles with its first clause and a warning', () => {
    const problems = new Problems();
    const s = readMetadata(
      doc('为加快发展，制定本措施。', { title: '某措施', issuer: '某局', date: '2024-01-02' }),
      regions,
      problems,
    );
    expect([s.title, s.titleFrom, s.issuer, s.date]).toEqual([
      '某措施',
      'manifest',
      '某局',
      '2024-01-02',
    ]);
    expect(problems.list).toEqual([]);
    const t = readMetadata(doc('为加快发展，制定本措施。'), regions, problems);
    expect(t.title).toBe('为加快发展');
    expect(problems.errors).toEqual([]);
    expect(problems.warnings.map((p) => p.message)).toEqual([
      'no title line found: used "为加快发展" (the first line); set `title:` for this file in seeds/manifest.yaml',
    ]);
  });
});

describe('kindOf: the kind from the title’s last words', () => {
  it.each([
    ['新乡经开区汽车热管理产业链健康快速发展十条措施', 'measures'],
    ['连江县促进预制菜产业链发展行动方案', 'action-plan'],
    ['新乡市“十四五”招商引资规划', 'plan'],
    ['关于加快工业经济发展的若干意见（征求意见稿）', 'opinion'],
    ['关于开展工业增长行动的通知', 'notice'],
    ['某市招商引资奖励办法', 'regulation'],
    ['某市产业地图', 'document'],
    ['宝鸡高新区关于支持钛及钛合金产业链高质量发展的若干政策', 'measures'],
    ['芜湖市弋江区关于加快培育机器人减速器产业链的若干举措', 'measures'],
  ])('%s → %s', (title, kind) => expect(kindOf(title)).toBe(kind));
});

describe('issuerPlaceOf: the place an issuer names', () => {
  it.each([
    ['广东省工业和信息化厅', '广东省'],
    ['杭州市滨江区人民政府', '滨江区'],
    // A party committee names its place after the party.
    ['中共瑞安市委、瑞安市人民政府', '瑞安市'],
    ['中国共产党新乡市委员会', '新乡市'],
    ['经济和信息化厅等7部门', null],
  ])('%s → %s', (issuer, place) => {
    expect(issuerPlaceOf(issuer)).toBe(place);
  });
});
