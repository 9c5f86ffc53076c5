import { describe, expect, it } from 'vitest';
import { layoutSankey, sankeyHeight, splitCycles } from './sankey.ts';
import { l, n, tiny } from '../model/fixture.test-util.ts';

describe('splitCycles', () => {
  it.each([
    [
      'a DAG keeps every edge',
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
      [],
    ],
    [
      'a 2-cycle loses its closing edge',
      ['a', 'b'],
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      [['a', 'b']],
      [['b', 'a']],
    ],
    [
      'a 3-cycle',
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      [['c', 'a']],
    ],
    ['a self-loop', ['a'], [['a', 'a']], [], [['a', 'a']]],
    [
      'two cycles',
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'd'],
        ['d', 'c'],
      ],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [
        ['b', 'a'],
        ['d', 'c'],
      ],
    ],
  ] as const)('%s', (_name, ids, edges, dag, back) => {
    expect(splitCycles(ids, edges)).toEqual({ dag, back });
  });
});

const round = (v: number) => Math.round(v);

describe('layoutSankey', () => {
  it('lays out segments and customers in the columns of their tiers, upstream → customers', () => {
    const p = layoutSankey(tiny, 600, 300);
    const x = Object.fromEntries(p.nodes.map((b) => [b.id, round(b.x0)]));
    expect(x).toMatchSnapshot();
    expect(x.al).toBe(0);
    // Two midstream segments share a column, though one feeds the other.
    expect(x.comp).toBe(x.hvac);
    expect(x.al! < x.comp! && x.hvac! < x.oem! && x.oem! < x.byd!).toBe(true);
    expect(p.nodes.map((b) => b.id).sort()).toEqual(['al', 'byd', 'comp', 'hvac', 'ic', 'oem']);
    expect(p.backLinks).toEqual([]);
  });

  it('draws a cycle as a back-link instead of throwing', () => {
    const cyclic = { ...tiny, links: [...tiny.links, l('oem', 'comp', 'supplies')] };
    const p = layoutSankey(cyclic, 600, 300);
    expect(p.backLinks.map((b) => [b.source, b.target])).toEqual([['oem', 'comp']]);
    expect(p.backLinks[0]!.path).toMatch(/^M[\d.]+,[\d.]+C/);
    expect(p.flows).toHaveLength(5);
  });

  it('breaks a cycle at the link that runs against the tiers, wherever the search meets it', () => {
    // oem (downstream) back into hvac (midstream), with oem listed first: a search from oem would
    // have broken the cycle at hvac → oem, a supply link that runs the right way.
    const cyclic = {
      ...tiny,
      nodes: [...tiny.nodes].sort((a) => (a.id === 'oem' ? -1 : 0)),
      links: [...tiny.links, l('oem', 'hvac', 'supplies')],
    };
    const p = layoutSankey(cyclic, 600, 300);
    expect(p.backLinks.map((b) => [b.source, b.target])).toEqual([['oem', 'hvac']]);
  });

  it('survives an empty map', () => {
    expect(layoutSankey({ nodes: [n('x', 'segment')], links: [] }, 100, 100).nodes).toEqual([]);
  });
});

describe('sankeyHeight', () => {
  it.each([
    [[], 420],
    [
      Array.from({ length: 40 }, () => ({ kind: 'segment' as const, tier: 'midstream' as const })),
      1040,
    ],
    [Array.from({ length: 40 }, () => ({ kind: 'measure' as const })), 420],
  ])('%#', (nodes, h) => expect(sankeyHeight(nodes)).toBe(h));
});
