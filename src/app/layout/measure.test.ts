import { describe, expect, it } from 'vitest';
import { charEm, estimateWidth, fitText, graphemes } from './measure.ts';

describe('charEm and estimateWidth', () => {
  it.each([
    ['压', 1],
    ['（', 1],
    ['…', 1],
    ['A', 0.72],
    ['a', 0.6],
    ['7', 0.6],
    [' ', 0.34],
  ])('%j → %f em', (c, em) => expect(charEm(c)).toBe(em));
  it('adds the characters up at the font size', () => {
    expect(estimateWidth('压缩机', 24)).toBe(72);
    expect(estimateWidth('PTC加热器', 20)).toBeCloseTo((0.72 * 3 + 3) * 20);
  });
});

describe('fitText: the one rule for a cut name', () => {
  // 10 px a grapheme.
  const w = (s: string): number => graphemes(s).length * 10;
  it.each([
    ['fits', '压缩机', 30, '压缩机'],
    ['cut with an ellipsis', '热管理系统集成', 40, '热管理…'],
    ['no room for one grapheme and the ellipsis', '压缩机', 15, ''],
    ['a space before the cut is not kept', 'Heat pump system', 60, 'Heat…'],
    // An accented letter written as e + a combining mark, and a flag, stay whole.
    ['whole graphemes', 'Re\u0301seau de chaleur', 40, 'Re\u0301s…'],
    ['a flag is one grapheme', '🇨🇳中国汽车', 30, '🇨🇳中…'],
  ])('%s', (_name, text, room, want) => {
    expect(fitText(text, room, w)).toBe(want);
  });
});
