import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readScope } from './scope.ts';

describe('readScope: the sentence that says whom a document applies to', () => {
  it.each([
    [
      '第十条 本措施适用于新乡经开区内的汽车热管理企业。本措施由区商务局负责解释。',
      '本措施适用于新乡经开区内的汽车热管理企业。',
    ],
    ['本办法适用于在我县注册的企业。', '本办法适用于在我县注册的企业。'],
    ['本政策适用于全区。', '本政策适用于全区。'],
    ['本意见适用于市内各开发区。', '本意见适用于市内各开发区。'],
    ['本方案适用于袁州区锂电企业。', '本方案适用于袁州区锂电企业。'],
  ])('%s', (text, quote) => {
    const d = doc(text);
    const r = readScope(d);
    expect(r?.quote).toBe(quote);
    expect(spansHold(d, r ? [r] : [])).toBe(true);
  });

  it.each(['本措施由区商务局负责解释。', '该措施适用于企业。'])('none: %s', (text) =>
    expect(readScope(doc(text))).toBeNull(),
  );
});
