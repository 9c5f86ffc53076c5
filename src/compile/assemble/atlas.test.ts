import { describe, expect, it } from 'vitest';
import { loaded, testAtlas } from './atlas.test-util.ts';
import { mentionsIn } from './atlas.ts';

describe('Atlas.add: one node per id, with its search names', () => {
  it.each([
    ['压缩机', [], 'ya suo ji', 'ysj', []],
    [
      '新乡经开区',
      ['新乡经济技术开发区', 'Xinxiang ETDZ'],
      'xin xiang jing kai qu',
      'xxjkq xxjjjskfq',
      ['新乡经济技术开发区', 'Xinxiang ETDZ'],
    ],
  ])('%s', (zh, aliases, pinyin, initials, searchAliases) => {
    const atlas = testAtlas([]);
    const n = atlas.add({ id: 'n', kind: 'segment', name: { zh, en: 'x' }, evidence: [], aliases });
    expect(n.search).toEqual({ pinyin, initials, aliases: searchAliases });
    // A second add with the id returns the first node.
    expect(
      atlas.add({ id: 'n', kind: 'segment', name: { zh: '别的', en: 'y' }, evidence: [] }),
    ).toBe(n);
  });

  it('freeId: a taken id of another name gets a suffix', () => {
    const atlas = testAtlas([]);
    atlas.add({ id: 'firm-a', kind: 'enterprise', name: { zh: '甲', en: 'A' }, evidence: [] });
    expect([
      atlas.freeId('firm-a', '甲'),
      atlas.freeId('firm-a', '乙'),
      atlas.freeId('firm-b', '乙'),
    ]).toEqual(['firm-a', 'firm-a-2', 'firm-b']);
  });
});

describe('Atlas.link: one link per ends and kind, evidence and focus merged', () => {
  it('merges', () => {
    const d = loaded('甲乙丙丁');
    const atlas = testAtlas([d]);
    const e1 = { source: 'd', start: 0, end: 1, quote: '甲' };
    const e2 = { source: 'd', start: 1, end: 2, quote: '乙' };
    atlas.link('a', 'b', 'hosts', [e1], { focus: ['x'] });
    atlas.link('a', 'b', 'hosts', [e1, e2], { focus: ['x', 'y'] });
    atlas.link('a', 'b', 'targets', []);
    expect(atlas.links.map((l) => [l.kind, l.evidence.map((e) => e.quote), l.focus])).toEqual([
      ['hosts', ['甲', '乙'], ['x', 'y']],
      ['targets', [], undefined],
    ]);
  });
});

describe('Atlas.en: the glossary’s English, else pinyin with a warning', () => {
  it.each([
    ['商务局', 'Bureau of Commerce', 0],
    ['区商务局', 'Bureau of Commerce', 0],
    ['风机', 'Feng Ji', 1],
  ])('%s → %s', (zh, en, warnings) => {
    const d = loaded(`${zh}。`);
    const atlas = testAtlas([d]);
    expect(atlas.en(zh, { source: 'd', start: 0, end: zh.length, quote: zh })).toBe(en);
    expect(atlas.problems.warnings.length).toBe(warnings);
    expect(atlas.canonical(zh)).toBe(warnings ? zh : '商务局');
  });
});

describe('mentionsIn: names in a span of a document', () => {
  it.each([
    ['瞄准压缩机、风机等关键环节', ['压缩机', '风机'], ['压缩机', '风机']],
    // One character is no mention; ascii needs three and word boundaries.
    ['铜和铝', ['铜', '铝'], []],
    ['PTC加热器与APTCX', ['PTC'], ['PTC']],
    ['电子水泵与水泵', ['电子水泵', '水泵'], ['电子水泵', '水泵']],
  ])('%s', (text, names, quotes) => {
    const d = loaded(text);
    expect(mentionsIn(d, names, 0, text.length).map((e) => e.quote)).toEqual(quotes);
  });
});
