import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Chain, ChainMap } from '../../contract/chain-map.ts';
import { chainView, pickChain } from './chain-view.ts';
import { l, n } from './fixture.test-util.ts';

const chain = (id: string, extra: Partial<Chain> = {}): Chain => ({
  id,
  kind: 'chain',
  name: { zh: id, en: id },
  region: 'zone',
  sources: [],
  metrics: [],
  ...extra,
});

/**
 * Two chains in one zone: `a` (segments a1 → a2, a measure) and `b` (segment b1); shared nodes
 * (a department, a firm, a policy used by both, a firm only `b` names); regions; links of the
 * kinds whose ends are chain ids (hosts, targets).
 */
const atlas = (chains: Chain[]): ChainMap => ({
  schemaVersion: 2,
  generator: 'test',
  sources: [],
  chains,
  nodes: [
    n('city', 'region', { level: 'city', parent: null }),
    n('zone', 'region', { level: 'zone', parent: 'city' }),
    n('a1', 'segment', { chain: 'a', tier: 'upstream' }),
    n('a2', 'segment', { chain: 'a', tier: 'midstream', status: 'gap' }),
    n('am', 'measure', { chain: 'a', number: 1 }),
    n('b1', 'segment', { chain: 'b', tier: 'midstream' }),
    n('dept', 'department'),
    n('firm', 'enterprise'),
    n('pol', 'policy'),
    n('b-firm', 'enterprise'),
    n('uni', 'institution'),
  ],
  links: [
    l('zone', 'city', 'part-of'),
    l('zone', 'a', 'hosts'),
    l('zone', 'b', 'hosts'),
    l('a1', 'a2', 'supplies'),
    l('am', 'a2', 'supports'),
    l('dept', 'am', 'responsible-for'),
    l('am', 'pol', 'cites'),
    l('firm', 'a2', 'supplies'),
    l('firm', 'b-firm', 'supplies'),
    l('b1', 'pol', 'cites'),
    l('b-firm', 'b1', 'supplies'),
    l('a2', 'b1', 'supplies'),
    l('a2', 'zone', 'located-in'),
    l('b', 'b-firm', 'targets'),
    l('a', 'uni', 'engages'),
  ],
});

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const ends = (m: ChainMap) => m.links.map((x) => `${x.source}>${x.target}`);

describe('pickChain', () => {
  it.each([
    ['the given id', [chain('a'), chain('b')], 'b', 'b'],
    [
      'the featured chain when no id is given',
      [chain('a'), chain('b', { featured: true })],
      undefined,
      'b',
    ],
    [
      'the featured chain when the id is unknown',
      [chain('a'), chain('b', { featured: true })],
      'x',
      'b',
    ],
    [
      'the first chain document without a featured one',
      [chain('a', { kind: 'industry' }), chain('b')],
      null,
      'b',
    ],
    [
      'the first chain when all are industries',
      [chain('a', { kind: 'industry' }), chain('b', { kind: 'industry' })],
      undefined,
      'a',
    ],
    ['nothing without chains', [], undefined, undefined],
  ] as [string, Chain[], string | null | undefined, string | undefined][])(
    '%s',
    (_name, chains, id, expected) => expect(pickChain({ chains }, id)?.id).toBe(expected),
  );
});

describe('chainView', () => {
  const map = atlas([chain('b', { kind: 'industry' }), chain('a', { featured: true })]);

  it.each([
    [
      'the featured chain',
      undefined,
      ['a', 'b'],
      // uni: a party the chain itself engages (the link starts at the chain id).
      ['a1', 'a2', 'am', 'dept', 'firm', 'pol', 'uni'],
      ['a1>a2', 'am>a2', 'dept>am', 'am>pol', 'firm>a2'],
    ],
    ['another chain by id', 'b', ['b', 'a'], ['b1', 'pol', 'b-firm'], ['b1>pol', 'b-firm>b1']],
    [
      'the featured chain for an unknown id',
      'nope',
      ['a', 'b'],
      ['a1', 'a2', 'am', 'dept', 'firm', 'pol', 'uni'],
      ['a1>a2', 'am>a2', 'dept>am', 'am>pol', 'firm>a2'],
    ],
  ])(
    '%s: chain first, its nodes and linked shared nodes, links within',
    (_n, id, c, nodes, links) => {
      const v = chainView(map, id);
      expect(ids(v.chains)).toEqual(c);
      expect(ids(v.nodes)).toEqual(nodes);
      expect(ends(v)).toEqual(links);
    },
  );

  it('keeps no region, no other chain’s node and no link that names a chain', () => {
    const v = chainView(map);
    expect(v.nodes.some((x) => x.kind === 'region' || (x.chain && x.chain !== 'a'))).toBe(false);
    const kept = new Set(ids(v.nodes));
    expect(v.links.every((x) => kept.has(x.source) && kept.has(x.target))).toBe(true);
  });

  it('keeps the sources, generator and schema version, and leaves the map as it was', () => {
    const full = { ...map, sources: [{ id: 's' } as ChainMap['sources'][number]] };
    const before = JSON.stringify(full);
    const v = chainView(full);
    expect(v.sources).toBe(full.sources);
    expect([v.schemaVersion, v.generator]).toEqual([2, 'test']);
    expect(JSON.stringify(full)).toBe(before);
  });

  it('returns a map without chains as it is', () => {
    const bare = atlas([]);
    expect(chainView(bare)).toBe(bare);
  });

  it.runIf(existsSync('data/chain-map.json'))(
    'shows the compiled atlas’s featured chain: its nodes, shared firms, departments, policies',
    () => {
      const real = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
      const featured = real.chains.find((x) => x.featured)!;
      const v = chainView(real);
      expect(v.chains[0]).toBe(featured);
      expect(v.chains).toHaveLength(real.chains.length);
      expect(v.nodes.filter((x) => x.chain === featured.id).length).toBeGreaterThan(30);
      expect(new Set(v.nodes.map((x) => x.kind))).toEqual(
        new Set(['segment', 'park', 'measure', 'customer', 'enterprise', 'department', 'policy']),
      );
      for (const id of ['byd', 'saic', 'yuxin-thermal', `${featured.id}-mid-e-compressor`])
        expect(ids(v.nodes)).toContain(id);
    },
  );
});
