import { describe, expect, it } from 'vitest';
import type { ChainNode, NodeKind } from '../../contract/chain-map.ts';
import { buildSearchIndex, normalise, search } from './search.ts';

function node(
  id: string,
  kind: NodeKind,
  zh: string,
  en: string,
  pinyin: string,
  initials: string,
  aliases: string[] = [],
): ChainNode {
  return { id, kind, name: { zh, en }, search: { pinyin, initials, aliases }, evidence: [] };
}

const nodes = [
  node('mid-e-compressor', 'segment', '压缩机', 'Electric compressor', 'ya suo ji', 'ysj', [
    '电动压缩机',
  ]),
  node(
    'mid-eev',
    'segment',
    '电子膨胀阀',
    'Electronic expansion valve',
    'dian zi peng zhang fa',
    'dzpzf',
    ['EXV'],
  ),
  node('mid-fan', 'segment', '风机', 'Fans & blowers', 'feng ji', 'fj'),
  node('air-compressor', 'segment', '空气压缩机', 'Air compressor', 'kong qi ya suo ji', 'kqysj'),
  node('customer-byd', 'customer', '比亚迪', 'BYD', 'bi ya di', 'byd'),
  node(
    'ent-1',
    'enterprise',
    '新乡热能有限公司',
    'Xinxiang Thermal Co.',
    'xin xiang re neng you xian gong si',
    'xxrnyxgs',
  ),
];
const index = buildSearchIndex(nodes);
const ids = (q: string) => search(index, q).map((h) => h.id);

describe('search', () => {
  it.each([
    ['ysj', 'mid-e-compressor'],
    ['yasuoji', 'mid-e-compressor'],
    ['ya suo ji', 'mid-e-compressor'],
    ['compressor', 'mid-e-compressor'],
    ['EXV', 'mid-eev'],
    ['exv', 'mid-eev'],
    ['ＥＸＶ', 'mid-eev'],
    ['压缩机', 'mid-e-compressor'],
    ['电动压缩机', 'mid-e-compressor'],
    ['膨胀', 'mid-eev'],
    ['byd', 'customer-byd'],
    ['fengji', 'mid-fan'],
    ['xinxiang', 'ent-1'],
  ])('%s → first hit %s', (q, expected) => {
    expect(ids(q)[0]).toBe(expected);
  });

  it.each([
    ['ysj', ['mid-e-compressor', 'air-compressor']],
    ['', []],
    ['   ', []],
    ['zzzzqqq', []],
  ])('%s → %j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  it.each([
    ['compresor', 'mid-e-compressor'],
    ['yasouji', 'mid-e-compressor'],
    ['expansoin valve', 'mid-eev'],
    ['压宿机', 'mid-e-compressor'],
    ['电子膨涨阀', 'mid-eev'],
    ['xinxaing', 'ent-1'],
  ])('tolerates the typo %s → %s', (q, expected) => {
    const hits = search(index, q);
    expect(hits.map((h) => h.id)).toContain(expected);
    expect(hits.find((h) => h.id === expected)?.tier).toBe(3);
  });

  it('ranks exact before prefix before substring', () => {
    const tiers = search(index, 'ysj').map((h) => h.tier);
    expect(tiers).toEqual([0, 2]);
  });

  it.each([
    ['ＡＢＣ ', 'abc'],
    ['Ya Suo', 'ya suo'],
    ['ya\u0001suo', 'yasuo'],
  ])('normalise(%s) = %s', (s, expected) => {
    expect(normalise(s)).toBe(expected);
  });
});

describe('incremental typing', () => {
  it.each([
    [['y', 'ya', 'yas', 'yasu', 'yasuo', 'yasuoj', 'yasuoji']],
    [['e', 'ex', 'exv']],
    [['ya', 'ya ', 'ya s', 'ya su']],
    [['ysj', 'ys', 'y', 'yx']],
    [['压', '压缩', '压缩机', '电']],
  ])('gives the same results as a fresh index for each keystroke of %j', (keystrokes) => {
    const typed = buildSearchIndex(nodes);
    for (const k of keystrokes)
      expect(search(typed, k)).toEqual(search(buildSearchIndex(nodes), k));
  });
});
