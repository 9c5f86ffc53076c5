import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from './chain-map.ts';
import { invariantProblems } from './invariants.ts';

const atlas = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
const texts = new Map(
  atlas.sources.map((s) => [s.id, readFileSync(s.file, 'utf8').replace(/^\ufeff/, '')]),
);
const thermal = atlas.chains.find((c) => c.featured)!;
const broken = (change: (m: ChainMap) => void): string[] => {
  const m = structuredClone(atlas);
  change(m);
  return invariantProblems(m, { texts, evidenceRule: true });
};

describe('invariantProblems (shared by the compiler and the app)', () => {
  it('the compiled atlas holds every invariant', () => expect(broken(() => {})).toEqual([]));

  it.each<[string, (m: ChainMap) => void, RegExp]>([
    ['a duplicate node id', (m) => m.nodes.push({ ...m.nodes[0]! }), /duplicate id/],
    ['a chain id that is also a node id', (m) => (m.nodes[0]!.id = thermal.id), /duplicate id/],
    [
      'a link to nothing',
      (m) =>
        m.links.push({
          source: m.nodes[0]!.id,
          target: 'nope',
          kind: 'cites',
          evidence: [],
          reference: [{ note: 'x' }],
        }),
      /unknown target "nope"/,
    ],
    [
      'targets from a node that is no chain',
      (m) =>
        m.links.push({
          source: 'henan',
          target: m.nodes[0]!.id,
          kind: 'targets',
          evidence: [],
          reference: [{ note: 'x' }],
        }),
      /link \d+ .*targets/,
    ],
    [
      'a chain in an unknown region',
      (m) => (m.chains[0]!.region = 'atlantis'),
      /unknown region "atlantis"/,
    ],
    [
      'a region with an unknown parent',
      (m) => (m.nodes.find((n) => n.kind === 'region')!.parent = 'atlantis'),
      /unknown parent region/,
    ],
    ['two featured chains', (m) => m.chains.forEach((c) => (c.featured = true)), /at most one/],
    [
      'a quote that is not its slice',
      (m) => (m.nodes.find((n) => n.evidence.length)!.evidence[0]!.quote += '!'),
      /quote does not match/,
    ],
    [
      'a fact with neither evidence nor reference',
      (m) => {
        const n = m.nodes.find((x) => x.kind === 'measure')!;
        n.evidence = [];
      },
      /neither evidence nor reference/,
    ],
    [
      'another city’s document cited for the chain',
      (m) => {
        const n = m.nodes.find((x) => x.chain === thermal.id && x.kind === 'measure')!;
        n.evidence.push({
          source: 'zhumadian-industrial-opinions',
          start: 0,
          end: 2,
          quote: texts.get('zhumadian-industrial-opinions')!.slice(0, 2),
        });
      },
      /does not govern the chain's region/,
    ],
    [
      'a supplies cycle',
      (m) => {
        const s = m.links.find((l) => l.kind === 'supplies')!;
        m.links.push({ ...s, source: s.target, target: s.source });
      },
      /cycle/,
    ],
  ])('%s', (_name, change, message) => expect(broken(change).join('\n')).toMatch(message));

  it('first: stops at the first problem (the app shows one)', () => {
    const m = structuredClone(atlas);
    m.chains.forEach((c) => (c.region = 'atlantis'));
    expect(invariantProblems(m, { first: true })).toHaveLength(1);
  });
});
