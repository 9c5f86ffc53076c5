import { describe, expect, it } from 'vitest';
import { paragraphs, unspread, type TextPiece } from './pdf-lines.ts';

/** A page of pieces laid out as a PDF would: 12pt body text from x=72 to x=523, 18pt apart. */
const SIZE = 12;
const piece = (str: string, x: number, y: number, size = SIZE): TextPiece => ({
  str,
  x,
  y,
  size,
  width: Array.from(str).length * size,
});
/** A line of `n` characters' width starting at `x` (a full line is 37.5 characters). */
const line = (str: string, y: number, x = 72, size = SIZE) => piece(str, x, y, size);
const FULL = 451 / SIZE;
const fill = (s: string) => s.repeat(Math.ceil(FULL / s.length)).slice(0, Math.floor(FULL));

describe('paragraphs', () => {
  it('joins a paragraph’s wrapped lines and starts a new one at an indent', () => {
    const a = fill('甲');
    const pages = [[line(a, 700, 96), line('乙乙。', 682), line('丙丙', 664, 96)]];
    expect(paragraphs(pages)).toBe(`${a}乙乙。\n丙丙\n`);
  });

  it('keeps a short line as the end of its paragraph, and a wider gap as a blank line', () => {
    const a = fill('甲');
    const pages = [
      [
        line('标题', 704, 250, 18),
        line(a, 682, 96),
        line('第一段。', 664),
        line('第二段。', 646),
        line('隔一行。', 610),
      ],
    ];
    expect(paragraphs(pages)).toBe(`标题\n${a}第一段。\n第二段。\n\n隔一行。\n`);
  });

  it('on an A4 page, short lines of the same length are each a paragraph', () => {
    const pages = [[line('一、甲项', 700), line('二、乙项', 682), line('三、丙项', 664)]];
    expect(paragraphs(pages)).toBe('一、甲项二、乙项三、丙项\n'); // without the page's width…
    expect(paragraphs(pages, 595)).toBe('一、甲项\n二、乙项\n三、丙项\n'); // …and with it
  });

  it('continues a paragraph across a page, once header and footer are gone', () => {
    const a = fill('甲');
    const page = (n: number, body: TextPiece[]) => [
      line('某某开发区文件', 800, 250, 9),
      ...body,
      line(`- ${n} -`, 40, 280, 9),
    ];
    const pages = [
      page(1, [line('开头。', 700), line(a, 682, 96)]),
      page(2, [line('接续。', 700), line('新段。', 682, 96)]),
    ];
    expect(paragraphs(pages)).toBe(`开头。\n${a}接续。\n新段。\n`);
  });

  it.each([['- 3 -'], ['— 3 —'], ['第 3 页'], ['第3页 共12页'], ['3/12'], ['3'], ['Page 3 of 12']])(
    'drops page numbers like %s at the foot of every page',
    (foot) => {
      const pages = [1, 2, 3].map((n) => [
        line(`${'甲乙丙'[n - 1]}页的正文。`, 700),
        line(`又一段${'甲乙丙'[n - 1]}。`, 682),
        line(foot.replace('3', String(n)), 40, 280, 9),
      ]);
      expect(paragraphs(pages, 595)).toBe(
        '甲页的正文。\n又一段甲。\n乙页的正文。\n又一段乙。\n丙页的正文。\n又一段丙。\n',
      );
    },
  );

  it('keeps a line that repeats in the body, not at the same place on every page', () => {
    const pages = [1, 2].map((n) => [
      line('重复的句子。', 700 - n * 18),
      line(`正文${'甲乙'[n - 1]}。`, 682 - n * 18),
    ]);
    expect(paragraphs(pages, 595)).toBe('重复的句子。\n正文甲。\n重复的句子。\n正文乙。\n');
  });

  it('keeps a long body line even where each page has one like it at the same place', () => {
    const long = (n: number) => `第${n}条${'甲'.repeat(40)}`;
    const pages = [1, 2].map((n) => [
      line(long(n), 700, 72, 10),
      line(`又一段${'甲乙'[n - 1]}。`, 686, 92, 10),
    ]);
    expect(paragraphs(pages, 595)).toBe(`${long(1)}\n又一段甲。\n${long(2)}\n又一段乙。\n`);
  });

  it('orders pieces by position, not by the order the PDF draws them', () => {
    const pages = [[piece('后半', 72 + 2 * SIZE, 700), piece('前半', 72, 700)]];
    expect(paragraphs(pages)).toBe('前半后半\n');
  });

  it('reads radicals as the ideographs they stand for', () => {
    expect(paragraphs([[line('汽⻋⼗四五⼾', 700)]])).toBe('汽车十四五户\n');
  });

  it('puts back the space a Latin line broke at', () => {
    const a = `${fill('甲').slice(0, -4)}[bookmark:`;
    expect(paragraphs([[line(a, 700, 72), line('OLE_LINK1]正文', 682)]])).toBe(
      `${a} OLE_LINK1]正文\n`,
    );
  });

  it('is empty for pages with no text', () => expect(paragraphs([[], []])).toBe(''));
});

describe('unspread', () => {
  it.each([
    ['编 制 工 业 机 器 人', '编制工业机器人'],
    ['1. 编 制 工 业 图谱，瞄准', '1.编制工业图谱，瞄准'],
    ['河南省工业和信息化厅 河南省财政厅', '河南省工业和信息化厅 河南省财政厅'],
    ['Electric compressor 压缩机', 'Electric compressor 压缩机'],
  ])('%s → %s', (raw, out) => expect(unspread(raw)).toBe(out));
});
