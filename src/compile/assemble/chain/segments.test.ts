import { describe, expect, it } from 'vitest';
import { linkLines, seg, SEGMENTS } from '../atlas.test-util.ts';
import { chainOf, segmentLines } from './chain.test-util.ts';
import { addMentions, addSegments, linkSupplies } from './segments.ts';

describe('addSegments + addMentions + linkSupplies: the taxonomy as the chain’s context', () => {
  it.each([
    [
      '本区压缩机企业集聚。',
      [
        'c-up-al upstream context []',
        'c-mid-comp midstream context [压缩机]',
        'c-mid-hp midstream context []',
        'c-down-oem downstream context []',
      ],
    ],
    [
      '电动压缩机与热泵空调配套整车。',
      [
        'c-up-al upstream context []',
        // The name inside the alias is found first: its span is the name.
        'c-mid-comp midstream context [压缩机]',
        'c-mid-hp midstream context [热泵空调]',
        'c-down-oem downstream context [整车]',
      ],
    ],
  ])('%s', (text, segments) => {
    const ctx = chainOf(text);
    addSegments(ctx, SEGMENTS);
    addMentions(ctx, ['汽车热管理']);
    linkSupplies(ctx, SEGMENTS);
    expect(segmentLines(ctx)).toEqual(segments);
    expect(linkLines(ctx.atlas)).toEqual([
      'c-up-al -supplies-> c-mid-comp',
      'c-mid-comp -supplies-> c-mid-hp',
      'c-mid-hp -supplies-> c-down-oem',
    ]);
    expect(ctx.atlas.links.every((l) => l.reference?.length)).toBe(true);
  });
});

it('a name inside a longer name of another segment is no mention of its own', () => {
  // 酿造与灌装设备 speaks of the equipment, not of 酿造 or 灌装 (a county's 白酒 plan, 2026-12-07).
  const segments = [...SEGMENTS, seg('up-test', '压缩机测试设备', 'upstream')];
  const text = '对新购置压缩机测试设备的给予补助。本区压缩机企业集聚。';
  const ctx = chainOf(text);
  addSegments(ctx, segments);
  addMentions(ctx, ['汽车热管理']);
  const lines = segmentLines(ctx);
  expect(lines).toContain('c-mid-comp midstream context [压缩机]');
  expect(lines).toContain('c-up-test upstream context [压缩机测试设备]');
  const comp = ctx.atlas.nodes.get('c-mid-comp');
  expect(comp?.evidence.map((e) => e.start)).toEqual([text.lastIndexOf('压缩机')]);
});

describe('ctx.match: a term to its library segment', () => {
  it.each([
    ['压缩机', 'mid-comp'],
    ['电动压缩机', 'mid-comp'],
    [' 铝材 ', 'up-al'],
    // The normalised form: 智能 and 系统 dropped; the name a term ends with.
    ['智能热泵空调系统', 'mid-hp'],
    ['乘用车整车', 'down-oem'],
    ['风机', undefined],
  ])('%s → %s', (term, id) => expect(chainOf('').match(term).found?.id).toBe(id));
});
