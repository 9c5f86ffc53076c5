import { describe, expect, it } from 'vitest';
import { digitByDigit, parseNumber, toHalfWidth } from './numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['700', 700],
    ['７００', 700],
    ['1.5', 1.5],
    ['七百', 700],
    ['三十', 30],
    ['五十', 50],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一千二百', 1200],
    ['两万', 20000],
    ['三千零五', 3005],
    ['1.5万', 15000],
    ['1,000', 1000],
    ['', null],
    ['abc', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });
});

describe('toHalfWidth', () => {
  it.each([
    ['７００亩', '700亩'],
    ['（责任部门：区商务局）', '(责任部门:区商务局)'],
    ['３０％', '30%'],
  ])('%s → %s (same length)', (raw, expected) => {
    expect(toHalfWidth(raw)).toBe(expected);
    expect(toHalfWidth(raw)).toHaveLength(raw.length);
  });
});

describe('digitByDigit: a year written one digit a character', () => {
  it.each([
    ['二〇二一', '2021'],
    // The white circle many texts type for 〇.
    ['二○一○', '2010'],
    ['二〇二X', null],
  ])('%s → %s', (s, want) => {
    expect(digitByDigit(s)).toBe(want);
  });
});
