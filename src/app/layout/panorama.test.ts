import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { chainView, pickChain } from '../model/chain-view.ts';
import { buildGraph, TIER_ORDER } from '../model/graph.ts';
import {
  balanceColumns,
  cardNote,
  connections,
  tierHeight,
  customers,
  panorama,
  park,
  sharedGapSupport,
} from './panorama.ts';

const atlas = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
const g = buildGraph(chainView(atlas));
const local = (id: string) => `xinxiang-etdz-automotive-thermal-management-${id}`;

describe('panorama of the thermal chain', () => {
  const cols = panorama(g);
  it('columns left to right: upstream → midstream → downstream → service', () =>
    expect(cols.map((c) => c.tier)).toEqual(['upstream', 'midstream', 'downstream', 'service']));
  it('every segment once; gap segments first in their column', () => {
    expect(cols.flatMap((c) => c.cards).length).toBe(
      g.map.nodes.filter((n) => n.kind === 'segment').length,
    );
    const mid = cols.find((c) => c.tier === 'midstream')!.cards.map((c) => c.node.status);
    expect(mid.indexOf('gap')).toBe(0);
    expect(mid.lastIndexOf('gap')).toBeLessThan(mid.indexOf('context'));
  });
  it('a card carries its firms and the measures that name it or its chain, apart', () => {
    const compressor = cols
      .flatMap((c) => c.cards)
      .find((c) => c.node.id === local('mid-e-compressor'))!;
    // 第1条 names 压缩机 among the key links; 第10条 speaks of the chain's 关键环节 as a whole.
    expect(compressor.support.specific.map((m) => m.number)).toEqual([1]);
    expect(compressor.support.chainWide.map((m) => m.number)).toEqual([10]);
    const hx = cols.flatMap((c) => c.cards).find((c) => c.node.id === local('mid-heat-exchanger'))!;
    expect(hx.firms.map((f) => f.name.zh)).toEqual(['豫新汽车热管理科技有限公司']);
  });
  it('the measures all seven gaps share are said once; each gap card says what it supplies instead', () => {
    const shared = sharedGapSupport(cols);
    expect(shared?.gaps).toBe(7);
    expect([...shared!.specific, ...shared!.chainWide].map((m) => m.number)).toEqual([1, 10]);
    const words = {
      measures: (s: number, c: number) => `${s}+${c}`,
      feeds: (names: string[]) => `→ ${names.join('/')}`,
    };
    const zh = (n: { name: { zh: string } }) => n.name.zh;
    const cards = cols.flatMap((c) => c.cards);
    const gapLines = cards
      .filter((c) => c.node.status === 'gap')
      .map((c) => cardNote(c, shared, words, zh).line);
    // Each line names what that gap supplies, as its supply links say; no two alike here.
    expect(gapLines.every((l) => l.startsWith('→ '))).toBe(true);
    expect(new Set(gapLines).size).toBeGreaterThan(1);
    const compressor = cards.find((c) => c.node.id === local('mid-e-compressor'))!;
    expect(cardNote(compressor, shared, words, zh).line).toBe(
      `→ ${compressor.feeds.map(zh).join('/')}`,
    );
    // Cards that are not gaps keep their count; without a shared support, gaps keep theirs too.
    const other = cards.find((c) => c.node.status !== 'gap' && c.support.chainWide.length > 0);
    if (other) expect(cardNote(other, shared, words, zh).line).toMatch(/^\d\+\d$/);
    expect(cardNote(compressor, null, words, zh).line).toBe('1+1');
  });

  it('connections: what feeds a segment and what it feeds', () => {
    const c = connections(g, local('up-aluminium'));
    expect(c.ids.has(local('mid-heat-exchanger'))).toBe(true);
    expect(
      c.pairs.every(([a, b]) => a === local('up-aluminium') || b === local('up-aluminium')),
    ).toBe(true);
  });
  it('the park and the customers', () => {
    expect(park(g)?.areaMu).toBe(700);
    expect(
      customers(g, pickChain(atlas)?.id)
        .map((c) => c.name.zh)
        .sort(),
    ).toEqual(['上汽', '比亚迪'].sort());
  });
});

it('an industry on its library chain: its focus areas in the chain’s tiers, in order', () => {
  const chem = atlas.chains.find((c) => c.name.zh === '化工产业')!;
  const cols = panorama(buildGraph(chainView(atlas, chem.id)));
  const tiers = cols.map((c) => c.tier);
  expect(tiers.length).toBeGreaterThanOrEqual(3);
  expect(tiers).toEqual(TIER_ORDER.filter((t) => tiers.includes(t)));
  const cards = cols.flatMap((c) => c.cards.map((k) => k.node));
  expect(
    cards.some((n) => n.name.zh === '功能性薄膜' || n.search.aliases.includes('功能性薄膜')),
  ).toBe(true);
});

describe('balanceColumns: the tallest tier as short as the row allows', () => {
  const room = { width: 1464, card: 168, cardGap: 12, tierGap: 18, tierMin: 168 };
  const even = (n: number, h = 50) => Array.from({ length: n }, () => h);
  // The flagship in English on the kiosk: 6 short upstream cards, 16 midstream (6 tall gaps
  // first), 4 downstream, 2 services, 2 customers.
  const flagship = [even(6), [...even(6, 120), ...even(10)], even(4, 70), even(2, 70), even(2)];
  it.each([
    // [what, tiers' card heights, row width, columns per tier]
    ['the flagship, kiosk landscape', flagship, 1464, [1, 4, 1, 1, 1]],
    ['the flagship, a wide screen', flagship, 2000, [2, 6, 1, 1, 1]],
    ['no room to grow', flagship, 600, [1, 1, 1, 1, 1]],
    ['one card a tier', [even(1), even(1)], 1464, [1, 1]],
    ['one long tier', [even(20)], 1464, [7]],
    ['no tiers', [], 1464, []],
  ] as const)('%s', (_what, heights, width, expected) =>
    expect(balanceColumns(heights, { ...room, width })).toEqual(expected),
  );
  it('the columns chosen fit the row', () => {
    for (const width of [700, 900, 1100, 1464, 2000]) {
      const cols = balanceColumns(flagship, { ...room, width });
      const used = cols.reduce((s, k) => s + Math.max(168, k * 168 + (k - 1) * 12), 0) + 4 * 18;
      if (cols.some((k) => k > 1)) expect(used).toBeLessThanOrEqual(width);
    }
  });
  it('tierHeight: each row as tall as its tallest card, with the gaps between', () =>
    expect(tierHeight([120, 50, 50, 50], 2, 10)).toBe(120 + 10 + 50));
});
