/**
 * The tiers a document states for its items: 上游重点发展A、B，中游发展C，下游拓展D (a tier word, a
 * verb of development, the list), or 产业链上游的A、B等环节. Each item with its tier and the span that
 * places it. Phrasings are the tables below; 上下游 (both ends at once) places nothing.
 */
import type { Evidence, Tier } from '../../contract/chain-map.ts';
import { splitList } from '../text/lists.ts';
import { evidence, groupSpan, textAt, type SourceDoc } from '../text/view.ts';

export interface TierRead {
  term: string;
  tier: Exclude<Tier, 'unclassified' | 'service'>;
  /** The item's span. */
  evidence: Evidence;
  /** The clause that places it (上游重点发展…). */
  context: Evidence;
}

const TIERS: Record<string, TierRead['tier']> = {
  上游: 'upstream',
  中游: 'midstream',
  下游: 'downstream',
};
const ADVERBS = ['重点', '主要', '着力', '加快', '积极', '大力'];
const VERBS = [
  '发展壮大',
  '发展',
  '布局',
  '聚焦',
  '引进',
  '招引',
  '突破',
  '补齐',
  '攻关',
  '拓展',
  '延伸至',
  '延伸',
  '培育',
  '做强',
];
const TIER = '(?<![上中下])(?:产业链)?(?<tier>上游|中游|下游)';
const TAIL = '(?:等(?:\\d+个)?(?:关键|重点|核心|应用)?(?:环节|领域|产品|方向|项目|场景))?';
const PHRASES = [
  // 上游重点发展A、B
  new RegExp(
    `${TIER}(?:环节)?(?:${ADVERBS.join('|')})?(?:${VERBS.join('|')})(?<list>[^，,；;。\\n]{2,80}?)${TAIL}(?=[，,；;。\\n]|$)`,
    'dg',
  ),
  // 产业链上游的A、B等环节
  new RegExp(
    `${TIER}的(?<list>[^，,；;。\\n]{2,60}?)等(?:关键|重点|核心)?(?:环节|领域|产品)`,
    'dg',
  ),
];

/**
 * The items a document places in tiers, in document order; an item longer than 16 characters is no
 * segment name and is left out.
 * @example readTiers(doc('上游重点发展锂矿、锂盐，中游发展正极材料')) // → 锂矿, 锂盐 upstream; 正极材料 midstream
 */
export function readTiers(doc: SourceDoc): TierRead[] {
  const out: TierRead[] = [];
  for (const re of PHRASES)
    for (const m of doc.view.matchAll(re)) {
      const tier = TIERS[m.groups?.tier as string] as TierRead['tier'];
      const [ls, le] = groupSpan(m, 'list');
      const context = evidence(doc, m.index, m.index + m[0].length);
      for (const it of splitList(doc.view, ls, le)) {
        const term = textAt(doc, it.start, it.end);
        if (term.length > 16 || term.length < 2) continue;
        if (out.some((x) => x.evidence.start === it.start)) continue;
        out.push({ term, tier, evidence: evidence(doc, it.start, it.end), context });
      }
    }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}
