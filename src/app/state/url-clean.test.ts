import { describe, expect, it } from 'vitest';
import { cleanParam, MAX_QUERY, parseUrl, resolveDataUrl } from './url.ts';

describe('cleanParam', () => {
  it.each([
    ['mid-eev', 10, 'mid-eev'],
    ['a\u202Egpj.exe', 20, 'agpj.exe'],
    ['\u2066x\u2069\u200e\u200f', 20, 'x'],
    ['a\u0000b\u001bc\u007fd\u009fe', 20, 'abcde'],
    ['x'.repeat(500), 3, 'xxx'],
    ['压缩机😀', 4, '压缩机😀'],
    ['😀😀😀', 2, '😀😀'],
  ])('%j, %i → %j', (value, max, out) => expect(cleanParam(value, max)).toBe(out));
});

describe('parseUrl with hostile values', () => {
  it('cuts a 100 kB query and node to a usable length', () => {
    const { state } = parseUrl(`?q=${'x'.repeat(100_000)}&node=${'y'.repeat(100_000)}`);
    expect(state.q.length).toBe(MAX_QUERY);
    expect(state.node?.length).toBe(120);
  });
  it('reports an unknown view without its control characters, clipped', () => {
    const { problems } = parseUrl(`?view=${encodeURIComponent(`\u202E<script>${'v'.repeat(99)}`)}`);
    expect(problems).toEqual([{ kind: 'view', value: `<script>${'v'.repeat(32)}` }]);
  });
  it.each([
    'https://evil.example/x.json',
    '//evil.example/x.json',
    '\\\\evil.example\\x.json',
    '/\\evil.example/x.json',
    ' //evil.example/x.json',
    '\t//evil.example/x.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    'blob:https://evil.example/1',
    'file:///etc/passwd',
  ])('never resolves %j to another origin', (data) => {
    expect(resolveDataUrl(data, 'https://portal.example/map/')).toBeNull();
  });
});
