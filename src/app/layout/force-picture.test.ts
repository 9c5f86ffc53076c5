import { describe, expect, it } from 'vitest';
import type { ChainNode, Link } from '../../contract/chain-map.ts';
import {
  chooseLabels,
  EVERY_SIDE,
  forcePicture,
  hitTest,
  labelPriority,
  readingOrder,
  type ForceInput,
  type ForceStyle,
  type KeptLabels,
} from './force-picture.ts';
import type { Placed } from './force.ts';

const node = (id: string, kind: ChainNode['kind'], status?: ChainNode['status']): ChainNode => ({
  id,
  kind,
  name: { zh: id, en: id },
  search: { pinyin: id, initials: id, aliases: [] },
  evidence: [],
  ...(status ? { status } : {}),
});
// One em per character: a 10 px font makes "abc" 30 px wide.
const measure = (text: string, size: number): number => [...text].length * size;
const STYLE: ForceStyle = {
  radius: () => 5,
  fontPx: 10,
  labelGap: 3,
  labelHeight: 12,
  labelPad: 0,
  maxLabel: 200,
  cull: 0,
  cell: 64,
};
const none = { selected: null, focused: null, lit: null };
/** Labels kept on the right of their nodes, with all the room they want. */
const right = (ids: Iterable<string>): KeptLabels =>
  new Map([...ids].map((id) => [id, { side: 'right', room: Infinity }]));

function input(
  nodes: ChainNode[],
  at: [number, number][],
  more: Partial<ForceInput> = {},
): ForceInput {
  return {
    nodes,
    links: [] as Link[],
    pos: new Map<string, Placed>(
      nodes.map((n, i) => [n.id, { id: n.id, x: at[i]![0], y: at[i]![1] }]),
    ),
    camera: { k: 1, x: 0, y: 0 },
    width: 400,
    height: 300,
    lit: null,
    centre: null,
    selected: null,
    focused: null,
    label: (n) => n.name.zh,
    ...more,
  };
}

describe('labelPriority: the one table', () => {
  it.each([
    ['a gap segment', node('g', 'segment', 'gap'), none, 60],
    ['the park', node('p', 'park'), none, 55],
    ['a customer', node('c', 'customer'), none, 45],
    ['a segment the zone has', node('s', 'segment', 'present'), none, 40],
    ['a measure', node('m', 'measure'), none, 25],
    ['a policy', node('y', 'policy'), none, 15],
    ['the selection, whatever its kind', node('m', 'measure'), { ...none, selected: 'm' }, 1000],
    ['in the lit neighbourhood', node('m', 'measure'), { ...none, lit: new Set(['m']) }, 225],
  ])('%s → %i', (_name, n, s, want) => {
    expect(labelPriority(n, s)).toBe(want);
  });
});

describe('forcePicture', () => {
  it('leaves out nodes off the page, dims what is not lit, rings the selection', () => {
    const nodes = [node('a', 'segment'), node('b', 'park'), node('far', 'measure')];
    const s = input(nodes, [
      [50, 50],
      [200, 50],
      [900, 50],
    ]);
    const lit = { ...s, lit: new Set(['a']), centre: 'a', selected: 'a' };
    const pic = forcePicture(lit, STYLE, measure, right(['a', 'b']));
    expect(pic.nodes.map((v) => [v.node.id, v.dim, v.ring])).toEqual([
      ['a', false, 'selected'],
      ['b', true, null],
    ]);
    expect(pic.labels.map((l) => [l.id, l.x, l.y, l.bold, l.dim])).toEqual([
      ['a', 58, 50, true, false],
      ['b', 208, 50, false, true],
    ]);
  });

  it('a link is strong when nothing is lit or it touches the lit node', () => {
    const nodes = [node('a', 'segment'), node('b', 'segment'), node('c', 'segment')];
    const links = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ] as Link[];
    const s = input(
      nodes,
      [
        [0, 0],
        [10, 0],
        [20, 0],
      ],
      { links },
    );
    expect(forcePicture(s, STYLE, measure, right([])).links.map((l) => l.lit)).toEqual([
      true,
      true,
    ]);
    const lit = { ...s, lit: new Set(['a', 'b']), centre: 'a' };
    expect(forcePicture(lit, STYLE, measure, right([])).links.map((l) => l.lit)).toEqual([
      true,
      false,
    ]);
  });

  it('shortens a label at the right edge, and at maxLabel', () => {
    const nodes = [
      node('一二三四五六七八', 'segment'),
      node('长长长长长长长长长长长长长长长长长长长长长长长长长', 'segment'),
    ];
    const s = input(nodes, [
      [320, 50],
      [20, 150],
    ]);
    const pic = forcePicture(s, STYLE, measure, right(nodes.map((n) => n.id)));
    // 400 − (320 + 5 + 3) − 2 = 70 px: six characters and "…".
    expect(pic.labels.map((l) => l.text)).toEqual(['一二三四五六…', `${'长'.repeat(19)}…`]);
  });

  it('draws the first share of the labels, the most important first', () => {
    const nodes = [node('s', 'segment'), node('g', 'segment', 'gap'), node('m', 'measure')];
    const s = input(nodes, [
      [20, 20],
      [20, 100],
      [20, 200],
    ]);
    const kept = chooseLabels(s, STYLE, measure);
    expect(
      forcePicture({ ...s, labels: 0.5 }, STYLE, measure, kept).labels.map((l) => l.id),
    ).toEqual(['s', 'g']);
    expect(forcePicture({ ...s, labels: 0 }, STYLE, measure, kept).labels).toEqual([]);
  });
});

