/**
 * One panorama (issue 22): the exported picture (PNG/SVG marks, export/figure.ts) and the
 * projection's (modes/present, layout/columns-picture.ts roomLayout) of the featured chain of
 * data/chain-map.json put every title, card and line of a name at the same place relative to
 * their frame once scaled, and cut the same names the same way, in zh and in en.
 *
 * The export is taken as the share menu makes it (pagePicture → buildFigure), at the slide and the
 * A4 size; the projection as the panorama slide asks for it (the same page's columns, titles on
 * top) in a frame 1.5 times the export's plot, at the type size that scales with it. Both measure
 * with the same estimate, so a difference is the layouts', not the fonts'.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { A4_LANDSCAPE_300DPI, buildFigure, SLIDE, type Mark } from '../../src/app/export/figure.ts';
import { strings, type Lang } from '../../src/app/i18n/strings.ts';
import { roomLayout, type ColumnsLayout } from '../../src/app/layout/columns-picture.ts';
import { estimateWidth } from '../../src/app/layout/measure.ts';
import { pagePicture, panoramaPicture } from '../../src/app/layout/page-columns.ts';
import { indexAtlas } from '../../src/app/model/atlas.ts';
import { chainView, pickChain } from '../../src/app/model/chain-view.ts';
import { buildGraph } from '../../src/app/model/graph.ts';

const map = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
const atlas = indexAtlas(map);
const chain = pickChain(map)!;
const flagship = buildGraph(chainView(map, chain.id));

interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** What a picture shows, in fractions of its frame: its texts (titles, lines) and its cards. */
interface Seen {
  texts: { text: string; x: number; y: number; size: number }[];
  cards: { x: number; y: number; w: number; h: number }[];
}

/** The figure's plot, where it draws a page of columns (export/figure.ts buildFigure). */
const plotOf = (width: number, height: number): Frame => {
  const s = Math.min(width / SLIDE.width, height / SLIDE.height);
  return { x: 60 * s, y: 150 * s, w: width - 120 * s, h: height - 320 * s };
};

const round = (v: number): number => Math.round(v * 1e5) / 1e5;
const sorted = (s: Seen): Seen => ({
  texts: s.texts
    .map((t) => ({ text: t.text, x: round(t.x), y: round(t.y), size: round(t.size) }))
    .sort((a, b) => a.x - b.x || a.y - b.y),
  cards: s.cards
    .map((c) => ({ x: round(c.x), y: round(c.y), w: round(c.w), h: round(c.h) }))
    .sort((a, b) => a.x - b.x || a.y - b.y),
});

/** A card's size, from its rounded-rectangle path (M r,0 h w-2r … v h-2r …). */
function cardSize(d: string): { w: number; h: number } {
  const m = /^M([\d.e+-]+),0h([\d.e+-]+)a[^v]*v([\d.e+-]+)/.exec(d);
  if (!m) throw new Error(`not a card: ${d.slice(0, 40)}`);
  const r = Number(m[1]);
  return { w: Number(m[2]) + 2 * r, h: Number(m[3]) + 2 * r };
}

/** The export's marks inside its plot (not the title, legend or source line). */
function exported(lang: Lang, size: { width: number; height: number }, graph = flagship): Seen {
  const t = strings(lang);
  const page = pagePicture({ atlas, regionId: null, graph, chain, view: 'panorama', lang, t });
  expect(page.kind).toBe('panorama');
  const fig = buildFigure({
    map: graph.map,
    chain,
    view: 'panorama',
    lang,
    t,
    sourceLine: (x) => x,
    selected: null,
    ...size,
    measure: estimateWidth,
    columns: page.picture,
  });
  const f = plotOf(size.width, size.height);
  const inPlot = (m: Mark): boolean =>
    m.kind !== 'rect' && m.kind !== 'line' && m.y >= f.y && m.y <= f.y + f.h;
  const seen: Seen = { texts: [], cards: [] };
  for (const m of fig.marks.filter(inPlot)) {
    if (m.kind === 'text')
      seen.texts.push({
        text: m.text,
        x: (m.x - f.x) / f.w,
        y: (m.y - f.y) / f.h,
        size: m.size / f.h,
      });
    if (m.kind === 'path') {
      const { w, h } = cardSize(m.d);
      seen.cards.push({ x: (m.x - f.x) / f.w, y: (m.y - f.y) / f.h, w: w / f.w, h: h / f.h });
    }
  }
  return seen;
}

