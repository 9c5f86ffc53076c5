import { describe, expect, it } from 'vitest';
import type { ChainMap, Evidence } from '../../contract/chain-map.ts';
import { buildGraph } from './graph.ts';
import { l, n } from './fixture.test-util.ts';
import {
  CASE_ITEMS,
  caseLine,
  caseTotals,
  chainCases,
  gapCase,
  type CaseItem,
} from './gap-case.ts';

const quote = (q: string): Evidence[] => [{ source: 's', start: 0, end: q.length, quote: q }];
const amount = {
  value: 500,
  unit: '万元',
  kind: 'cap-per-project',
  evidence: quote('不超过500万元'),
};

/**
 * comp: its own park sentence, a measure naming it with an amount and a department, a firm, a
 * local buyer. ic: only the chain's park and fund, the library's firms, the chain's customer.
 * pcb: nothing at all.
 */
const map: ChainMap = {
  schemaVersion: 2,
  generator: 'test',
  sources: [],
  chains: [],
  nodes: [
    n('comp', 'segment', { tier: 'midstream', status: 'gap', evidence: quote('comp') }),
    n('ic', 'segment', {
      tier: 'upstream',
      status: 'gap',
      evidence: quote('ic'),
      referenceFirms: [
        { name: { zh: '某芯片', en: 'Chip Co' }, reference: [{ url: 'https://x' }] },
      ],
    }),
    n('pcb', 'segment', { tier: 'upstream', status: 'gap', evidence: quote('pcb') }),
    n('hvac', 'segment', { tier: 'midstream', status: 'present' }),
    n('oem', 'segment', { tier: 'downstream', status: 'context' }),
    n('byd', 'customer'),
    n('park', 'park'),
    n('m1', 'measure', { number: 1, amounts: [amount] }),
    n('m7', 'measure', { number: 7 }),
    n('m10', 'measure', { number: 10, amounts: [{ ...amount, value: 1000 }] }),
    n('commerce', 'department'),
    n('finance', 'department'),
    n('ent', 'enterprise'),
  ],
  links: [
    { ...l('comp', 'park', 'located-in'), evidence: quote('园区重点承接comp项目') },
    { ...l('ic', 'park', 'located-in'), evidence: quote('保障新引进项目发展空间') },
    { ...l('m1', 'comp', 'supports'), evidence: quote('comp') },
    { ...l('m7', 'comp', 'supports'), evidence: quote('关键环节') },
    { ...l('m7', 'ic', 'supports'), evidence: quote('关键环节') },
    l('m10', 'park', 'supports'),
    l('commerce', 'm1', 'responsible-for'),
    l('finance', 'm10', 'responsible-for'),
    l('ent', 'comp', 'supplies'),
    l('comp', 'hvac', 'supplies'),
    l('comp', 'oem', 'supplies'),
    l('oem', 'byd', 'customer-of'),
  ],
};
const g = buildGraph(map);
const scopes = (id: string): Record<CaseItem, string> =>
  Object.fromEntries(gapCase(g, id)!.lines.map((x) => [x.item, x.scope])) as Record<
    CaseItem,
    string
  >;
const names = (id: string, item: CaseItem): string[] =>
  caseLine(gapCase(g, id)!, item).nodes.map((x) => x.id);

describe('gapCase', () => {
  it('is null for what is not a gap segment', () => {
    expect(gapCase(g, 'hvac')).toBeNull();
    expect(gapCase(g, 'park')).toBeNull();
    expect(gapCase(g, 'nowhere')).toBeNull();
  });

  it('has one line per item, in the order an investor asks', () => {
    expect(gapCase(g, 'comp')!.lines.map((x) => x.item)).toEqual([...CASE_ITEMS]);
  });

  it.each([
    [
      'comp',
      {
        park: 'own',
        measures: 'own',
        amounts: 'own',
        departments: 'own',
        firms: 'own',
        buyers: 'own',
      },
    ],
    [
      'ic',
      {
        park: 'chain',
        measures: 'chain',
        amounts: 'chain',
        departments: 'chain',
        firms: 'reference',
        buyers: 'chain',
      },
    ],
    [
      'pcb',
      {
        park: 'none',
        measures: 'none',
        amounts: 'none',
        departments: 'none',
        firms: 'none',
        buyers: 'chain',
      },
    ],
  ])('%s: how far each item is stated', (id, expected) => {
    expect(scopes(id)).toEqual(expected);
  });

  it.each([
    ['comp', 'park', ['park']],
    ['comp', 'measures', ['m1']],
    ['comp', 'amounts', ['m1']],
    ['comp', 'departments', ['commerce']],
    ['comp', 'firms', ['ent']],
    // The segment it feeds that is here, not the context segment: byd is reached through oem only.
    ['comp', 'buyers', ['hvac']],
    ['ic', 'measures', ['m7', 'm10']],
    ['ic', 'amounts', ['m10']],
    ['ic', 'departments', ['finance']],
    ['ic', 'buyers', ['byd']],
    ['pcb', 'park', []],
  ] as const)('%s %s: the facts that state it', (id, item, expected) => {
    expect(names(id, item)).toEqual(expected);
  });

  it('carries the sentences: the park line opens the sentence that names the segment', () => {
    expect(caseLine(gapCase(g, 'comp')!, 'park').evidence[0]?.quote).toBe('园区重点承接comp项目');
    expect(caseLine(gapCase(g, 'comp')!, 'amounts').amounts.map((a) => a.value)).toEqual([500]);
    expect(caseLine(gapCase(g, 'ic')!, 'amounts').amounts.map((a) => a.value)).toEqual([1000]);
    expect(caseLine(gapCase(g, 'pcb')!, 'amounts').evidence).toEqual([]);
  });
});

describe('the officers’ panel', () => {
  it('holds every gap once, in the map’s order', () => {
    expect(chainCases(g).map((c) => c.segment.id)).toEqual(['comp', 'ic', 'pcb']);
  });

  it('counts, per item, the gaps that state it for themselves, for the chain, or not at all', () => {
    const t = caseTotals(chainCases(g));
    expect(t.park).toEqual({ own: 1, chain: 1, reference: 0, none: 1 });
    expect(t.firms).toEqual({ own: 1, chain: 0, reference: 1, none: 1 });
    expect(t.buyers).toEqual({ own: 1, chain: 2, reference: 0, none: 0 });
  });
});
