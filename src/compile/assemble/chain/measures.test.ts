import { describe, expect, it } from 'vitest';
import { linkLines } from '../atlas.test-util.ts';
import { chainOf } from './chain.test-util.ts';
import { addMeasure } from './measures.ts';

describe('addMeasure: a measure, its responsible bodies and cited policies', () => {
  it.each([
    [
      '一、招商\n1.对新引进企业给予奖励，依据《某省支持办法》执行。（责任单位：区商务局、财政局）\n',
      { zh: '第1条 对新引进企业给予奖励', en: 'Measure 1: Zhao Shang', heading: '招商' },
      [
        'xx-etdz-shang-wu-ju -responsible-for-> c-measure-1',
        'xx-etdz-cai-zheng-ju -responsible-for-> c-measure-1',
        'c-measure-1 -cites-> policy-mszcbf',
      ],
      { 'xx-etdz-shang-wu-ju': ['商务局', ['区商务局']], 'policy-mszcbf': ['某省支持办法', []] },
    ],
  ])('%s', (text, measure, links, nodes) => {
    const ctx = chainOf(text);
    const [m] = ctx.read.measures;
    const id = addMeasure(ctx, m!, new Map([['某省支持办法', 'src-1']]));
    expect(ctx.atlas.nodes.get(id)).toMatchObject({
      kind: 'measure',
      name: { zh: measure.zh, en: measure.en },
      heading: measure.heading,
      number: 1,
    });
    expect(linkLines(ctx.atlas)).toEqual(links);
    for (const [nid, [zh, aliases]] of Object.entries(nodes))
      expect([ctx.atlas.nodes.get(nid)?.name.zh, ctx.atlas.nodes.get(nid)?.search.aliases]).toEqual(
        [zh, aliases],
      );
    expect(ctx.atlas.nodes.get('policy-mszcbf')?.matchesSource).toBe('src-1');
  });
});
