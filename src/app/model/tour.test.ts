import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { l, n } from './fixture.test-util.ts';
import { buildGraph } from './graph.ts';
import { clampStep, tour, tourKey } from './tour.ts';

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
      amounts: [{ value: 500, unit: '万元', kind: 'cap', evidence: [] }],
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
  const steps = tour(buildGraph(map));
  it('walks overview → upstream → each gap → park → measures → contact', () => {
    expect(steps.map((s) => [s.kind, s.node, s.items.map((i) => i.id)])).toEqual([
      ['overview', null, []],
      ['upstream', null, ['al', 'cu']],
      ['gap', 'comp', []],
      ['gap', 'eev', []],
      ['park', 'park', []],
      // Measures with amounts first; m3 supports neither a gap nor the park.
      ['measures', null, ['m10', 'm1']],
      ['contact', null, ['finance', 'commerce']],
    ]);
  });
  it('a map with nothing but segments still has an overview', () => {
    const bare = tour(
      buildGraph({ ...map, nodes: [n('x', 'segment', { tier: 'midstream' })], links: [] }),
    );
    expect(bare.map((s) => s.kind)).toEqual(['overview']);
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
