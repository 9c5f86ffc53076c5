import { describe, expect, it } from 'vitest';
import { gloss, plainSense, segment, transliterate, type Dictionary } from './gloss.ts';

const entries: Record<string, string[]> = {
  锂电池: ['lithium battery'],
  电池: ['battery'],
  材料: ['material', 'data'],
  过滤: ['to filter'],
  设备: ['equipment', 'facilities'],
  海尔: ['Haier (PRC household appliance brand)'],
  药: ['variant of 藥', 'medicine'],
};
const dict: Dictionary = {
  senses: (w) => entries[w],
  proper: (w) => w === '海尔',
  longest: 3,
};

describe('gloss', () => {
  it('segments longest first and glosses word by word, joiners in English', () => {
    expect(segment('锂电池材料', dict)).toEqual(['锂电池', '材料']);
    expect(gloss('过滤设备', dict)).toBe('Filter equipment');
    expect(gloss('电池及材料', dict)).toBe('Battery and material');
  });
  it('skips variant entries and parentheses', () => {
    expect(plainSense(entries['药']!)).toBe('medicine');
    expect(gloss('海尔', dict)).toBe('Haier');
  });
  it('gives up (null) when a word is not in the dictionary', () => {
    expect(gloss('宁德时代', dict)).toBeNull();
  });
});

describe('transliterate', () => {
  it('puts generic words in English and the proper part in pinyin, two characters a word', () => {
    expect(transliterate('三全食品', { 食品: 'Foods' })).toBe('Sanquan Foods');
    expect(transliterate('宁德时代', {})).toBe('Ningde Shidai');
    expect(transliterate('欣旺达', {})).toBe('Xinwangda');
    expect(transliterate('中船重工(718所、712所)', { 重工: 'Heavy Industry' })).toBe(
      'Zhongchuan Heavy Industry',
    );
  });
});
