import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap, Metric } from '../../contract/chain-map.ts';
import { headline } from './metrics.ts';

const m = (id: string, value: number): Metric => ({
  id,
  value,
  unit: 'u',
  evidence: [{ source: 's', start: 0, end: 1, quote: 'x' }],
});

describe('headline', () => {
  it('the compiled featured chain: scale → target, firms + new, park area', () => {
    const map = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
    const rows = headline(map.chains.find((c) => c.featured) ?? null);
    expect(rows.map((r) => [r.key, r.join, r.parts.map((p) => p.value)])).toEqual([
      ['scale', 'arrow', [20, 50]],
      ['firms', 'plus', [10, 30]],
      ['park', null, [700]],
    ]);
  });
  it.each([
    [[], []],
    [[m('scale-target', 50)], [['scale', [50]]]],
    [
      [m('park-area', 7), m('enterprises-current', 3)],
      [
        ['firms', [3]],
        ['park', [7]],
      ],
    ],
    [[m('something-else', 1)], []],
  ])('%j → %j', (metrics, expected) => {
    expect(headline({ metrics }).map((r) => [r.key, r.parts.map((p) => p.value)])).toEqual(
      expected,
    );
  });
  it('no chain, no rows', () => expect(headline(null)).toEqual([]));
});
