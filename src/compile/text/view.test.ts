import { describe, expect, it } from 'vitest';
import { makeView, residueStart, squeeze, sentenceAt } from './view.ts';

describe('makeView', () => {
  it('blanks bookmark markers without moving anything', () => {
    const text = '[bookmark: OLE_LINK9][bookmark: OLE_LINK1]“十四五”期间';
    const view = makeView(text);
    expect(view).toHaveLength(text.length);
    expect(view.trim()).toBe('"十四五"期间'.replace(/"/g, (q, i: number) => (i === 0 ? '“' : '”')));
    expect(view.indexOf('十四五')).toBe(text.indexOf('十四五'));
  });

  it.each([
    ['正文一句。\n展开\n投资咨询热线\n400-168-6016\n', '正文一句。'],
    ['正文。\n0人\n- 每日推荐\n- 特朗普紧急发声 事关进口关税!\n', '正文。'],
    ['政策正文到此结束。\n来源:市金融工作局', '政策正文到此结束。'],
    ['只有正文。\n\n', '只有正文。'],
  ])('blanks trailing web-page residue: %j', (text, kept) => {
    expect(makeView(text).trim()).toBe(kept);
    expect(residueStart(makeView(text))).toBeGreaterThanOrEqual(kept.length);
  });

  it('folds CRLF, NBSP and full-width forms to same-length equivalents', () => {
    const text = '约７００亩\r\n（一）';
    const view = makeView(text);
    expect(view).toHaveLength(text.length);
    expect(view).toContain('700亩');
    expect(view).toContain('(一)');
  });
});

describe('squeeze', () => {
  it.each([
    ['新乡市“十四五”招商引资和 承接产业转移规划', '新乡市“十四五”招商引资和承接产业转移规划'],
    ['河南省工业和信息化厅 河南省财政厅', '河南省工业和信息化厅河南省财政厅'],
    ['Electric  compressor', 'Electric compressor'],
  ])('%s → %s', (raw, expected) => expect(squeeze(raw)).toBe(expected));
});

describe('sentenceAt', () => {
  it('finds the sentence around an offset', () => {
    const v = '第一句。第二句有压缩机，还有风机。第三句';
    const [s, e] = sentenceAt(v, v.indexOf('压缩机'));
    expect(v.slice(s, e)).toBe('第二句有压缩机，还有风机。');
  });
});