/** The projection's layout in a frame `k` times the export's plot; texts where their line starts. */
function projected(
  lang: Lang,
  size: { width: number; height: number },
  k: number,
  graph = flagship,
): Seen {
  const f = plotOf(size.width, size.height);
  const s = Math.min(size.width / SLIDE.width, size.height / SLIDE.height);
  const columns = panoramaPicture(graph, chain, lang, strings(lang)).columns;
  const l: ColumnsLayout = roomLayout(columns, {
    width: f.w * k,
    height: f.h * k,
    sizes: [1],
    rem: 20 * s * k,
    align: 'top',
  });
  const W = l.width;
  const H = l.height;
  const seen: Seen = { texts: [], cards: [] };
  for (const h of l.headers)
    seen.texts.push({ text: h.title, x: h.x / W, y: h.y / H, size: h.size / H });
  for (const b of l.boxes) {
    if (b.tone !== 'more') seen.cards.push({ x: b.x / W, y: b.y / H, w: b.w / W, h: b.h / H });
    const x = (b.x + l.padX) / W;
    for (const line of b.lines)
      seen.texts.push({ text: line.text, x, y: (b.y + line.y) / H, size: l.font / H });
    if (b.note)
      seen.texts.push({ text: b.note.text, x, y: (b.y + b.note.y) / H, size: l.noteSize / H });
  }
  return seen;
}

describe('the panorama of the featured chain: one picture, exported and projected', () => {
  it.each([
    ['zh', 'slide', SLIDE],
    ['en', 'slide', SLIDE],
    ['zh', 'A4', A4_LANDSCAPE_300DPI],
    ['en', 'A4', A4_LANDSCAPE_300DPI],
  ] as const)('%s, %s: the same titles, cards and lines at the same places', (lang, _, size) => {
    const ex = sorted(exported(lang, size));
    const pr = sorted(projected(lang, size, 1.5));
    // Not an empty agreement: every segment and customer a card, some name on two lines.
    const pic = panoramaPicture(flagship, chain, lang, strings(lang));
    const items = pic.columns.flatMap((c) => c.items);
    expect(ex.cards).toHaveLength(items.length);
    if (lang === 'en') expect(ex.texts.length).toBeGreaterThan(items.length + pic.columns.length);
    // The same cut names (the texts as drawn), then the same places.
    expect(ex.texts.map((t) => t.text).sort()).toEqual(pr.texts.map((t) => t.text).sort());
    expect(ex.cards).toEqual(pr.cards);
    expect(ex.texts).toEqual(pr.texts);
  });

  it('a name too long for three lines is cut the same way in both', () => {
    // The flagship chain with one gap's name far too long for its card.
    const long = 'Integrated thermal management modules for battery electric vehicles '.repeat(3);
    const gap = map.nodes.find((n) => n.chain === chain.id && n.status === 'gap')!;
    const changed: ChainMap = {
      ...map,
      nodes: map.nodes.map((n) =>
        n === gap ? { ...n, name: { zh: '集成式热管理模块'.repeat(8), en: long } } : n,
      ),
    };
    const graph = buildGraph(chainView(changed, chain.id));
    for (const lang of ['zh', 'en'] as const) {
      const ex = sorted(exported(lang, SLIDE, graph));
      const pr = sorted(projected(lang, SLIDE, 1.5, graph));
      expect(ex.texts.filter((t) => t.text.endsWith('…'))).toHaveLength(1);
      expect(ex.texts).toEqual(pr.texts);
      expect(ex.cards).toEqual(pr.cards);
    }
  });
});
