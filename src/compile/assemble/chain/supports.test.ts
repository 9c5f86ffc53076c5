import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../atlas.test-util.ts';
import { chainOf } from './chain.test-util.ts';
import { placeGaps } from './gaps.ts';
import { addPark } from './park.ts';
import { addSegments } from './segments.ts';
import { linkSupports, parkMeasure } from './supports.ts';

const KEY = '1.瞄准压缩机、热泵空调等关键环节开展链式招商。\n';

describe('linkSupports: the gaps (and the park) a measure supports', () => {
  it.each([
    // A measure naming a gap supports it; one speaking of 关键环节 supports every gap.
    [
      `${KEY}2.对压缩机项目给予奖励。\n3.对关键环节项目给予补助。\n4.优化营商环境。\n`,
      [
        'c-measure-1 -supports-> c-mid-comp [压缩机]',
        'c-measure-1 -supports-> c-mid-hp [热泵空调]',
        'c-measure-2 -supports-> c-mid-comp [压缩机]',
        'c-measure-3 -supports-> c-mid-comp [关键环节]',
        'c-measure-3 -supports-> c-mid-hp [关键环节]',
      ],
    ],
    // The measure that plans the park supports it.
    [
      `${KEY}2.规划建设约700亩的汽车热管理产业园。\n`,
      [
        'c-measure-1 -supports-> c-mid-comp [压缩机]',
        'c-measure-1 -supports-> c-mid-hp [热泵空调]',
        'c-measure-2 -supports-> c-park-qi-che-re-guan-li-chan-ye-yuan [2.规划建设约700亩的汽车热管理产业园。]',
      ],
    ],
  ])('%s', (text, links) => {
    const ctx = chainOf(text);
    addSegments(ctx, SEGMENTS);
    const gaps = placeGaps(ctx, SEGMENTS, ctx.read.keyLinks);
    const park = {
      id: addPark(ctx, ctx.read.park, []),
      measure: parkMeasure(ctx.read.measures, ctx.read.park),
    };
    for (const m of ctx.read.measures)
      linkSupports(ctx, m, ctx.local(`measure-${m.number}`), gaps, SEGMENTS, park);
    expect(
      ctx.atlas.links
        .filter((l) => l.kind === 'supports')
        .map(
          (l) =>
            `${l.source} -supports-> ${l.target} [${l.evidence.map((e) => e.quote).join('|')}]`,
        ),
    ).toEqual(links);
  });
});
