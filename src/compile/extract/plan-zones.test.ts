import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { readZones } from './plan-zones.ts';

describe('readZones', () => {
  it('a zone, its industries and the items in brackets, with exact spans', () => {
    const d = doc(
      '新乡经济技术开发区。主要承接装备制造(智能设备、零配件制造)、汽车制造(汽车零部件及配件制造、汽车电子制造)等领域。',
    );
    const [z] = readZones(d);
    expect(z?.name).toBe('新乡经济技术开发区');
    expect(z?.industries.map((i) => [i.industry.name, i.focus.map((f) => f.name)])).toEqual([
      ['装备制造', ['智能设备', '零配件制造']],
      ['汽车制造', ['汽车零部件及配件制造', '汽车电子制造']],
    ]);
    expect(
      spansHold(
        d,
        z!.industries.flatMap((i) => [
          i.evidence,
          i.industry.evidence,
          ...i.focus.map((f) => f.evidence),
        ]),
      ),
    ).toBe(true);
  });

  it.each([
    [
      '新乡市平原现代服务业开发区。主要承接软件和信息服务业、文化创意产业等领域。',
      '新乡市平原现代服务业开发区',
      2,
    ],
    ['株洲高新技术产业开发区。重点发展电子信息(功率半导体)等产业。', '株洲高新技术产业开发区', 1],
    ['获嘉县先进制造业开发区：主要承接现代化工(甲醇、树脂)等领域。', '获嘉县先进制造业开发区', 1],
  ])('%s', (text, name, n) => {
    const [z] = readZones(doc(text));
    expect(z?.name).toBe(name);
    expect(z?.industries).toHaveLength(n);
  });

  it('a paragraph about an industry is no zone', () =>
    expect(readZones(doc('化工产业。主要承接化工新材料等领域。'))).toEqual([]));
});
