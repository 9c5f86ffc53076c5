import { describe, expect, it } from 'vitest';
import { columnsLayout, columnLinks, type Column, type ColumnsLayout } from './columns-picture.ts';
import { estimateWidth as textWidth } from './measure.ts';

const items = (prefix: string, n: number, tone: 'gap' | 'present' | 'context' = 'context') =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, label: `环节${prefix}${i}`, tone }));

/** Every box inside the picture, no two overlapping, every line within its box (by estimate). */
function sound(l: ColumnsLayout): void {
  for (const b of l.boxes) {
    expect(b.x).toBeGreaterThanOrEqual(-0.01);
    expect(b.y).toBeGreaterThanOrEqual(-0.01);
    expect(b.x + b.w).toBeLessThanOrEqual(l.width + 0.01);
    expect(b.y + b.h).toBeLessThanOrEqual(l.height + 0.01);
    for (const line of b.lines) expect(textWidth(line.text, l.font)).toBeLessThanOrEqual(b.w);
  }
  for (const a of l.boxes)
    for (const b of l.boxes) {
      if (a === b) continue;
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
}

describe('columnsLayout', () => {
  const chain: Column[] = [
    { key: 'up', title: '上游', items: items('u', 6) },
    { key: 'mid', title: '中游', items: [...items('g', 7, 'gap'), ...items('m', 9)] },
    { key: 'down', title: '下游', items: items('d', 4, 'present') },
  ];

  it('uses the largest font at which everything fits, one stack a column when there is room', () => {
    const l = columnsLayout(chain, { width: 1600, height: 1000, fonts: [30, 24] });
    expect(l.font).toBe(30);
    expect(l.hidden).toBe(0);
    expect(l.boxes).toHaveLength(26);
    expect(l.headers.map((h) => h.title)).toEqual(['上游', '中游', '下游']);
    sound(l);
  });

  it('a tall column takes several stacks side by side', () => {
    const l = columnsLayout(chain, { width: 1600, height: 600, fonts: [24] });
    expect(l.hidden).toBe(0);
    const xs = new Set(l.boxes.filter((b) => b.column === 'mid').map((b) => b.x));
    expect(xs.size).toBeGreaterThan(1);
    sound(l);
  });

  it('falls back to the smaller font before leaving anything out', () => {
    const l = columnsLayout(chain, { width: 1600, height: 600, fonts: [40, 24] });
    expect(l.font).toBe(24);
    expect(l.hidden).toBe(0);
  });

  it('when even the smallest font cannot show everything, context gives way to a count', () => {
    const big: Column[] = [
      { key: 'mid', title: '中游', items: [...items('g', 3, 'gap'), ...items('c', 300)] },
    ];
    const l = columnsLayout(big, { width: 900, height: 500, fonts: [24] });
    expect(l.font).toBe(24);
    expect(l.hidden).toBe(300);
    expect(l.boxes.map((b) => [b.tone, b.label])).toEqual([
      ['gap', '环节g0'],
      ['gap', '环节g1'],
      ['gap', '环节g2'],
      ['more', '+300'],
    ]);
    sound(l);
  });

  it('too many gaps: as many of each column as fit, the rest counted', () => {
    const gaps: Column[] = [
      { key: 'a', title: 'A', items: [...items('c', 50), ...items('g', 200, 'gap')] },
      { key: 'b', title: 'B', items: items('h', 3, 'gap') },
    ];
    const l = columnsLayout(gaps, { width: 900, height: 500, fonts: [24] });
    const a = l.boxes.filter((b) => b.column === 'a');
    expect(a.length).toBeGreaterThan(5);
    expect(a.slice(0, -1).every((b) => b.tone === 'gap')).toBe(true);
    expect(a.at(-1)).toMatchObject({ tone: 'more', label: `+${250 - (a.length - 1)}` });
    expect(l.boxes.filter((b) => b.column === 'b').map((b) => b.label)).toEqual([
      '环节h0',
      '环节h1',
      '环节h2',
    ]);
    sound(l);
  });

  it('the slide’s subject stays when everything else gives way', () => {
    const crowd: Column[] = [
      {
        key: 'mid',
        title: '中游',
        items: [{ id: 'me', label: '压缩机', tone: 'gap', focus: true }, ...items('g', 400, 'gap')],
      },
    ];
    const l = columnsLayout(crowd, { width: 400, height: 300, fonts: [24] });
    expect(l.boxes[0]).toMatchObject({ id: 'me', focus: true });
    expect(l.boxes.at(-1)?.id).toBe('mid:more');
    sound(l);
  });

  it('no room at all: nothing is drawn rather than something too small', () => {
    const l = columnsLayout(chain, { width: 50, height: 30, fonts: [24] });
    expect(l.boxes).toEqual([]);
  });

  it('splits no word while a smaller size or more stacks can keep them whole', () => {
    const english: Column[] = [
      {
        key: 'up',
        title: 'Upstream',
        items: ['Engineering plastics & rubber', 'Refrigerants', 'Aluminium'].map((label, i) => ({
          id: `e${i}`,
          label,
          tone: 'context' as const,
        })),
      },
    ];
    // At 40 px "Engineering" (≈ 7.3 em) does not fit a 260 px box: 24 px it is, whole words.
    const l = columnsLayout(english, { width: 260, height: 600, fonts: [40, 24] });
    expect(l.font).toBe(24);
    const words = new Set(english[0]!.items.flatMap((i) => i.label.split(' ')));
    for (const b of l.boxes)
      for (const w of b.lines
        .map((x) => x.text)
        .join(' ')
        .split(' '))
        expect(words).toContain(w);
  });

  it('measures with the function it is given (the browser’s, in the app)', () => {
    const wide = columnsLayout(chain, {
      width: 1600,
      height: 1000,
      fonts: [30, 24],
      measure: (text, font) => text.length * font * 3,
    });
    const plain = columnsLayout(chain, { width: 1600, height: 1000, fonts: [30, 24] });
    expect(wide.boxes.some((b) => b.lines.length > 1)).toBe(true);
    expect(plain.boxes.every((b) => b.lines.length === 1)).toBe(true);
  });

  it('top-aligned columns start under their titles', () => {
    const l = columnsLayout(chain, { width: 1600, height: 1000, fonts: [30], align: 'top' });
    const tops = new Set(
      l.headers.map((h) => Math.min(...l.boxes.filter((b) => b.column === h.key).map((b) => b.y))),
    );
    expect(tops.size).toBe(1);
  });

  it('is the same picture for the same input', () => {
    const o = { width: 1234, height: 567, fonts: [28, 24] };
    expect(columnsLayout(chain, o)).toEqual(columnsLayout(chain, o));
  });
});

describe('columnLinks', () => {
  it('draws a curve from the right edge of one box to the left edge of the other', () => {
    const l = columnsLayout(
      [
        { key: 'a', title: 'A', items: [{ id: 'x', label: 'x', tone: 'context' }] },
        { key: 'b', title: 'B', items: [{ id: 'y', label: 'y', tone: 'gap', focus: true }] },
      ],
      { width: 600, height: 300, fonts: [24] },
    );
    const [x, y] = l.boxes;
    const links = columnLinks(l, [
      ['x', 'y'],
      ['x', 'missing'],
    ]);
    expect(links).toHaveLength(1);
    expect(links[0]!.key).toBe('x>y');
    expect(links[0]!.d.startsWith(`M${Math.round((x!.x + x!.w) * 10) / 10},`)).toBe(true);
    expect(
      links[0]!.d.endsWith(
        `${Math.round(y!.x * 10) / 10},${Math.round((y!.y + y!.h / 2) * 10) / 10}`,
      ),
    ).toBe(true);
  });
});
