import { describe, expect, it } from 'vitest';
import { sentenceAround, sentencesOf, stripBom } from './evidence.ts';

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

describe('sentencesOf: each sentence once, every quote of it marked', () => {
  const show = (text: string, spans: [number, number][]) =>
    sentencesOf(
      text,
      spans.map(([start, end]) => ({ start, end })),
    ).map((x) => x.parts.map((p) => (p.quoted ? `[${p.text}]` : p.text)).join(''));
  it.each([
    // The same quote twice (a firm's own evidence and the link naming it): one sentence.
    [
      '引进万华化学、宝丰能源等企业。下一句',
      [
        [2, 6],
        [2, 6],
      ],
      ['引进[万华化学]、宝丰能源等企业。'],
    ],
    // Two quotes of one sentence: one sentence, both marked.
    [
      '引进万华化学、宝丰能源等企业。下一句',
      [
        [2, 6],
        [7, 11],
      ],
      ['引进[万华化学]、[宝丰能源]等企业。'],
    ],
    // Quotes of two sentences: two.
    [
      '甲乙。丙丁。',
      [
        [0, 1],
        [3, 4],
      ],
      ['[甲]乙。', '[丙]丁。'],
    ],
    // A quote that is the whole sentence is not marked: a paragraph is no phrase to set apart.
    ['2.建设产业园。', [[0, 8]], ['2.建设产业园。']],
  ] as [string, [number, number][], string[]][])('%s %j', (text, spans, expected) => {
    expect(show(text, spans)).toEqual(expected);
  });
  it('keeps the evidence each sentence stands for', () => {
    const out = sentencesOf('甲。乙。', [
      { start: 0, end: 1, id: 'a' },
      { start: 2, end: 3, id: 'b' },
      { start: 0, end: 1, id: 'c' },
    ]);
    expect(out.map((x) => x.evidence.map((e) => e.id))).toEqual([['a', 'c'], ['b']]);
  });
});
