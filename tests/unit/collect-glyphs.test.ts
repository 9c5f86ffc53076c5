/** The CJK font subset's character set: what goes in, what stays out (build/collect-glyphs.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  baseChars,
  charsOf,
  glyphText,
  readGlyphSources,
  stringsInJson,
} from '../../build/collect-glyphs.ts';

describe('charsOf', () => {
  it.each([
    ['empty', '', []],
    ['CJK, deduplicated', '压缩机压缩机', ['压', '缩', '机']],
    ['mixed with ASCII', 'R290 热泵', ['R', '2', '9', '0', ' ', '热', '泵']],
    [
      'CJK punctuation and ideographic space',
      '《通知》，　。',
      ['《', '通', '知', '》', '，', '　', '。'],
    ],
    ['controls dropped, NBSP kept', 'a\n\t\r\u0000\u0085\u00a0b', ['a', '\u00a0', 'b']],
    ['astral code points whole', '𠀀x', ['𠀀', 'x']],
    ['lone surrogate dropped', '\ud800中', ['中']],
  ])('%s', (_name, text, expected) => {
    expect([...charsOf(text)]).toEqual(expected);
  });
});

describe('stringsInJson', () => {
  it.each([
    ['string', '热管理', ['热管理']],
    ['numbers, booleans, null', [1, true, null], []],
    [
      'keys and values, nested',
      { 名称: { zh: '压缩机', tags: ['电动'] } },
      ['名称', 'zh', '压缩机', 'tags', '电动'],
    ],
    [
      'escaped JSON text is decoded',
      JSON.parse('{"q":"\\u6c7d\\u8f66"}') as unknown,
      ['q', '汽车'],
    ],
  ])('%s', (_name, value, expected) => {
    expect(stringsInJson(value)).toEqual(expected);
  });
});

describe('glyphText', () => {
  it.each([
    ['base only', [], ''],
    ['adds CJK after the base, sorted by code point', ['机压', '缩'], '压机缩'],
    ['no duplicates of base characters', ['A，。'], ''],
  ])('%s', (_name, texts, extraCjk) => {
    const base = baseChars();
    const out = glyphText(texts);
    expect(out.startsWith(' !"#')).toBe(true);
    expect([...out].length).toBe([...new Set(base)].length + [...extraCjk].length);
    expect([...out].filter((c) => !base.includes(c)).join('')).toBe(extraCjk);
  });

  it('base covers ASCII, Latin and CJK punctuation and fullwidth forms', () => {
    const base = baseChars();
    for (const c of 'Az09 .,;:!?()[]{}-–—·…“”‘’、。，：；？！（）《》【】０９×℃①') {
      expect(base, c).toContain(c);
    }
    expect(base).not.toContain('\n');
  });
});

describe('readGlyphSources', () => {
  const root = mkdtempSync(join(tmpdir(), 'chainmap-glyphs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('reads the map strings, seeds and app UI files, and skips tests and other files', () => {
    put('data/chain-map.json', JSON.stringify({ nodes: [{ name: { zh: '压缩机' } }] }));
    put('seeds/a.txt', '第一条');
    put('seeds/manifest.yaml', '清单');
    put('src/app/i18n/strings.ts', "export const t = { search: '搜索' };");
    put('src/app/App.svelte', '<h1>图谱</h1>');
    put('src/app/lib/i18n.test.ts', "expect('测试');");
    put('src/app/lib/x.test-util.ts', "'夹具'");
    put('src/compile/cli.ts', "'编译'");
    put('index.html', '<title>产业链</title>');
    const s = readGlyphSources(root);
    expect(s.map).toContain('压缩机');
    expect(s.seeds).toEqual(['第一条']);
    const ui = s.ui.join('\n');
    for (const w of ['搜索', '图谱', '产业链']) expect(ui).toContain(w);
    for (const w of ['测试', '夹具', '编译', '清单'])
      expect([...s.map, ...s.seeds, ui].join()).not.toContain(w);
    expect(s.files).toEqual([
      'data/chain-map.json',
      'seeds/a.txt',
      'src/app/App.svelte',
      'src/app/i18n/strings.ts',
      'index.html',
    ]);
  });

  it('works before the map is compiled', () => {
    rmSync(join(root, 'data'), { recursive: true });
    expect(readGlyphSources(root).map).toEqual([]);
  });
});
