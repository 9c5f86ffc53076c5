import { describe, expect, it } from 'vitest';
import { linkLines, SEGMENTS } from '../atlas.test-util.ts';
import { chainOf, segmentLines } from './chain.test-util.ts';
import { addMentions, addSegments, findSegment, linkSupplies } from './segments.ts';

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
    addMentions(ctx);
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

describe('findSegment: by name or alias, spaces and case aside', () => {
  it.each([
    ['压缩机', 'mid-comp'],
    ['电动压缩机', 'mid-comp'],
    [' 铝材 ', 'up-al'],
    ['风机', undefined],
  ])('%s → %s', (term, id) => expect(findSegment(SEGMENTS, term)?.id).toBe(id));
});