describe('chooseLabels', () => {
  // Two labels on one line: the gap's wins the place; a named node keeps its label anyway.
  const nodes = [node('measure', 'measure'), node('gap', 'segment', 'gap')];
  const s = input(nodes, [
    [0, 0],
    [20, 0],
  ]);
  it('the higher priority wins the place on the right; the other finds none whole', () => {
    const kept = chooseLabels(s, STYLE, measure);
    expect(kept.get('gap')).toEqual({ side: 'right', room: 30 });
    const m = kept.get('measure');
    expect(m === undefined || m.side !== 'right' || m.room < 70).toBe(true);
  });
  it('a named label is kept where it touches', () => {
    const many = Array.from({ length: EVERY_SIDE + 1 }, (_, i) => node(`n${i}`, 'measure'));
    const big = input(
      [...nodes, ...many],
      [[0, 0], [20, 0], ...many.map((_, i) => [100, 1000 + i * 40] as [number, number])],
      { height: 100_000 },
    );
    const named = (n: ChainNode): boolean => n.id === 'measure';
    expect(chooseLabels(big, STYLE, measure).has('measure')).toBe(false);
    expect(chooseLabels(big, STYLE, measure, named).get('measure')).toMatchObject({
      side: 'right',
    });
  });

  it('a label with no room on the right goes left, below or above, shortened if it must', () => {
    // 'b' at the page's right edge; 'c' right of 'a' takes a's right; a's left is off the page.
    const nodes = [
      node('甲乙', 'segment', 'gap'),
      node('丙丁', 'segment'),
      node('戊己', 'measure'),
    ];
    const at = input(nodes, [
      [20, 50],
      [395, 150],
      [45, 50],
    ]);
    const kept = chooseLabels(at, STYLE, measure);
    expect([...kept.keys()].sort()).toEqual(['丙丁', '戊己', '甲乙']);
    const pic = forcePicture(at, STYLE, measure, kept);
    const by = new Map(pic.labels.map((l) => [l.id, l]));
    expect(by.get('丙丁')).toMatchObject({ text: '丙丁', x: 395 - 5 - 3 - 20, y: 150 });
    for (const l of pic.labels) expect(l.x).toBeGreaterThanOrEqual(0);
    for (const l of pic.labels) expect(l.x + l.w).toBeLessThanOrEqual(400);
  });

  it('a picture of more than EVERY_SIDE nodes keeps labels on the right only', () => {
    const many = Array.from({ length: EVERY_SIDE + 1 }, (_, i) => node(`n${i}`, 'segment'));
    const at = input(
      many,
      many.map((_, i) => [395, i * 40] as [number, number]),
      { height: 100_000 },
    );
    const kept = chooseLabels(at, STYLE, measure);
    expect([...kept.values()].every((p) => p.side === 'right')).toBe(true);
  });
});

describe('hitTest and readingOrder', () => {
  const nodes = [node('b', 'segment'), node('a', 'segment'), node('c', 'customer')];
  const s = input(nodes, [
    [0, 100],
    [0, 0],
    [300, 0],
  ]);
  it.each([
    ['on a node', 1, 2, 'a'],
    ['within radius + 4', 0, 108, 'b'],
    ['between nodes', 150, 50, null],
  ])('%s', (_name, x, y, want) => {
    expect(hitTest(nodes, s.pos, s.camera, x, y, STYLE.radius)).toBe(want);
  });
  it('reads column by column, top to bottom', () => {
    expect(readingOrder(nodes, s.pos).map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});
