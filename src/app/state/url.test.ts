import { describe, expect, it } from 'vitest';
import { isSafeRelativePath } from '../data/safe-url.ts';
import { DEFAULT_STATE, parseUrl, resolveDataUrl, toSearch } from './url.ts';

describe('parseUrl', () => {
  it.each([
    ['', DEFAULT_STATE, []],
    ['?view=sankey&node=mid-eev', { ...DEFAULT_STATE, view: 'sankey', node: 'mid-eev' }, []],
    [
      '?view=outline&q=ysj&lang=en',
      { ...DEFAULT_STATE, view: 'outline', q: 'ysj', lang: 'en' },
      [],
    ],
    ['?q=%E5%8E%8B%E7%BC%A9', { ...DEFAULT_STATE, q: '压缩' }, []],
    ['?view=pie', DEFAULT_STATE, [{ kind: 'view', value: 'pie' }]],
    ['?lang=fr', DEFAULT_STATE, []],
    ['?node=', DEFAULT_STATE, []],
    ['?data=x%2Fmap.json', { ...DEFAULT_STATE, data: 'x/map.json' }, []],
    [
      '?data=https%3A%2F%2Fevil.example%2Fm.json',
      { ...DEFAULT_STATE, data: 'https://evil.example/m.json' },
      [{ kind: 'dataUrl', value: 'https://evil.example/m.json' }],
    ],
  ])('%s', (search, state, problems) => {
    expect(parseUrl(search)).toEqual({ state, problems });
  });
});

describe('toSearch', () => {
  it.each([
    [DEFAULT_STATE, ''],
    [{ ...DEFAULT_STATE, view: 'sankey' as const }, '?view=sankey'],
    [{ ...DEFAULT_STATE, node: 'mid-eev', lang: 'en' as const }, '?node=mid-eev&lang=en'],
    [
      { ...DEFAULT_STATE, q: '压缩 机', data: 'a/b.json' },
      '?data=a%2Fb.json&q=%E5%8E%8B%E7%BC%A9+%E6%9C%BA',
    ],
  ])('%o → %s', (state, expected) => {
    expect(toSearch(state)).toBe(expected);
  });

  it.each([
    {
      ...DEFAULT_STATE,
      view: 'outline' as const,
      node: 'park',
      q: 'ysj',
      lang: 'en' as const,
      data: 'x.json',
    },
    { ...DEFAULT_STATE, q: '电子 膨胀阀 & 100%' },
  ])('round-trips %o', (state) => {
    expect(parseUrl(toSearch(state)).state).toEqual(state);
  });
});

describe('isSafeRelativePath / resolveDataUrl', () => {
  it.each([
    ['data/chain-map.json', true],
    ['./x.json', true],
    ['../x.json', true],
    ['https://evil.example/x.json', false],
    ['//evil.example/x.json', false],
    ['/\\evil.example', false],
    ['\\\\evil', false],
    ['javascript:alert(1)', false],
    ['data:application/json,{}', false],
    ['/abs/x.json', false],
    ['', false],
  ])('%s → %s', (path, ok) => {
    expect(isSafeRelativePath(path)).toBe(ok);
  });

  it.each([
    ['x/map.json', 'http://localhost:4173/index.html', 'http://localhost:4173/x/map.json'],
    ['../map.json', 'http://localhost:4173/app/', 'http://localhost:4173/map.json'],
    ['https://evil.example/x.json', 'http://localhost:4173/', null],
  ])('%s from %s → %s', (path, page, expected) => {
    expect(resolveDataUrl(path, page)).toBe(expected);
  });
});

describe('the atlas in the URL: ?chain= and ?region=', () => {
  it.each([
    ['', null, null, 'panorama'],
    ['?chain=xinxiang-chemicals', 'xinxiang-chemicals', null, 'panorama'],
    ['?region=xinxiang&lang=en', null, 'xinxiang', 'panorama'],
    ['?chain=a%E2%80%AEb&view=sankey', 'ab', null, 'sankey'],
  ])('%s', (search, chain, region, view) => {
    const { state } = parseUrl(search);
    expect([state.chain, state.region, state.view]).toEqual([chain, region, view]);
  });

  it('round-trips, defaults left out', () => {
    const s = { ...DEFAULT_STATE, chain: 'xinxiang-chemicals', region: null, node: 'x' };
    expect(toSearch(s)).toBe('?chain=xinxiang-chemicals&node=x');
    expect(parseUrl(toSearch(s)).state).toEqual(s);
    expect(toSearch(DEFAULT_STATE)).toBe('');
  });
});
