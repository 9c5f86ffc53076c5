import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readTiers } from './tiers.ts';

describe('readTiers: the tiers a document states for its items', () => {
  it.each([
    [
      '产业链上游重点发展锂矿、锂盐，中游发展正极材料、隔膜，下游拓展储能电站等应用领域。',
      [
        '锂矿 upstream',
        '锂盐 upstream',
        '正极材料 midstream',
        '隔膜 midstream',
        '储能电站 downstream',
      ],
    ],
    [
      '着力补齐产业链上游的精密轴承、谐波柔轮等关键环节。',
      ['精密轴承 upstream', '谐波柔轮 upstream'],
    ],
    [
      '上游加快突破质子交换膜、碳纸；下游积极培育燃料电池重卡。',
      ['质子交换膜 upstream', '碳纸 upstream', '燃料电池重卡 downstream'],
    ],
    // Both ends at once, or a tier with no verb of development, place nothing.
    ['引进产业链上下游企业25家。', []],
    ['动力电池研发、总装集成、上游化工材料培育引进龙头企业。', []],
  ])('%s', (text, items) => {
    const d = doc(text);
    const r = readTiers(d);
    expect(r.map((x) => `${x.term} ${x.tier}`)).toEqual(items);
    expect(
      spansHold(
        d,
        r.flatMap((x) => [x.evidence, x.context]),
      ),
    ).toBe(true);
  });
});
