/**
 * Place names as the genre writes them: a province, city, county or development zone, often
 * nested (`河南省新乡市`), often shortened (`新乡经开区` for 新乡经济技术开发区, `经开区` inside the
 * city's own plan, `辉县` for 辉县市). Reads the shape of a name; knows no particular place.
 */
import { toHalfWidth } from './numbers.ts';

/** Zone types, longest first; `经开区`/`高新区` are short forms of the two after them. */
const ZONE_TYPES = [
  '经济技术开发区',
  '高新技术产业开发区',
  '先进制造业开发区',
  '现代服务业开发区',
  '经济开发区',
  '产业集聚区',
  '经开区',
  '高新区',
  '开发区',
  '示范区',
  '新区',
  '园区',
];
const ZONE = ZONE_TYPES.join('|');

/**
 * One place name at the start of a string: a proper name of 1–8 characters and a suffix (zone
 * type, 自治区, 省, 市, 县, or 区 for a district of at most three characters), an autonomous
 * prefecture, county or banner by its full name, however many peoples it names (道真仡佬族苗族自治县),
 * or a prefecture as the genre shortens it (州 after a name of two characters or more).
 */
// (An autonomous prefecture, by its full name or as the genre shortens it: 湘西土家族苗族自治州,
// 湘西自治州, 湘西州 — a 州 after a proper name of two characters or more, so 杭州 or 扬州市 is no 州.)
const PLACE_AT_START = new RegExp(
  `^(?:[\\u4e00-\\u9fa5]{1,8}?(?:${ZONE}|自治区|省|市|县|区)|[\\u4e00-\\u9fa5]{2,12}?自治[州县旗]|[\\u4e00-\\u9fa5]{2,4}?州(?![市县区\\u4e00-\\u9fa5]?[市县]))`,
);

/** Verbs a title puts before or after its place (关于加快…, 济源示范区加快推动…): no part of a name. */
const LEAD_VERBS = '(?:加快|促进|推进|推动|支持|进一步|着力|全力|大力)';
const VERB_FIRST = new RegExp(`^${LEAD_VERBS}`);
/** What a title may say before its first place: 中共, 关于 and the lead verbs. */
const TITLE_LEAD = new RegExp(`^(?:中共)?(?:关于)?${LEAD_VERBS}*`);

export type Level = 'province' | 'city' | 'county' | 'zone';

/**
 * The place a string starts with, or null.
 * @example placeAt('新乡经开区汽车热管理') // → '新乡经开区'
 * @example placeAt('国际商务中心金融中心区') // → null (a 区 name longer than three characters is no district)
 */
export function placeAt(s: string): string | null {
  const m = PLACE_AT_START.exec(s);
  if (!m) return null;
  const name = m[0];
  if (/[^区]区$/.test(name) && !new RegExp(`(${ZONE}|自治区)$`).test(name) && name.length > 3)
    return null;
  if (/^(?:我|本|全|各|该|所|城|市区|县区|地区|片区|园区)/.test(name)) return null;
  // A body is no name (中共宿州市委宿州市人民政府: 委 closes the first body, no place 委宿州市).
  if (/^(?:委|人民政府|政府|办公厅|办公室)/.test(name)) return null;
  // A verb is no name: 济源示范区加快推动开发区高质量发展 names one place, then what it does.
  if (VERB_FIRST.test(name)) return null;
  // Characters no place name has: a phrase, not a name (根据各县, 中国农科院与河南省).
  if (/[各和与及的在为对向等把将之其该据、，,]|人民|政府|关于/.test(properPart(name))) return null;
  return name;
}

/**
 * The places a title starts with, most general first (`河南省新乡市` → 河南省, 新乡市), after any
 * leading 关于/加快/促进…
 * @example titlePlaces('关于加快许昌市建安区锂电池产业发展的若干措施') // → [{ name: '许昌市', at: 4 }, { name: '建安区', at: 7 }]
 */
export function titlePlaces(title: string): { name: string; at: number }[] {
  // (中共宿州市委…: the party's committee of the place, 中共 no part of its name.)
  const lead = TITLE_LEAD.exec(title)?.[0].length ?? 0;
  const out: { name: string; at: number }[] = [];
  let at = lead;
  for (;;) {
    const p = placeAt(title.slice(at));
    // A bare zone type (开发区) names a place only after its city (新乡市高新区).
    if (!p || (isBareZone(p) && !/市$/.test(out[out.length - 1]?.name ?? ''))) break;
    out.push({ name: p, at });
    at += p.length;
  }
  return out;
}

/** The peoples an autonomous prefecture is named for (延边朝鲜族自治州, 博尔塔拉蒙古自治州). */
const PEOPLES =
  '(?:(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克|仡佬|拉祜|佤|黎|瑶|畲|水|土|纳西|仫佬|毛南|满|锡伯|达斡尔|鄂温克|鄂伦春|裕固|保安|东乡|撒拉|塔吉克|普米|怒|独龙|基诺|各)族?)+';

/**
 * The name a city goes by without its suffix: 深圳市 → 深圳, 大兴安岭地区 → 大兴安岭, 延边朝鲜族自治州
 * → 延边, 锡林郭勒盟 → 锡林郭勒; null when too little is left to be a name.
 */
