import { describe, expect, it } from 'vitest';
import { sentenceAround, stripBom } from './evidence.ts';

describe('sentenceAround', () => {
  it.each([
    ['甲。乙丙丁。戊', 3, 4, { before: '乙', quote: '丙', after: '丁。' }],
    [
      '重点引进压缩机等关键环节。下一句',
      4,
      7,
      { before: '重点引进', quote: '压缩机', after: '等关键环节。' },
    ],
    ['第一行\n  目标20亿元\n第三行', 8, 12, { before: '目标', quote: '20亿元', after: '' }],
    ['只有引文', 0, 4, { before: '', quote: '只有引文', after: '' }],
    ['问？答！止', 2, 3, { before: '', quote: '答', after: '！' }],
    // Word's bookmark markers count in the offsets but are not shown.
    [
      '[bookmark: _GoBack]2.建设约700亩的产业园。',
      24,
      27,
      { before: '2.建设约', quote: '700', after: '亩的产业园。' },
    ],
    [
      '[bookmark: OLE_LINK3][bookmark: OLE_LINK2]一、实施链式招商行动',
      42,
      44,
      { before: '', quote: '一、', after: '实施链式招商行动' },
    ],
  ])('%s [%i,%i)', (text, start, end, expected) => {
    expect(sentenceAround(text, start, end)).toEqual(expected);
  });

  it('caps a run-on sentence at 160 characters each side', () => {
    const text = 'x'.repeat(500) + 'Q' + 'y'.repeat(500);
    const r = sentenceAround(text, 500, 501);
    expect([r.before.length, r.after.length]).toEqual([160, 160]);
  });
});

describe('stripBom', () => {
  it.each([
    ['\ufeff压缩机', '压缩机'],
    ['压缩机', '压缩机'],
    ['', ''],
  ])('%j → %j', (t, expected) => {
    expect(stripBom(t)).toBe(expected);
  });
});
