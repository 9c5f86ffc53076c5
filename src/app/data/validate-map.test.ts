import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schemaValidator from 'virtual:chain-map-validator';
import type { ChainMap } from '../../contract/chain-map.ts';
import { generateChainMap } from '../../../scripts/gen-synthetic.ts';
import { validateMap } from './validate-map.ts';

const good = (): ChainMap => structuredClone(generateChainMap({ nodes: 300, seed: 7 }).map);

describe('validateMap', () => {
  it('accepts the generated maps and the compiled map', () => {
    expect(validateMap(good(), schemaValidator)).toBeNull();
    if (existsSync('data/chain-map.json'))
      expect(
        validateMap(JSON.parse(readFileSync('data/chain-map.json', 'utf8')), schemaValidator),
      ).toBeNull();
  }, 20_000);

  const cases: [string, (m: ChainMap) => unknown, string, RegExp][] = [
    ['an array', () => [], 'schema', /\/ is an array/],
    ['null', () => null, 'schema', /null/],
    ['a string', () => '<html>', 'schema', /string/],
    [
      'schemaVersion 1 (one chain)',
      (m) => ({ ...m, schemaVersion: 1 }),
      'version',
      /schemaVersion 1/,
    ],
    ['schemaVersion 3', (m) => ({ ...m, schemaVersion: 3 }), 'version', /schemaVersion 3/],
    ['schemaVersion "2"', (m) => ({ ...m, schemaVersion: '2' }), 'version', /"2"/],
    ['no schemaVersion', (m) => ({ ...m, schemaVersion: undefined }), 'version', /—/],
    ['nodes missing', (m) => ({ ...m, nodes: undefined }), 'schema', /nodes/],
    [
      'a node without name',
      (m) => (delete (m.nodes[3] as Partial<ChainMap['nodes'][number]>).name, m),
      'schema',
      /\/nodes\/3/,
    ],
    [
      'a node id with <script>',
      (m) => ((m.nodes[0]!.id = '<script>'), m),
      'schema',
      /\/nodes\/0\/id/,
    ],
    [
      'an unknown node kind',
      (m) => ((m.nodes[1]!.kind = 'virus' as 'park'), m),
      'schema',
      /\/nodes\/1\/kind/,
    ],
    ['an extra top-level field', (m) => ({ ...m, evil: 1 }), 'schema', /additional/],
    [
      'a duplicate node id',
      (m) => ((m.nodes[5]!.id = m.nodes[4]!.id), m),
      'invalid',
      /duplicate id/,
    ],
    [
      'a duplicate source id',
      (m) => (m.sources.push({ ...m.sources[0]! }), m),
      'invalid',
      /duplicate source id/,
    ],
    [
      'a link to nowhere',
      (m) => ((m.links[0]!.target = 'nowhere'), m),
      'invalid',
      /unknown target "nowhere"/,
    ],
    [
      'a link from nowhere',
      (m) => ((m.links[2]!.source = 'nowhere'), m),
      'invalid',
      /link 2 \(nowhere → .*\): unknown source "nowhere"/,
    ],
    [
      'a node of an unknown chain',
      (m) => ((m.nodes[2]!.chain = 'other'), m),
      'invalid',
      /unknown chain "other"/,
    ],
    [
      'a node id that is a chain id too',
      (m) => ((m.nodes[6]!.id = m.chains[0]!.id), m),
      'invalid',
      /duplicate id/,
    ],
    [
      'a chain in a place that is not in the map',
      (m) => ((m.chains[1]!.region = 'atlantis'), m),
      'invalid',
      /unknown region "atlantis"/,
    ],
    [
      'two featured chains',
      (m) => (m.chains.forEach((c) => (c.featured = true)), m),
      'invalid',
      /at most one/,
    ],
    [
      'a fact with neither evidence nor reference',
      (m) => ((m.nodes[7]!.evidence = []), delete m.nodes[7]!.reference, m),
      'invalid',
      /neither evidence nor reference/,
    ],
    [
      'a hosts link to a chain that does not exist',
      (m) => ((m.links.find((l) => l.kind === 'hosts')!.target = 'no-chain'), m),
      'invalid',
      /unknown target "no-chain"/,
    ],
  ];
  it.each(cases)('rejects %s', (_name, mutate, kind, detail) => {
    const problem = validateMap(mutate(good()), schemaValidator);
    expect(problem?.kind).toBe(kind);
    expect(problem?.detail).toMatch(detail);
  });

  it('accepts a cycle of supplies links (the compiler reports it; the views draw a back-link)', () => {
    const m = good();
    const back = m.links.find((l) => l.kind === 'supplies' && l.target.endsWith('-mid-housing'))!;
    m.links.push({ ...back, source: back.target, target: back.source });
    expect(validateMap(m, schemaValidator)).toBeNull();
    // … but not when something else is wrong too.
    m.links[0]!.target = 'nowhere';
    expect(validateMap(m, schemaValidator)?.kind).toBe('invalid');
  });

  it('clips a long detail', () => {
    const m = good();
    m.links[0]!.target = 'x'.repeat(5000);
    expect(validateMap(m, schemaValidator)?.detail.length).toBeLessThanOrEqual(201);
  });
});
