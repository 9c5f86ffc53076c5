import { describe, expect, it } from 'vitest';
import { evidence, makeView, paragraphYear, residueStart, squeeze, sentenceAt } from './view.ts';
import { doc } from './doc.test-util.ts';

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
    // The last measure ends with whom it falls to, in brackets: still the text, not residue.
    [
      '(一)补齐关键环节。聚焦驱动电机等关键环节开展招商。(责任单位:市商务局)\n',
      '(一)补齐关键环节。聚焦驱动电机等关键环节开展招商。(责任单位:市商务局)',
    ],
    ['正文。\n责任编辑(张三)\n', '正文。'],
    // A copy that ends at the notice's signature keeps it: the bodies and the date (湖南, 2019).
    [
      '现印发给你们,请认真组织实施。\n附件:优质湘猪产业发展规划\n湖南省农业农村厅\n湖南省财政厅\n2019年7月6日\n展开\n',
      '现印发给你们,请认真组织实施。\n附件:优质湘猪产业发展规划\n湖南省农业农村厅\n湖南省财政厅\n2019年7月6日',
    ],
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

describe('text as it arrives', () => {
  it.each([
    ['2020 年 12 月 21 日', '2020年12月21日'],
    ['到 2025 年，产值达到 1800 亿元。', '产值达到1800亿元'],
    ['规上企业达到 100 家', '规上企业达到100家'],
  ])('spaced numerals read like unspaced ones, with the text’s own span: %s', (text, form) => {
    const d = doc(text);
    expect(d.view).toHaveLength(text.length);
    const at = d.view.indexOf(form);
    expect(at).toBeGreaterThanOrEqual(0);
    const ev = evidence(d, at, at + form.length);
    expect(ev.quote.replace(/\s/g, '')).toBe(form);
    expect(d.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('a Word bookmark’s blank is not a space to take out', () => {
    const text = '力争[bookmark: _GoBack]30家';
    expect(makeView(text).includes('争30')).toBe(false);
  });

  it('ASCII ,:() read like their full-width forms', () => {
    expect(makeView('各单位:现将(一)印发,请')).toBe(makeView('各单位：现将（一）印发，请'));
  });

  it('page numbers glued to the words of a one-line layer (—2—) are blanked; a range (8—10个) stays', () => {
    const text =
      '—1—浙数办〔2021〕11号关于印发的通知2021年11月1日—2—浙江省光电产业发展行动计划，创新—3—驱动，培育8—10个企业。';
    const view = makeView(text);
    expect(view).toHaveLength(text.length);
    expect(view).not.toMatch(/—\d—/);
    expect(view).toContain('1日   浙江省');
    expect(view).toContain('8—10个');
  });
  it('a text cut off in its last line, after a whole sentence there, keeps that line', () => {
    const text =
      '一、总体目标\n——形成低空制造产业集群。到2027年,力争创建2家省级创新平台,培育6家左右具备';
    expect(makeView(text)).toContain('创建2家');
  });
  it('a one-line text layer is split into headings and items; page numbers are blanked; nothing moves', () => {
    const text = `通知。 - 1 - 一、总体要求 (一)指导思想 ${'文'.repeat(500)} 1.坚持规划引领。 - 2 - 2.加强引导。`;
    const view = makeView(text);
    expect(view).toHaveLength(text.length);
    expect(view.split('\n').map((l) => l.trim().slice(0, 4))).toEqual([
      '通知。',
      '一、总体',
      '(一)指',
      '1.坚持',
      '2.加强',
    ]);
    expect(view).not.toMatch(/- 1 -|- 2 -/);
    expect(view.indexOf('指导思想')).toBe(text.indexOf('指导思想'));
  });

  it('a web page copied as one line, its paragraphs joined by two spaces, is split at them', () => {
    const text = `某市生物产业发展规划(2009-2015年)  ${'文'.repeat(300)}。  二是。  ${'字'.repeat(200)}。  完`;
    const view = makeView(text);
    expect(view).toHaveLength(text.length);
    expect(view.split('\n')[0]?.trim()).toBe('某市生物产业发展规划(2009-2015年)');
    expect(view.split('\n')).toHaveLength(5);
    // A single space inside a sentence is no paragraph.
    expect(makeView(`甲 乙${'文'.repeat(600)}`).includes('\n')).toBe(false);
  });
});

describe('paragraphYear: the goal year a paragraph sets', () => {
  const goals =
    '二、发展目标\n到2026年,低空经济全面发展。\n——产业链条建立健全。产业规模达100亿元。\n三、重点任务\n规模达200亿元。';
  it('holds for the goal items under the line that opens with it', () =>
    expect(paragraphYear(goals, goals.indexOf('产业规模达100'))).toBe(2026));
  it('stops at the next heading', () =>
    expect(paragraphYear(goals, goals.indexOf('规模达200'))).toBeUndefined());
  it('a sentence of the present keeps no goal year', () => {
    const t = '到2025年,建成强市。目前规模达到80亿元。';
    expect(paragraphYear(t, t.indexOf('规模达到80'))).toBeUndefined();
  });
});
