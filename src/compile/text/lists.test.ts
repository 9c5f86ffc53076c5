import { describe, expect, it } from 'vitest';
import { bracketed, splitList } from './lists.ts';

const split = (s: string) =>
  splitList(s, 0, s.length).map((i) => [i.text, s.slice(i.start, i.end)]);

describe('splitList', () => {
  it.each([
    ['压缩机、风机、壳体', ['压缩机', '风机', '壳体']],
    ['A，B,C', ['A', 'B', 'C']],
    [' 区商务局 、 区财政局 ', ['区商务局', '区财政局']],
    ['中船重工(718所、712所)、富瑞特装', ['中船重工(718所、712所)', '富瑞特装']],
    ['《甲、乙办法》、丙', ['《甲、乙办法》', '丙']],
    ['面粉及面制品加工、休闲食品', ['面粉及面制品加工', '休闲食品']],
    ['、、A、', ['A']],
  ])('%s', (input, items) => {
    const got = split(input);
    expect(got.map((g) => g[0])).toEqual(items);
    // Every item is the exact slice its offsets name.
    for (const [text, slice] of got) expect(slice).toBe(text);
  });

  it('keeps offsets into the whole text when given a span', () => {
    const s = '瞄准压缩机、风机等关键环节';
    expect(splitList(s, 2, 8)).toEqual([
      { text: '压缩机', start: 2, end: 5 },
      { text: '风机', start: 6, end: 8 },
    ]);
  });
});

describe('bracketed', () => {
  it('splits a head from the list in its brackets, with offsets', () => {
    const s = 'x汽车制造(零部件、汽车电子)';
    const [item] = splitList(s, 1, s.length);
    const { head, inner } = bracketed(item!, s);
    expect(head).toEqual({ text: '汽车制造', start: 1, end: 5 });
    expect(inner.map((i) => [i.text, s.slice(i.start, i.end)])).toEqual([
      ['零部件', '零部件'],
      ['汽车电子', '汽车电子'],
    ]);
  });
  it('leaves an item without brackets whole', () => {
    const s = '软件和信息服务业';
    expect(bracketed({ text: s, start: 0, end: s.length }, s)).toEqual({
      head: { text: s, start: 0, end: s.length },
      inner: [],
    });
  });
});
