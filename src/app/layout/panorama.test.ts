import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { chainView, pickChain } from '../model/chain-view.ts';
import { buildGraph, TIER_ORDER } from '../model/graph.ts';
import { connections, customers, panorama, park } from './panorama.ts';

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
