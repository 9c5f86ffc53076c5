import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { chainView, pickChain } from '../model/chain-view.ts';
import { buildGraph } from '../model/graph.ts';
import { strings } from '../i18n/strings.ts';
import { panoramaPicture } from '../layout/page-columns.ts';
import { columnMarks, type ColumnsPicture } from './columns.ts';
import type { Mark } from './figure.ts';

const atlasMap = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
const graph = buildGraph(chainView(atlasMap));
// The chain on screen (the featured one).
const chain = pickChain(atlasMap) ?? null;
// One em per CJK character, half an em otherwise (a stand-in for canvas measureText).
const measure = (s: string, size: number): number =>
  [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? size : size / 2), 0);
const plot = { x: 60, y: 150, w: 1800, h: 760 };
const texts = (marks: Mark[]): string[] =>
  marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
const cards = (marks: Mark[]) => marks.filter((m) => m.kind === 'path');

describe('columnMarks', () => {
  it('every card lies inside the plot, and a long column spreads over several widths', () => {
    const pic = panoramaPicture(graph, chain, 'zh', strings('zh'));
    const marks = columnMarks(pic, plot, 1, measure);
    for (const m of cards(marks)) {
      expect(m.x).toBeGreaterThanOrEqual(plot.x);
      expect(m.y).toBeGreaterThanOrEqual(plot.y);
      expect(m.y).toBeLessThan(plot.y + plot.h);
    }
    // All the thermal chain's segments and customers are drawn: nothing cut.
    const items = pic.columns.reduce((n, c) => n + c.items.length, 0);
    expect(cards(marks)).toHaveLength(items);
    expect(texts(marks).some((x) => x.startsWith('+'))).toBe(false);
  });

  it('what does not fit ends in "+N", and N counts what was left out', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      id: `s${i}`,
      label: `环节${i}`,
      tone: 'present' as const,
    }));
    const pic: ColumnsPicture = {
      title: 't',
      columns: [{ key: 'a', title: '甲', items }],
      perRow: 2,
      sources: [],
    };
    // Two rows' worth of columns: no spreading into other widths.
    const marks = columnMarks(
      {
        ...pic,
        columns: [
          ...pic.columns,
          { key: 'b', title: '乙', items: [] },
          { key: 'c', title: '丙', items: [] },
        ],
      },
      { ...plot, h: 400 },
      1,
      measure,
    );
    const drawn = cards(marks).length;
    const more = texts(marks).find((x) => x.startsWith('+'));
    expect(drawn).toBeGreaterThan(0);
    expect(drawn + Number(more?.slice(1))).toBe(40);
  });

  it('a label too long for its card wraps to three lines, the last cut with "…"', () => {
    const item = { id: 'x', label: '很'.repeat(400), tone: 'present' as const };
    const pic: ColumnsPicture = {
      title: 't',
      columns: [{ key: 'a', title: '甲', items: [item] }],
      perRow: 1,
      sources: [],
    };
    const lines = texts(columnMarks(pic, plot, 1, measure)).filter((x) => x.startsWith('很'));
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line, 20)).toBeLessThanOrEqual(plot.w);
  });
});
