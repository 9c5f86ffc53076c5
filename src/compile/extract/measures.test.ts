import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readMeasures } from './measures.ts';

const body = '对新引进企业给予一次性奖励，具体依据《某省支持办法》执行。';

// Numbering style in → measures (label, heading, departments) out.
describe('readMeasures: every numbering style of the genre', () => {
  it.each([
    [
      '1. / 一、',
      `一、招商\n1.${body}（责任部门：区商务局）\n2.${body}（责任部门：区财政局、区商务局）`,
      ['1.', '2.'],
      '招商',
    ],
    [
      '（一） under 一、',
      `一、招商\n（一）${body}（责任单位：区商务局）\n（二）${body}（责任单位：区财政局）`,
      ['（一）', '（二）'],
      '招商',
    ],
    [
      '(1) under 一、',
      `一、招商\n(1)${body}（牵头单位：区商务局）\n(2)${body}（牵头单位：区财政局）`,
      ['(1)', '(2)'],
      '招商',
    ],
    [
      '（1）',
      `（1）${body}（主责单位：县商务局）\n（2）${body}（主责单位：县财政局）`,
      ['（1）', '（2）'],
      null,
    ],
    [
      '①',
      `二、支持\n①${body}（责任部门：区商务局）\n②${body}（责任部门：区财政局）`,
      ['①', '②'],
      '支持',
    ],
    [
      '一、 with the text on the line',
      `一、${body}（责任部门：区商务局）\n二、${body}（责任部门：区财政局）`,
      ['一、', '二、'],
      null,
    ],
    [
      '第一条',
      `第一条 ${body}（责任单位：市商务局）\n第二条 ${body}（责任单位：市财政局）`,
      ['第一条', '第二条'],
      null,
    ],
    [
      '1、',
      `一、招商\n1、${body}（牵头单位：市商务局）\n2、${body}（牵头单位：市财政局）`,
      ['1、', '2、'],
      '招商',
    ],
    [
      '1）',
      `一、招商\n1）${body}（落实单位：区商务局）\n2）${body}（落实单位：区财政局）`,
      ['1）', '2）'],
      '招商',
    ],
  ])('%s', (_style, text, labels, heading) => {
    const d = doc(text);
    const ms = readMeasures(d);
    expect(ms.map((m) => m.label)).toEqual(labels);
    expect(ms.map((m) => m.number)).toEqual([1, 2]);
    expect(ms[0]?.heading).toBe(heading);
    expect(ms[0]?.departments.map((x) => x.name)).toHaveLength(1);
    expect(ms[0]?.policies.map((p) => p.title)).toEqual(['某省支持办法']);
    expect(
      spansHold(
        d,
        ms.flatMap((m) => [m.evidence, ...m.departments.map((x) => x.evidence)]),
      ),
    ).toBe(true);
  });

  it('several bodies, and only the lead ones when 配合单位 follow', () => {
    const ms = readMeasures(
      doc(
        `1.${body}（责任部门：区财政局、区商务局）\n2.${body}（牵头单位：区科技局；配合单位：区财政局）`,
      ),
    );
    expect(ms.map((m) => m.departments.map((x) => x.name))).toEqual([
      ['区财政局', '区商务局'],
      ['区科技局'],
    ]);
  });

  it('bodies in 【】 brackets, as 承办单位, 负责单位 or 牵头责任单位', () => {
    const ms = readMeasures(
      doc(
        `1．${body}【承办单位：区经济和信息化局、区财政局】\n2．${body}〔负责单位：区商务局〕\n3．${body}（牵头责任单位：区科技局；配合单位：区财政局）`,
      ),
    );
    expect(ms.map((m) => m.label)).toEqual(['1．', '2．', '3．']);
    expect(ms.map((m) => m.departments.map((x) => x.name))).toEqual([
      ['区经济和信息化局', '区财政局'],
      ['区商务局'],
      ['区科技局'],
    ]);
  });

  it('a body with brackets of its own inside the brackets (福建 闽政办〔2024〕25号: 县(区))', () => {
    const ms = readMeasures(
      doc(
        `1．${body}〔责任单位：各市、县（区）人民政府，省工信厅、省财政厅〕\n2．${body}（责任单位：区商务局）`,
      ),
    );
    expect(ms.map((m) => m.departments.map((x) => x.name))).toEqual([
      ['各市', '县（区）人民政府', '省工信厅', '省财政厅'],
      ['区商务局'],
    ]);
  });

  it('a closing line (本措施自…) and an attachment end the last measure', () => {
    const ms = readMeasures(doc(`1.${body}\n本措施自2026年1月1日起施行。\n附件：清单`));
    expect(ms).toHaveLength(1);
    expect(ms[0]?.evidence.quote).not.toContain('本措施');
  });

  it('no numbered lines, no measures', () => expect(readMeasures(doc('只有一段话。'))).toEqual([]));
});

it('the printed numbering leaves out Word bookmarks before it', () => {
  const ms = readMeasures(
    doc(`[bookmark: OLE_LINK3][bookmark: OLE_LINK2]一、招商\n[bookmark: _GoBack]1.${body}`),
  );
  expect(ms.map((m) => [m.label, m.heading])).toEqual([['1.', '招商']]);
});

describe('keyLinkWords: a measure that speaks of the key links as a whole', () => {
  it.each([
    ['1.对引进关键环节项目的，给予奖励。', '关键环节'],
    ['1.支持重点环节企业扩产；对薄弱环节给予补助。', '重点环节'],
    ['1.对新落地项目给予奖励。', null],
  ])('%s', (text, quote) => {
    const [m] = readMeasures(doc(text));
    expect(m?.keyLinkWords?.quote ?? null).toBe(quote);
  });
});
