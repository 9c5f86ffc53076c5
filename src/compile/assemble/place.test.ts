import { describe, expect, it } from 'vitest';
import { readDocument } from '../read.ts';
import { Problems } from '../problems.ts';
import { curated, linkLines, loaded, testAtlas } from './atlas.test-util.ts';
import { placeDocument } from './place.ts';
import { Regions } from './regions.ts';

describe('placeDocument: the region a document governs, from what reading found', () => {
  it.each([
    ['新乡经开区汽车热管理产业链十条措施\n瞄准压缩机、风机等关键环节。', 'xx-etdz', []],
    // The prose names the places above the title's one place.
    [
      '柳东新区汽车零部件产业链招商措施\n柳东新区是柳州市的汽车城，广西壮族自治区……\n瞄准电驱、底盘等关键环节。',
      'liu-dong-xin-qu',
      ['liu-dong-xin-qu -part-of-> liu-zhou-shi'],
    ],
    [
      '江西省宜春市袁州区锂电池产业链高质量发展若干措施\n瞄准隔膜、电解液等关键环节。',
      'yuan-zhou-qu',
      ['yi-chun-shi -part-of-> jiang-xi-sheng', 'yuan-zhou-qu -part-of-> yi-chun-shi'],
    ],
    // No place anywhere: none (reading made it context).
    ['关于加快工业经济发展的若干意见\n各地要认真落实。', null, []],
  ])('%s', (text, id, links) => {
    const doc = loaded(text);
    const r = readDocument(doc, curated().regions, new Problems());
    const atlas = testAtlas([doc]);
    expect(placeDocument(r, new Regions(atlas), atlas)).toBe(id);
    expect(linkLines(atlas).filter((l) => !l.startsWith('xx'))).toEqual(links);
  });
});

describe('readDocument: an autonomous place the title shortens', () => {
  it.each([
    // The issuer names it in full: its name, the title's words as the quote.
    [
      '漾濞彝族自治县人民政府办公室关于印发漾濞县中药材产业高质量发展工作方案的通知\n各乡镇人民政府，县直各部门：\n现将《漾濞县中药材产业高质量发展工作方案》印发给你们，请认真贯彻执行。\n漾濞彝族自治县人民政府办公室\n2023年7月28日\n漾濞县中药材产业高质量发展工作方案\n一、发展目标\n到2025年，全县中药材种植面积达到10万亩。',
      '漾濞彝族自治县',
      '漾濞县',
    ],
    // An issuer of another place is no evidence: the title's words stay.
    [
      '大理白族自治州人民政府办公室关于印发漾濞县中药材产业高质量发展工作方案的通知\n各乡镇人民政府，县直各部门：\n现将《漾濞县中药材产业高质量发展工作方案》印发给你们，请认真贯彻执行。\n大理白族自治州人民政府办公室\n2023年7月28日\n漾濞县中药材产业高质量发展工作方案\n一、发展目标\n到2025年，全县中药材种植面积达到10万亩。',
      '漾濞县',
      '漾濞县',
    ],
  ])('%s', (text, name, quote) => {
    const r = readDocument(loaded(text), curated().regions, new Problems());
    expect(r.places.map((p) => p.name)).toEqual([name]);
    expect(r.places[0]?.evidence?.quote).toBe(quote);
  });
});
