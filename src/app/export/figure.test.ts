import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import {
  A4_LANDSCAPE_300DPI,
  buildFigure,
  FONT_FAMILY,
  SLIDE,
  sourceTitles,
  type FigureInput,
  type Mark,
} from './figure.ts';
import { FONT_FAMILY as PLUGIN_FONT } from '../../../build/vite-plugin-cjk-font.ts';
import { escapeXml, figureSvg, SHIPPED_FONT } from './render.ts';
import { chainView, pickChain } from '../model/chain-view.ts';
import { strings } from '../i18n/strings.ts';
import { modeStrings } from '../i18n/modes.ts';

// The featured chain, as the app shows it.
const atlas = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
const map = chainView(atlas);
const chain = pickChain(atlas) ?? null;
// A monospace stand-in for canvas measureText: one em per CJK character, half an em otherwise.
const measure = (s: string, size: number): number =>
  [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? size : size / 2), 0);
/** The input of a zh slide of the force view, with `more` on top. */
const zhForceSlide = (more: Partial<FigureInput> = {}): FigureInput => ({
  map,
  chain,
  view: 'force',
  lang: 'zh',
  t: strings('zh'),
  sourceLine: modeStrings('zh').sourceLine,
  selected: null,
  ...SLIDE,
  measure,
  ...more,
});
const texts = (marks: Mark[]): string[] =>
  marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));

describe('buildFigure', () => {
  it.each([
    ['force', 'zh', SLIDE],
    ['sankey', 'zh', SLIDE],
    ['force', 'en', A4_LANDSCAPE_300DPI],
    ['sankey', 'en', A4_LANDSCAPE_300DPI],
  ] as const)(
    '%s %s %o: background, title, legend, sources, gaps, inside the page',
    (view, lang, size) => {
      const fig = buildFigure({
        map,
        chain,
        view,
        lang,
        t: strings(lang),
        sourceLine: modeStrings(lang).sourceLine,
        selected: null,
        ...size,
        measure,
      });
      expect(fig.marks[0]).toEqual({
        kind: 'rect',
        x: 0,
        y: 0,
        ...{ w: size.width, h: size.height },
        fill: '#ffffff',
      });
      const all = texts(fig.marks);
      expect(all[0]).toBe(`${chain!.name[lang]} · ${strings(lang).views[view]}`);
      expect(all).toContain(strings(lang).kinds.park);
      // The legend lists the kinds on the map: the chain has no places or institutions.
      expect(all).not.toContain(strings(lang).kinds.region);
      expect(all).not.toContain(strings(lang).kinds.institution);
      expect(all).toContain(strings(lang).gapLegend);
      const source = all.find((s) => s.startsWith(lang === 'zh' ? '来源：《' : 'Source: 《'));
      // The document that defines the chain (a chain document, its first source) comes first.
      const defining = map.sources.find((s) => s.id === chain!.sources[0]);
      expect(defining?.genre).toBe('chain');
      expect(
        source?.startsWith(`${lang === 'zh' ? '来源：' : 'Source: '}《${defining?.title}》`),
      ).toBe(true);
      for (const gap of map.nodes.filter((n) => n.status === 'gap'))
        expect(all).toContain(gap.name[lang]);
      for (const m of fig.marks) {
        if (m.kind !== 'text' && m.kind !== 'path') continue;
        expect(m.x).toBeGreaterThanOrEqual(0);
        expect(m.x).toBeLessThanOrEqual(size.width);
        expect(m.y).toBeGreaterThanOrEqual(0);
        expect(m.y).toBeLessThanOrEqual(size.height);
      }
    },
  );

  it('draws the force layout it is given (the build’s) instead of laying the map out again', () => {
    const gap = map.nodes.find((n) => n.status === 'gap')!;
    const figure = (gapX: number) =>
      buildFigure(
        zhForceSlide({
          positions: new Map(
            map.nodes.map((n, i) => [
              n.id,
              { id: n.id, x: n.id === gap.id ? gapX : 500, y: i * 10 },
            ]),
          ),
        }),
      );
    const labelX = (gapX: number): number => {
      for (const m of figure(gapX).marks)
        if (m.kind === 'text' && m.text === gap.name.zh) return m.x;
      return NaN;
    };
    expect(labelX(0)).toBeLessThan(labelX(1000));
  });
});

describe('sourceTitles', () => {
  it.each([
    [1e9, false],
    [900, true],
  ])('max width %i cut: %s', (max, cut) => {
    const s = sourceTitles(map, (x) => measure(x, 20), max, chain?.sources ?? null);
    expect(s.endsWith('…')).toBe(cut);
    expect(s.startsWith('《')).toBe(true);
  });
});

describe('svg', () => {
  it.each([
    ['<a href="x">&', '&lt;a href=&quot;x&quot;&gt;&amp;'],
    ["it's", 'it&#39;s'],
  ])('escapes %s', (raw, escaped) => {
    expect(escapeXml(raw)).toBe(escaped);
  });
  it('is a standalone document with title, text as text', () => {
    const svg = figureSvg(buildFigure(zhForceSlide()), 'zh-CN');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain('<title>');
    expect(svg).toContain('>压缩机</text>');
    expect(svg).toContain('>来源：《');
    expect(svg).not.toContain('@font-face');
  });

  it('embeds the shipped font (the family the build ships, first in the stack) when given', () => {
    expect(SHIPPED_FONT).toBe(PLUGIN_FONT);
    expect(FONT_FAMILY.startsWith(`"${SHIPPED_FONT}"`)).toBe(true);
    const fig = buildFigure({
      map,
      chain,
      view: 'sankey',
      lang: 'en',
      t: strings('en'),
      sourceLine: modeStrings('en').sourceLine,
      selected: null,
      ...SLIDE,
      measure,
    });
    const font = 'data:font/woff2;base64,d09GMgABAAA=';
    const svg = figureSvg(fig, 'en', font);
    expect(svg).toMatch(
      /<defs><style>[^<]*@font-face \{ font-family: "ChainMap Sans SC"; src: url\("data:font\/woff2;base64,d09GMgABAAA="\) format\("woff2"\); \}<\/style><\/defs>/,
    );
    // Two files: the first screen's characters with their range, and every other character.
    const two = figureSvg(fig, 'en', [
      { dataUrl: font, range: null },
      { dataUrl: font, range: 'U+4E0B, U+4E2D-4E2E' },
    ]);
    expect(two.match(/@font-face/g)).toHaveLength(2);
    expect(two).toContain('unicode-range: U+4E0B, U+4E2D-4E2E; }');
    // A range that is not a plain unicode-range is not written into the markup.
    expect(figureSvg(fig, 'en', [{ dataUrl: font, range: '} body { color: red' }])).not.toContain(
      '<style>',
    );
    // Anything but a base64 font data: URL is left out rather than written into the markup.
    expect(figureSvg(fig, 'en', 'data:font/woff2;base64,"></style><script>')).not.toContain(
      '<style>',
    );
  });
});