export function shortPlaceName(full: string): string | null {
  const s = full.replace(new RegExp(`${PEOPLES}自治州$|自治州$|地区$|盟$|市$`), '');
  return s.length >= 2 && s !== full ? s : null;
}

/** A city of data/places.yaml: its full name, the name without suffix, and its province. */
export interface GazetteerPlace {
  zh: string;
  short: string;
  province: string;
}

/**
 * The city a title names without its suffix, at its start after any leading 关于/加快… (深圳生物产业…
 * → 深圳市), as data/places.yaml lists it; the longest name wins.
 * @example gazetteerAt('深圳生物产业振兴发展规划', [{ zh: '深圳市', short: '深圳', province: '广东省' }]) // → { place, at: 0 }
 */
export function gazetteerAt(
  title: string,
  places: readonly GazetteerPlace[],
): { place: GazetteerPlace; at: number } | null {
  // (中共宿州市委…: the party's committee of the place, 中共 no part of its name.)
  const lead = TITLE_LEAD.exec(title)?.[0].length ?? 0;
  const rest = title.slice(lead);
  const place = places
    .filter((p) => rest.startsWith(p.short))
    .sort((a, b) => b.short.length - a.short.length)[0];
  return place ? { place, at: lead } : null;
}

/** A zone type with no proper name: `经开区`, `开发区`, `高新区`. */
export function isBareZone(name: string): boolean {
  return new RegExp(`^(?:${ZONE}|开发区)$`).test(name) || /^开发区$/.test(name);
}

/** Whether a name ends with a zone type (开发区, 高新区, 示范区…). */
export function isZoneName(name: string): boolean {
  return new RegExp(`(?:${ZONE})$`).test(name);
}

/** The level a name's suffix says, given whether it lies inside a city (a 县级市 then is a county). */
export function levelOf(name: string, insideCity = false): Level {
  if (new RegExp(`(?:${ZONE})$`).test(name)) return 'zone';
  if (/(?:省|自治区)$/.test(name)) return 'province';
  if (/州$/.test(name)) return 'city';
  if (/县$|[^区]区$/.test(name)) return 'county';
  if (/市$/.test(name)) return insideCity ? 'county' : 'city';
  return 'zone';
}

/**
 * The proper part of a place name: `新乡市` → `新乡`, `河南省` → `河南`.
 * @example shortName('新乡市') // → '新乡'
 */
export function shortName(name: string): string {
  return name.replace(/(?:省|市|自治区)$/, '');
}

/**
 * A comparison key that makes one place of its spellings: short zone types expanded, 国家(级)
 * and the 市 between a city and its zone dropped, `辉县市` ~ `辉县`, and a bare zone type
 * (`经开区` inside a city's plan) prefixed with that city's short name.
 * @example placeKey('新乡经开区') // → '新乡经济技术开发区'
 * @example placeKey('经开区', '新乡') // → '新乡经济技术开发区'
 * @example placeKey('新乡市高新技术产业开发区') // → '新乡高新技术产业开发区'
 */
export function placeKey(name: string, cityShort?: string): string {
  let k = toHalfWidth(name).replace(/\s+/g, '');
  k = k.replace(/国家级?(?=高新|经济技术|经开)/, '');
  k = k.replace(/经开区$/, '经济技术开发区').replace(/高新区$/, '高新技术产业开发区');
  k = k.replace(new RegExp(`^(.+?)市(?=.*(?:${ZONE})$)`), '$1');
  k = k.replace(/^(.+县)市$/, '$1');
  if (cityShort && new RegExp(`^(?:${ZONE})$`).test(k)) k = cityShort + k;
  return k;
}

/** English for a zone type or level suffix, for places the curated list does not name. */
export function suffixEn(name: string): string {
  const table: [RegExp, string][] = [
    [/(?:经济技术开发区|经开区)$/, 'Economic & Technological Development Zone'],
    [/(?:高新技术产业开发区|高新区)$/, 'Hi-tech Industrial Development Zone'],
    [/经济开发区$/, 'Economic Development Zone'],
    [/先进制造业开发区$/, 'Advanced Manufacturing Development Zone'],
    [/现代服务业开发区$/, 'Modern Services Development Zone'],
    [/开发区$/, 'Development Zone'],
    [/示范区$/, 'Demonstration Zone'],
    [/产业集聚区$/, 'Industrial Cluster Zone'],
    [/新区$/, 'New Area'],
    [/园区$/, 'Park'],
    [/省$/, 'Province'],
    [/自治州$/, 'Autonomous Prefecture'],
    [/自治县$/, 'Autonomous County'],
    [/自治旗$/, 'Autonomous Banner'],
    [/县$/, 'County'],
    [/区$/, 'District'],
    [/市$/, 'City'],
  ];
  return table.find(([re]) => re.test(name))?.[1] ?? '';
}

/** The name without its suffix (the part to romanise). */
export function properPart(name: string): string {
  return name.replace(new RegExp(`(?:${PEOPLES}自治[州县旗]|${ZONE}|自治区|省|市|县|区)$`), '');
}
