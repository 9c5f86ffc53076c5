import { describe, expect, it } from 'vitest';
import { gazetteerAt, levelOf, placeAt, placeKey, shortPlaceName, titlePlaces } from './places.ts';

describe('placeAt', () => {
  it.each([
    ['新乡经开区汽车热管理产业链', '新乡经开区'],
    ['芜湖经济技术开发区氢能', '芜湖经济技术开发区'],
    ['新乡高新区创新创业板块', '新乡高新区'],
    ['新乡县、辉县市', '新乡县'],
    ['卫滨区等特色区域', '卫滨区'],
    ['平原示范区', '平原示范区'],
    ['宜宾市叙州区', '宜宾市'],
    ['国际商务中心金融中心区', null],
    ['我区汽车热管理', null],
    ['汽车热管理产业链健康快速发展', null],
  ])('%s → %s', (s, want) => expect(placeAt(s)).toBe(want));
});

describe('titlePlaces', () => {
  it.each([
    ['新乡经开区汽车热管理产业链健康快速发展十条措施', ['新乡经开区']],
    ['关于加快许昌市建安区锂电池产业发展的若干措施', ['许昌市', '建安区']],
    ['安徽省芜湖市鸠江区促进机器人产业链发展行动方案', ['安徽省', '芜湖市', '鸠江区']],
    ['新乡市“十四五”招商引资和承接产业转移规划', ['新乡市']],
    ['关于加快工业经济发展的若干意见', []],
    // An autonomous prefecture, as the genre writes it; a city whose name ends in 州 is no 州.
    ['湘西州关于加快建设现代化产业体系的实施方案', ['湘西州']],
    ['湖南省湘西自治州人民政府办公室', ['湖南省', '湘西自治州']],
    ['延边朝鲜族自治州人民政府', ['延边朝鲜族自治州']],
    // An autonomous county or banner by its full name, however many peoples it names.
    ['道真仡佬族苗族自治县人民政府办公室', ['道真仡佬族苗族自治县']],
    ['孟连傣族拉祜族佤族自治县茶产业发展规划', ['孟连傣族拉祜族佤族自治县']],
    ['贵州省道真县白酒产业行动方案', ['贵州省', '道真县']],
    ['恩施州硒产业发展规划', ['恩施州']],
    ['扬州市生物医药产业发展规划', ['扬州市']],
    ['杭州湾新区汽车产业规划', ['杭州湾新区']],
    ['神州数码产业园', []],
    // A verb after the place opens what it does, no second place (a real notice, 2025).
    ['济源示范区加快推动开发区高质量发展实施方案', ['济源示范区']],
    // The party's committee of a place, then its government: one place (宿州, 2023).
    ['中共宿州市委宿州市人民政府关于加快建设旅游强市的实施意见', ['宿州市']],
  ])('%s', (title, want) => expect(titlePlaces(title).map((p) => p.name)).toEqual(want));
  it('a 州 is a city-level place', () => expect(levelOf('湘西州')).toBe('city'));
});

describe('placeKey: one place, whatever the spelling', () => {
  it.each([
    ['新乡经开区', undefined, '新乡经济技术开发区'],
    ['新乡经济技术开发区', undefined, '新乡经济技术开发区'],
    ['经开区', '新乡', '新乡经济技术开发区'],
    ['新乡市高新技术产业开发区', undefined, '新乡高新技术产业开发区'],
    ['新乡国家高新技术产业开发区', undefined, '新乡高新技术产业开发区'],
    ['高新区', '新乡', '新乡高新技术产业开发区'],
    ['辉县市', undefined, '辉县'],
    ['辉县', undefined, '辉县'],
    ['新乡经济开发区', undefined, '新乡经济开发区'],
  ])('%s (%s) → %s', (name, city, key) => expect(placeKey(name, city)).toBe(key));
});

describe('levelOf', () => {
  it.each([
    ['河南省', false, 'province'],
    ['新乡市', false, 'city'],
    ['辉县市', true, 'county'],
    ['新乡县', true, 'county'],
    ['卫滨区', true, 'county'],
    ['新乡经济技术开发区', true, 'zone'],
    ['平原示范区', true, 'zone'],
  ] as const)('%s → %s', (name, inside, level) => expect(levelOf(name, inside)).toBe(level));
});

describe('titlePlaces ignores a bare zone type with no city before it', () => {
  it('河南省开发区产业集群…', () =>
    expect(titlePlaces('河南省开发区产业集群培育和提升三年行动方案').map((p) => p.name)).toEqual([
      '河南省',
    ]));
  it('新乡市高新区…', () =>
    expect(titlePlaces('新乡市高新区氢能产业链若干措施').map((p) => p.name)).toEqual([
      '新乡市',
      '高新区',
    ]));
});

describe('cities named without their suffix (data/places.yaml)', () => {
  it.each([
    ['深圳市', '深圳'],
    ['大兴安岭地区', '大兴安岭'],
    ['延边朝鲜族自治州', '延边'],
    ['博尔塔拉蒙古自治州', '博尔塔拉'],
    ['黔东南苗族侗族自治州', '黔东南'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['芒市', null],
  ])('%s goes by %s', (full, short) => expect(shortPlaceName(full)).toBe(short));

  const places = [
    { zh: '深圳市', short: '深圳', province: '广东省' },
    { zh: '大理白族自治州', short: '大理', province: '云南省' },
  ];
  it('a title that starts with a city’s short name, after any leading verb, names it', () => {
    expect(gazetteerAt('深圳生物产业振兴发展规划', places)).toEqual({ place: places[0], at: 0 });
    expect(gazetteerAt('关于加快大理乳业发展的意见', places)?.place.zh).toBe('大理白族自治州');
  });
  it('a city named later in the title is no place of it', () =>
    expect(gazetteerAt('推进生物产业与深圳合作的意见', places)).toBeNull());
});
