import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  departmentsOf,
  downstreamOf,
  enterprisesOf,
  flowPath,
  linkBetween,
  measuresFor,
  neighbourhood,
  parksOf,
  policiesOf,
  segmentSupport,
  supplyPath,
  tierColumn,
  upstreamOf,
} from './graph.ts';
import { n, tiny } from './fixture.test-util.ts';

const g = buildGraph(tiny);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('graph queries', () => {
  it.each([
    ['upstreamOf comp', () => upstreamOf(g, 'comp'), ['al', 'ic']],
    ['upstreamOf hvac (segments only)', () => upstreamOf(g, 'hvac'), ['comp']],
    ['downstreamOf comp', () => downstreamOf(g, 'comp'), ['hvac']],
    ['downstreamOf oem (customers)', () => downstreamOf(g, 'oem'), ['byd']],
    ['parksOf comp', () => parksOf(g, 'comp'), ['park']],
    ['parksOf hvac', () => parksOf(g, 'hvac'), []],
    ['measuresFor comp (by number)', () => measuresFor(g, 'comp'), ['m1', 'm2']],
    ['departmentsOf m1', () => departmentsOf(g, 'm1'), ['dept']],
    ['policiesOf m1', () => policiesOf(g, 'm1'), ['pol']],
    ['enterprisesOf hvac', () => enterprisesOf(g, 'hvac'), ['ent']],
  ])('%s', (_name, f, expected) => {
    expect(ids(f())).toEqual(expected);
  });

  it.each([
    ['comp', ['al', 'comp', 'hvac', 'ic', 'm1', 'm2', 'park']],
    ['byd', ['byd', 'oem']],
  ])('neighbourhood(%s)', (id, expected) => {
    expect([...neighbourhood(g, id)].sort()).toEqual(expected);
  });

  it.each([
    ['comp', ['al', 'byd', 'comp', 'hvac', 'ic', 'oem']],
    ['al', ['al', 'byd', 'comp', 'hvac', 'oem']],
  ])('supplyPath(%s)', (id, expected) => {
    expect([...supplyPath(g, id)].sort()).toEqual(expected);
  });

  it.each([
    [n('a', 'segment', { tier: 'upstream' }), 0],
    [n('a', 'segment', { tier: 'downstream' }), 2],
    [n('a', 'segment'), 4],
    [n('a', 'customer'), 3],
    [n('a', 'measure'), null],
  ])('tierColumn(%o) = %s', (node, expected) => {
    expect(tierColumn(node)).toBe(expected);
  });

  it('ignores links to unknown nodes', () => {
    const g2 = buildGraph({
      ...tiny,
      links: [...tiny.links, { source: 'comp', target: 'ghost', kind: 'supplies', evidence: [] }],
    });
    expect(ids(downstreamOf(g2, 'comp'))).toEqual(['hvac']);
  });
});

describe('flowPath', () => {
  it.each([
    ['comp', 'hvac', ['al', 'byd', 'comp', 'hvac', 'ic', 'oem']],
    ['hvac', 'oem', ['al', 'byd', 'comp', 'ent', 'hvac', 'ic', 'oem']],
    ['oem', 'byd', ['al', 'byd', 'comp', 'ent', 'hvac', 'ic', 'oem']],
    ['al', 'comp', ['al', 'byd', 'comp', 'hvac', 'oem']],
  ])('%s → %s', (s, t, expected) => {
    expect([...flowPath(g, s, t)].sort()).toEqual(expected);
  });
});

describe('linkBetween', () => {
  it.each([
    ['comp', 'hvac', 'comp>hvac:supplies'],
    ['hvac', 'comp', 'comp>hvac:supplies'],
    ['dept', 'm1', 'dept>m1:responsible-for'],
    ['al', 'byd', undefined],
  ])('%s – %s', (a, b, expected) => {
    const l = linkBetween(g, a, b);
    expect(l ? `${l.source}>${l.target}:${l.kind}` : undefined).toBe(expected);
  });
});

describe('segmentSupport', () => {
  const ev = (quote: string) => [{ source: 's', start: 0, end: quote.length, quote }];
  const g2 = buildGraph({
    ...tiny,
    nodes: [
      ...tiny.nodes.filter((x) => x.id !== 'comp'),
      {
        id: 'comp',
        kind: 'segment',
        tier: 'midstream',
        status: 'gap',
        name: { zh: '压缩机', en: 'Electric compressor' },
        search: { pinyin: 'ya suo ji', initials: 'ysj', aliases: ['电动压缩机'] },
        evidence: ev('压缩机'),
      },
    ],
    links: [
      { source: 'm2', target: 'comp', kind: 'supports', evidence: ev('关键环节') },
      { source: 'm1', target: 'comp', kind: 'supports', evidence: ev('电动压缩机') },
    ],
  });
  it('a measure whose quote is a name of the segment is its own; one naming the key links is chain-wide', () => {
    const s = segmentSupport(g2, 'comp');
    expect(ids(s.specific)).toEqual(['m1']);
    expect(ids(s.chainWide)).toEqual(['m2']);
  });
  it('a segment no measure names has neither', () => {
    expect(segmentSupport(g2, 'hvac')).toEqual({ specific: [], chainWide: [] });
  });
});
