/**
 * The normalised form of a segment name, by which a document's term meets a library segment when
 * no name or alias is the same: the words that qualify a part (电动, 驱动, 智能 …) and the words that
 * only say it is a part (系统, 总成 …) dropped. 电动压缩机 → 压缩机, 驱动电机 → 电机, 电池管理系统 →
 * 电池管理. The tables are the whole rule.
 */
import { normKey } from './key.ts';

/** Qualifiers dropped from the front, longest first. */
export const QUALIFIERS = [
  '新能源汽车',
  '新能源',
  '高性能',
  '高精度',
  '高端',
  '高效',
  '电动',
  '电子',
  '驱动',
  '智能',
  '精密',
  '新型',
  '先进',
  '汽车',
  '车用',
  '车载',
  '动力',
];
/** Words dropped from the end: they say the thing is a part, not which part. */
export const PART_WORDS = ['系统', '总成', '组件', '部件', '零部件', '模组', '装置', '产品'];

/**
 * @example segmentKey('电动压缩机') // → '压缩机'
 * @example segmentKey('驱动电机') // → '电机'
 */
export function segmentKey(name: string): string {
  let k = normKey(name).toLowerCase();
  for (let changed = true; changed;) {
    changed = false;
    for (const q of QUALIFIERS)
      if (k.startsWith(q) && k.length - q.length >= 2) {
        k = k.slice(q.length);
        changed = true;
      }
    for (const w of PART_WORDS)
      if (k.endsWith(w) && k.length - w.length >= 2) {
        k = k.slice(0, -w.length);
        changed = true;
      }
  }
  return k;
}
