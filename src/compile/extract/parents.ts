/**
 * The places that contain a document's own place, read from its prose when the title does not
 * nest them: `江西省宜春市袁州区` (nesting), `柳东新区是柳州市…` / `我区作为芜湖市…` (the place said to be
 * part of a city), `贯彻落实福建省、泉州市关于…` (the governments above it), a zone named after its
 * city (`襄阳高新区` where the text names 襄阳市), and the one province a text names. Names inside
 * 《…》 (other documents' titles) and brackets (department names) do not count.
 */
import type { Evidence } from '../../contract/chain-map.ts';
import { levelOf, placeAt, properPart } from '../text/places.ts';
import { evidence, type SourceDoc } from '../text/view.ts';

export interface ParentRead {
  name: string;
  evidence: Evidence;
}

/** The view with 《…》 and （…） blanked, same length. */
function prose(view: string): string {
  return view.replace(/《[^《》\n]*》|\([^()\n]*\)/g, (m) => ' '.repeat(m.length));
}

const PLACE = '[\\u4e00-\\u9fa5]{2,4}?(?:省|自治区|市)';
/** Where a place name may begin: after punctuation, another place, or a word that precedes places. */
const BOUNDARY =
  '(?:^|(?<=[\\s、，,。；;：:“（(]|落实|贯彻|推动|建成|打造|位居|作为|是|在|和|与|及|全|由|省|市|区|县|依托|立足|支持|加快|深入))';
/** A province or city name after a boundary: the shortest reading (山东省, 黑龙江省, 宜春市). */
const NAME_AFTER = `${BOUNDARY}(?<p>[\\u4e00-\\u9fa5]{2,3}?(?:省|自治区|市))`;

/**
 * The place directly containing `name` (at `level`) as the prose says, or null when it does not.
 * @example readParent(doc('…柳州市柳东新区管理委员会…'), '柳东新区', 'zone') // → { name: '柳州市' }
 */
export function readParent(
  doc: SourceDoc,
  name: string,
  level: string,
  self: boolean,
): ParentRead | null {
  if (level === 'province') return null;
  const v = prose(doc.view);
  const ok = (p: string | undefined) =>
    p !== undefined &&
    p !== name &&
    placeAt(p) === p &&
    (level === 'city' ? /省|自治区$/.test(p) || levelOf(p) === 'city' : true);
  const found = (p: string, at: number): ParentRead => ({
    name: p,
    evidence: evidence(doc, at, at + p.length),
  });
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // 宜春市袁州区: nesting.
  const nest = new RegExp(`${NAME_AFTER}${esc}`, 'd').exec(v);
  if (nest?.groups?.p && ok(nest.groups.p))
    return found(nest.groups.p, nest.indices?.groups?.p?.[0] as number);
  // 柳东新区是柳州市… / 我区作为芜湖市…
  const me = self ? `${esc}|我区|我县|我市|本区|本县|全区|全县` : esc;
  const said = new RegExp(`(?:${me})(?:是|作为|系|地处|位于|隶属于?)(?<p>${PLACE})`, 'd').exec(v);
  if (said?.groups?.p && ok(said.groups.p))
    return found(said.groups.p, said.indices?.groups?.p?.[0] as number);
  // 贯彻落实福建省、泉州市关于…
  const gov = new RegExp(
    `贯彻落实(?<a>${PLACE})(?:[、,，和及](?<b>${PLACE}))?(?:关于|的|有关)`,
    'd',
  ).exec(v);
  if (gov?.groups) {
    const b = gov.groups.b;
    if (b && ok(b) && level !== 'province' && /市$/.test(b))
      return found(b, gov.indices?.groups?.b?.[0] as number);
    const a = gov.groups.a as string;
    if (ok(a) && /省|自治区$/.test(a) && (level === 'city' || !b))
      return found(a, gov.indices?.groups?.a?.[0] as number);
  }
  // 襄阳高新区 … 襄阳市: a zone named after its city.
  if (level === 'zone') {
    const proper = properPart(name);
    for (let n = Math.min(proper.length, 4); n >= 2; n--) {
      const city = `${proper.slice(0, n)}市`;
      const at = v.indexOf(city);
      if (at >= 0) return found(city, at);
    }
  }
  // The one province the text names.
  if (level === 'city' || level === 'county' || level === 'zone') {
    const provinces = new Map<string, number>();
    for (const m of v.matchAll(new RegExp(NAME_AFTER, 'dg'))) {
      const p = m.groups?.p as string;
      if (/(?:省|自治区)$/.test(p) && !provinces.has(p))
        provinces.set(p, m.indices?.groups?.p?.[0] as number);
    }
    if (provinces.size === 1 && level === 'city') {
      const [[p, at]] = [...provinces] as [[string, number]];
      return found(p, at);
    }
  }
  return null;
}
