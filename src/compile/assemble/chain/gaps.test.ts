import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../atlas.test-util.ts';
import { chainOf, segmentLines } from './chain.test-util.ts';
import { placeGaps } from './gaps.ts';
import { addSegments } from './segments.ts';

describe('placeGaps: the key links become gap segments', () => {
  it.each([
    [
      '瞄准压缩机、热泵空调等关键环节开展招商。',
      ['c-mid-comp', 'c-mid-hp'],
      ['c-mid-comp midstream gap [压缩机]', 'c-mid-hp midstream gap [热泵空调]'],
      0,
    ],
    // An alias places the term; a term the taxonomy lacks is unclassified, with a warning.
    [
      '聚焦电动压缩机、风机等核心环节。',
      ['c-mid-comp', 'c-seg-feng-ji'],
      ['c-mid-comp midstream gap [电动压缩机]', 'c-seg-feng-ji unclassified gap [风机]'],
      1,
    ],
  ])('%s', (text, ids, gaps, warnings) => {
    const ctx = chainOf(text);
    addSegments(ctx, SEGMENTS);
    expect(placeGaps(ctx, SEGMENTS, ctx.read.keyLinks)).toEqual(ids);
    expect(segmentLines(ctx).filter((l) => l.includes(' gap '))).toEqual(gaps);
    expect(ctx.atlas.problems.warnings.filter((p) => /key link/.test(p.message)).length).toBe(
      warnings,
    );
  });

  it('without a taxonomy every key link is unclassified', () => {
    const ctx = chainOf('瞄准隔膜、电解液等关键环节。');
    expect(placeGaps(ctx, [], ctx.read.keyLinks)).toEqual(['c-seg-ge-mo', 'c-seg-dian-jie-ye']);
  });
});
