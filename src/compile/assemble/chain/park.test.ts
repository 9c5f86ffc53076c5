import { describe, expect, it } from 'vitest';
import { linkLines } from '../atlas.test-util.ts';
import { chainOf } from './chain.test-util.ts';
import { addPark } from './park.ts';

describe('addPark: the park, and the gaps that would land in it', () => {
  it.each([
    [
      '规划建设约700亩的汽车热管理产业园，以“九通一平”标准完善基础设施。',
      ['g1', 'g2'],
      { name: '汽车热管理产业园', areaMu: 700, standard: '九通一平' },
      [
        'g1 -located-in-> c-park-qi-che-re-guan-li-chan-ye-yuan',
        'g2 -located-in-> c-park-qi-che-re-guan-li-chan-ye-yuan',
      ],
    ],
    ['为加快发展，制定本措施。', ['g1'], null, []],
  ])('%s', (text, gaps, park, links) => {
    const ctx = chainOf(text);
    const id = addPark(ctx, ctx.read.park, gaps);
    if (park === null) expect(id).toBeNull();
    else
      expect(ctx.atlas.nodes.get(id as string)).toMatchObject({
        kind: 'park',
        chain: 'c',
        name: { zh: park.name },
        areaMu: park.areaMu,
        standard: park.standard,
      });
    expect(linkLines(ctx.atlas)).toEqual(links);
  });
});
