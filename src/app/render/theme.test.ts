import { describe, expect, it } from 'vitest';
import { KIND_ORDER, KIND_STYLE, shapePath } from './theme.ts';
import { isChainMap } from '../data/load.ts';

describe('shapePath', () => {
  it.each([
    ['square', 2, 'M-2,-2h4v4h-4Z'],
    ['diamond', 1, 'M0,-1.3L1.3,0L0,1.3L-1.3,0Z'],
    ['circle', 1, 'M-1,0a1,1 0 1,0 2,0a1,1 0 1,0 -2,0Z'],
  ] as const)('%s r=%i', (shape, r, d) => expect(shapePath(shape, r)).toBe(d));

  it('gives every kind its own shape or colour, and a legend slot', () => {
    const looks = KIND_ORDER.map((k) => `${KIND_STYLE[k].shape}/${KIND_STYLE[k].color}`);
    expect(new Set(looks).size).toBe(KIND_ORDER.length);
    expect(new Set(KIND_ORDER.map((k) => KIND_STYLE[k].shape)).size).toBe(KIND_ORDER.length);
  });
});

describe('isChainMap', () => {
  it.each([
    [null, false],
    ['<html>', false],
    [{ schemaVersion: 1, nodes: [], links: [], sources: [], chains: [] }, false],
    [{ schemaVersion: 3, nodes: [], links: [], sources: [], chains: [] }, false],
    [{ schemaVersion: 2, nodes: [], links: [], sources: [], chains: [] }, true],
    [{ schemaVersion: 2, nodes: [{}], links: [], sources: [], chains: [] }, false],
  ])('%j → %s', (x, ok) => expect(isChainMap(x)).toBe(ok));
});
