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
