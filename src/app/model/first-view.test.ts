import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { invariantProblems } from '../../contract/invariants.ts';
import { chainView } from './chain-view.ts';
import { firstView } from './first-view.ts';

const atlas = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;

describe('firstView: the featured chain, before the atlas', () => {
  const first = firstView(atlas);
  it('is a map of the contract of its own', () => expect(invariantProblems(first)).toEqual([]));
  it('shows the featured chain as the atlas does: the same nodes and links of that chain', () => {
    const a = chainView(atlas);
    const b = chainView(first);
    expect(b.chains[0]?.id).toBe(a.chains[0]?.id);
    expect(b.nodes.map((n) => n.id)).toEqual(a.nodes.map((n) => n.id));
    expect(b.links).toEqual(a.links);
  });
  it('keeps every place of the atlas', () =>
    expect(first.nodes.filter((n) => n.kind === 'region').map((n) => n.id)).toEqual(
      atlas.nodes.filter((n) => n.kind === 'region').map((n) => n.id),
    ));
  it('is a fraction of the atlas', () => {
    const gz = (m: ChainMap) => gzipSync(JSON.stringify(m)).length;
    expect(gz(first)).toBeLessThan(gz(atlas) / 3);
  });
});
