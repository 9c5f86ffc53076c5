import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Chain, ChainMap } from '../../contract/chain-map.ts';
import { indexAtlas } from './atlas.ts';
import { chainView, pickChain } from './chain-view.ts';
import { l, n } from './fixture.test-util.ts';
import { buildGraph } from './graph.ts';
import { clampStep, portalParams, tour, tourKey } from './tour.ts';

const amount = { value: 500, unit: '万元', kind: 'cap', evidence: [] };

const map: ChainMap = {
  schemaVersion: 2,
  generator: 'test',
  sources: [],
  chains: [],
  nodes: [
    n('al', 'segment', { tier: 'upstream', status: 'present' }),
    n('cu', 'segment', { tier: 'upstream', status: 'present' }),
    n('comp', 'segment', { tier: 'midstream', status: 'gap' }),
    n('eev', 'segment', { tier: 'midstream', status: 'gap' }),
    n('park', 'park'),
    n('m1', 'measure', { number: 1 }),
    n('m10', 'measure', {
      number: 10,
      amounts: [amount],
    }),
    n('m3', 'measure', { number: 3 }),
    n('commerce', 'department'),
    n('finance', 'department'),
  ],
  links: [
    l('al', 'comp', 'supplies'),
    l('comp', 'park', 'located-in'),
    l('eev', 'park', 'located-in'),
    l('m1', 'comp', 'supports'),
    l('m10', 'eev', 'supports'),
    l('m10', 'comp', 'supports'),
    l('commerce', 'm1', 'responsible-for'),
    l('finance', 'm10', 'responsible-for'),
  ],
};

describe('tour', () => {
  const steps = tour(buildGraph(map), pickChain(map) ?? null);
  it('without an atlas: panorama → each gap → park → measures → contact', () => {
    expect(steps.map((s) => [s.kind, s.node, s.items.map((i) => i.id)])).toEqual([
      ['panorama', null, []],
      ['gap', 'comp', []],
      ['gap', 'eev', []],
      ['park', 'park', []],
      // The measures slide: the measures with amounts (m10), by number.
      ['measures', null, ['m10']],
      // Whom to call: those responsible for the gaps' and the park's measures and the slide's, by number.
      ['contact', null, ['commerce', 'finance']],
    ]);
  });
  it('a map with nothing but segments still has its panorama', () => {
    const bare = tour(
      buildGraph({ ...map, nodes: [n('x', 'segment', { tier: 'midstream' })], links: [] }),
      null,
    );
    expect(bare.map((s) => s.kind)).toEqual(['panorama']);
  });
  it('no measure with amounts: the measures slide lists those supporting a gap or the park', () => {
    const plain = map.nodes.map((x) => (x.id === 'm10' ? { ...x, amounts: undefined } : x));
    const s = tour(buildGraph({ ...map, nodes: plain }), pickChain(map) ?? null);
    expect(s.find((x) => x.kind === 'measures')?.items.map((i) => i.id)).toEqual(['m1', 'm10']);
  });

  // The atlas: a city, two zones of it taking in an industry, the chain lying in one of them.
  const chain: Chain = {
    id: 'ch',
    kind: 'chain',
    name: { zh: '链', en: 'Chain' },
    region: 'z1',
    sources: [],
    metrics: [],
  };
  const industry: Chain = { ...chain, id: 'ind', kind: 'industry', region: 'city' };
  const atlasMap: ChainMap = {
    ...map,
    chains: [chain, industry],
    nodes: [
      ...map.nodes.map((x) => (x.kind === 'region' ? x : { ...x, chain: 'ch' })),
      n('city', 'region', { level: 'city' }),
      n('z1', 'region', { level: 'zone', parent: 'city' }),
      n('z2', 'region', { level: 'zone', parent: 'city' }),
      n('z3', 'region', { level: 'zone', parent: 'elsewhere' }),
    ],
    links: [
      ...map.links,
      l('z2', 'ind', 'hosts'),
      l('z1', 'ind', 'hosts'),
      l('z3', 'ind', 'hosts'),
    ],
  };
  it('with the atlas: the city and its zones come first, then the chain', () => {
    const s = tour(
      buildGraph(chainView(atlasMap)),
      pickChain(atlasMap) ?? null,
      indexAtlas(atlasMap),
    );
    expect(s.slice(0, 3).map((x) => [x.kind, x.node, x.items.map((i) => i.id)])).toEqual([
      ['city', 'city', ['z2', 'z1']],
      ['panorama', null, []],
      ['gap', 'comp', []],
    ]);
  });
  it('a city no zone of which takes in an industry has no city slide', () => {
    const noHosts = { ...atlasMap, links: map.links };
    const s = tour(buildGraph(chainView(noHosts)), pickChain(noHosts) ?? null, indexAtlas(noHosts));
    expect(s[0]?.kind).toBe('panorama');
  });

  it('on the compiled atlas: city, panorama, the seven gaps, park, measures, contact', () => {
    const real = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
    const g = buildGraph(chainView(real));
    const s = tour(g, pickChain(real) ?? null, indexAtlas(real));
    const name = (id: string | null) => (id ? g.byId.get(id)?.name.zh : null);
    expect(s.map((x) => x.kind)).toEqual([
      'city',
      'panorama',
      ...Array<'gap'>(7).fill('gap'),
      'park',
      'measures',
      'contact',
    ]);
    expect(s[0]!.node).toBe('xinxiang');
    expect(s[0]!.items).toHaveLength(14);
    expect(s.filter((x) => x.kind === 'gap').map((x) => name(x.node))).toEqual([
      '集成电路',
      '压缩机',
      '电子膨胀阀',
      '风机',
      '线束',
      '壳体',
      '涂装',
    ]);
    expect(name(s[9]!.node)).toBe('汽车热管理产业园');
    expect(s[10]!.items.map((m) => m.number)).toEqual([5, 10, 13]);
    expect(s[11]!.items.map((d) => d.name.zh)).toContain('区商务局');
  });
});

describe('portalParams', () => {
  it.each([
    [{ kind: 'city', node: 'xinxiang' }, null, { region: 'xinxiang' }],
    [{ kind: 'panorama', node: null }, null, { chain: null, node: null }],
    [{ kind: 'gap', node: 'mid-eev' }, null, { chain: null, node: 'mid-eev' }],
    [{ kind: 'park', node: 'park' }, 'other', { chain: 'other', node: 'park' }],
    [{ kind: 'measures', node: null }, 'other', { chain: 'other', node: null }],
  ] as const)('%j in chain %s → %j', (step, chain, params) => {
    expect(portalParams({ ...step, items: [] }, chain)).toEqual(params);
  });
});

describe('clampStep', () => {
  it.each([
    [null, 7, 1],
    [0, 7, 1],
    [3, 7, 3],
    [99, 7, 7],
    [2, 0, 1],
  ])('step %s of %i → %i', (step, count, expected) => {
    expect(clampStep(step, count)).toBe(expected);
  });
});

describe('tourKey', () => {
  it.each([
    ['PageDown', 'next'],
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageUp', 'prev'],
    ['ArrowLeft', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['x', null],
  ])('%j → %s', (key, action) => {
    expect(tourKey(key)).toBe(action);
  });
});
