import { describe, expect, it } from 'vitest';
import { linkLines, loaded, testAtlas } from './atlas.test-util.ts';
import { Regions } from './regions.ts';

const ev = (quote: string) => ({ source: 'd', start: 0, end: quote.length, quote });

describe('Regions.place: one node per place, curated facts first', () => {
  it.each([
    // A curated place by an alias: its node, and the curated line above it.
    [
      ['新乡经开区'],
      'xx-etdz',
      { zh: '新乡经济技术开发区', level: 'zone', parent: 'xx' },
      ['xx -part-of-> henan', 'xx-etdz -part-of-> xx'],
      0,
    ],
    // A new place: level from its suffix, pinyin English with a warning, parent from the title.
    [
      ['宜春市', '袁州区'],
      'yuan-zhou-qu',
      { zh: '袁州区', level: 'county', parent: 'yi-chun-shi' },
      ['yuan-zhou-qu -part-of-> yi-chun-shi'],
      2,
    ],
    // A bare 经开区 inside a city is that city's.
    [
      ['新乡市', '经开区'],
      'xx-etdz',
      { zh: '新乡经济技术开发区', level: 'zone', parent: 'xx' },
      ['xx -part-of-> henan', 'xx-etdz -part-of-> xx'],
      0,
    ],
  ])('%o', (names, id, node, links, warnings) => {
    const atlas = testAtlas([loaded(names.join(''))]);
    const regions = new Regions(atlas);
    let last: string | null = null;
    for (const n of names) last = regions.place(n, ev(n), { parent: last });
    expect(last).toBe(id);
    expect(atlas.nodes.get(id)).toMatchObject({
      kind: 'region',
      name: { zh: node.zh },
      level: node.level,
      parent: node.parent,
    });
    expect(linkLines(atlas)).toEqual(links);
    expect(atlas.problems.warnings.length).toBe(warnings);
  });

  it('adopt: a city inside a city is a county; line: the place and those above it', () => {
    const atlas = testAtlas([loaded('晋江市泉州市')]);
    const regions = new Regions(atlas);
    const jj = regions.place('晋江市', ev('晋江市'));
    const qz = regions.place('泉州市', ev('泉州市'));
    regions.adopt(jj, qz, ev('泉州市'));
    expect(atlas.nodes.get(jj)?.level).toBe('county');
    expect(regions.line(jj)).toEqual([jj, qz]);
    expect(regions.line('xx-etdz')).toEqual(['xx-etdz']);
    regions.ensure('xx-etdz');
    expect(regions.line('xx-etdz')).toEqual(['xx-etdz', 'xx', 'henan']);
  });
});
