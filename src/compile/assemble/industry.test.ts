import { describe, expect, it } from 'vitest';
import { readIndustries } from '../extract/plan-industries.ts';
import { readZones } from '../extract/plan-zones.ts';
import { linkLines, loaded, testAtlas } from './atlas.test-util.ts';
import { buildPlan } from './industry.ts';
import { Regions } from './regions.ts';

describe('buildPlan: a plan’s industries and zones', () => {
  it.each([
    [
      '化工产业。依托新乡经开区，聚焦新材料、精细化工等领域，大力引进万华化学等龙头企业。\n',
      [['xx-hua-gong', '化工产业', ['新材料', '精细化工']]],
      ['xx-hua-gong -targets-> firm-wan-hua-hua-xue', 'xx-etdz -hosts-> xx-hua-gong'],
    ],
    [
      '专栏十一\n新乡经济技术开发区。主要承接装备制造(智能设备、汽车零部件)等领域。\n',
      [['xx-zhuang-bei-zhi-zao', '装备制造', []]],
      ['xx-etdz -hosts-> xx-zhuang-bei-zhi-zao'],
    ],
  ])('%s', (text, chains, links) => {
    const doc = loaded(text);
    const atlas = testAtlas([doc]);
    const regions = new Regions(atlas);
    regions.ensure('xx');
    buildPlan(atlas, regions, {
      doc,
      cityId: 'xx',
      industries: readIndustries(doc),
      zones: readZones(doc),
    });
    expect(
      atlas.chains.map((c) => [
        c.id,
        c.name.zh,
        [...atlas.nodes.values()]
          .filter((n) => n.chain === c.id && n.kind === 'segment')
          .map((n) => n.name.zh),
      ]),
    ).toEqual(chains);
    expect(linkLines(atlas).filter((l) => !/part-of/.test(l))).toEqual(links);
    expect(
      atlas.links.find((l) => l.kind === 'hosts' && l.source === 'xx-etdz')?.focus ?? [],
    ).toEqual(text.includes('专栏') ? ['智能设备', '汽车零部件'] : []);
  });
});
