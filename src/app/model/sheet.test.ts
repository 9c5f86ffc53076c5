import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.ts';
import { l, n } from './fixture.test-util.ts';
import { sheetFacts } from './sheet.ts';
import type { ChainMap } from '../../contract/chain-map.ts';

const map: ChainMap = {
  schemaVersion: 2,
  generator: 'test',
  sources: [],
  chains: [],
  nodes: [
    n('al', 'segment', { tier: 'upstream', status: 'present' }),
    n('comp', 'segment', { tier: 'midstream', status: 'gap' }),
    n('hvac', 'segment', { tier: 'midstream', status: 'present' }),
    n('park', 'park', { areaMu: 700 }),
    n('m2', 'measure', { number: 2 }),
    n('m1', 'measure', { number: 1 }),
    n('m9', 'measure', { number: 9 }),
    n('commerce', 'department'),
    n('finance', 'department'),
  ],
  links: [
    l('al', 'comp', 'supplies'),
    l('comp', 'hvac', 'supplies'),
    l('comp', 'park', 'located-in'),
    // m2 speaks of the chain's key links as a whole; m1 names the segment (its quote is its name).
    {
      ...l('m2', 'comp', 'supports'),
      evidence: [{ source: 's', start: 5, end: 9, quote: '关键环节' }],
    },
    {
      ...l('m1', 'comp', 'supports'),
      evidence: [{ source: 's', start: 1, end: 5, quote: 'comp' }],
    },
    l('m9', 'park', 'supports'),
    l('m2', 'park', 'supports'),
    l('commerce', 'm1', 'responsible-for'),
    l('finance', 'm2', 'responsible-for'),
    l('commerce', 'm9', 'responsible-for'),
  ],
};
const g = buildGraph(map);
const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id);

describe('sheetFacts', () => {
  it('follows the links of a gap segment', () => {
    const f = sheetFacts(g, 'comp');
    expect(f).not.toBeNull();
    expect(ids(f!.suppliers)).toEqual(['al']);
    expect(ids(f!.customers)).toEqual(['hvac']);
    expect(ids(f!.parks)).toEqual(['park']);
    expect(f!.measures.map((m) => m.measure.id)).toEqual(['m1', 'm2', 'm9']);
    expect(ids(f!.departments)).toEqual(['commerce', 'finance']);
  });
  it('groups the measures: naming the segment, chain-wide, the park’s', () => {
    const f = sheetFacts(g, 'comp')!;
    expect(f.groups.specific.map((m) => m.measure.id)).toEqual(['m1']);
    expect(f.groups.chainWide.map((m) => m.measure.id)).toEqual(['m2']);
    expect(f.groups.park.map((m) => m.measure.id)).toEqual(['m9']);
  });
  it.each(['hvac', 'park', 'nope'])('%s has no sheet', (id) => {
    expect(sheetFacts(g, id)).toBeNull();
  });
});
