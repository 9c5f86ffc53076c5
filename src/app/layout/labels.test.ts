import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from './labels.ts';

const box = (id: string, x: number, y: number, priority: number, w = 10, h = 10): LabelBox => ({
  id,
  x,
  y,
  w,
  h,
  priority,
});

describe('placeLabels', () => {
  it.each([
    ['overlap: higher priority wins', [box('a', 0, 0, 2), box('b', 5, 5, 1)], ['a']],
    ['overlap: order does not matter', [box('b', 5, 5, 1), box('a', 0, 0, 2)], ['a']],
    ['touching edges do not clash', [box('a', 0, 0, 1), box('b', 10, 0, 1)], ['a', 'b']],
    ['apart across grid cells', [box('a', 0, 0, 1), box('b', 200, 200, 1)], ['a', 'b']],
    [
      'a long label spanning cells clashes',
      [box('a', 0, 0, 1, 300, 10), box('b', 250, 5, 0)],
      ['a'],
    ],
    [
      'chain: dropped label does not block',
      [box('a', 0, 0, 3), box('b', 8, 0, 2), box('c', 16, 0, 1)],
      ['a', 'c'],
    ],
    ['empty', [], []],
  ])('%s', (_name, boxes, expected) => {
    expect([...placeLabels(boxes)].sort()).toEqual(expected);
  });
});

describe('placeLabels with blockers', () => {
  it.each([
    ['a label over a node mark is dropped', [box('a', 0, 0, 1)], [{ x: 5, y: 5, w: 4, h: 4 }], []],
    ['a label beside it is kept', [box('a', 20, 0, 1)], [{ x: 5, y: 5, w: 4, h: 4 }], ['a']],
    [
      'overlapping marks both still block',
      [box('a', 30, 0, 1), box('b', 0, 30, 1)],
      [
        { x: 25, y: 0, w: 10, h: 10 },
        { x: 28, y: 2, w: 10, h: 10 },
        { x: 0, y: 28, w: 5, h: 5 },
      ],
      [],
    ],
  ])('%s', (_name, boxes, blockers, expected) => {
    expect([...placeLabels(boxes, blockers)].sort()).toEqual(expected);
  });
});
