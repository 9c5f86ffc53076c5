import { describe, expect, it } from 'vitest';
import { parseUrl } from './url.ts';
import { parsePrefs, PREFS_KEY, readPrefs, withPrefs, writePrefs } from './storage.ts';

/** A Storage whose methods behave like a real one, or throw. */
function fakeStorage(init: Record<string, string> = {}, fail?: 'get' | 'set'): Storage {
  const m = new Map(Object.entries(init));
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    key: (i: number) => [...m.keys()][i] ?? null,
    removeItem: (k: string) => void m.delete(k),
    getItem: (k: string) => {
      if (fail === 'get') throw new DOMException('denied', 'SecurityError');
      return m.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail === 'set') throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
  };
}

describe('parsePrefs', () => {
  it.each([
    ['{"lang":"en","view":"sankey"}', { lang: 'en', view: 'sankey' }],
    ['{"lang":"en","view":"bogus"}', { lang: 'en' }],
    ['{"lang":"<script>alert(1)</script>","view":"javascript:alert(1)"}', {}],
    ['{"lang":', {}],
    ['not json', {}],
    ['null', {}],
    ['[]', {}],
    ['"en"', {}],
    ['{"__proto__":{"polluted":1},"lang":"en"}', { lang: 'en' }],
    [`{"lang":"en","x":"${'x'.repeat(1000)}"}`, {}],
    ['', {}],
    [null, {}],
  ])('%j → %j', (raw, prefs) => {
    expect(parsePrefs(raw)).toEqual(prefs);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('readPrefs and writePrefs', () => {
  it('round-trips', () => {
    const s = fakeStorage();
    writePrefs({ lang: 'en', view: 'outline' }, s);
    expect(readPrefs(s)).toEqual({ lang: 'en', view: 'outline' });
    expect(s.getItem(PREFS_KEY)).toBe('{"lang":"en","view":"outline"}');
  });
  it('a throwing read gives no preferences', () => {
    expect(readPrefs(fakeStorage({ [PREFS_KEY]: '{"lang":"en"}' }, 'get'))).toEqual({});
  });
  it('a throwing write is ignored', () => {
    expect(() => writePrefs({ lang: 'en' }, fakeStorage({}, 'set'))).not.toThrow();
  });
  it('no storage at all', () => {
    expect(readPrefs(null)).toEqual({});
    expect(() => writePrefs({ lang: 'en' }, null)).not.toThrow();
  });
});

describe('withPrefs', () => {
  it.each([
    ['', { lang: 'en', view: 'sankey' }, 'en', 'sankey'],
    ['?node=x', { lang: 'en' }, 'en', 'panorama'],
    ['?lang=zh', { lang: 'en', view: 'outline' }, 'zh', 'outline'],
    ['?view=force', { view: 'outline' }, 'zh', 'force'],
    ['', {}, 'zh', 'panorama'],
  ] as const)('%s with %j → %s, %s', (search, prefs, lang, view) => {
    const s = withPrefs(parseUrl(search).state, search, prefs);
    expect([s.lang, s.view]).toEqual([lang, view]);
  });
});
