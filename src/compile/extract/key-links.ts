/**
 * The key links of chain-based investment — the gap segments: the list in
 * 瞄准/聚焦/围绕/重点围绕/补齐 … 等关键/核心/薄弱/短板环节, and the firms wanted for them in
 * 招引/引进 … 等配套企业.
 */
import type { Evidence } from '../../contract/chain-map.ts';
import type { Problems } from '../problems.ts';
import { splitList } from '../text/lists.ts';
import { evidence, groupSpan, sentenceAt, textAt, type SourceDoc } from '../text/view.ts';
import {
  alt,
  ATTRACT,
  KEY_LINK_NOUNS,
  KEY_LINK_QUALIFIERS,
  KEY_LINK_VERBS,
  WANTED_FIRMS,
} from '../text/vocabulary.ts';

export interface KeyLink {
  term: string;
  evidence: Evidence;
  /** The whole key-link phrase (瞄准…等关键环节). */
  context: Evidence;
}

const KEY_LINKS = new RegExp(
  `${alt(KEY_LINK_VERBS)}(?<list>[^。；;：:\\n]{2,160}?)等(?:\\d+个|[一二三四五六七八九十]+个)?${alt(KEY_LINK_QUALIFIERS)}${alt(KEY_LINK_NOUNS)}`,
  'dg',
);
const WANTED = new RegExp(
  `${alt(ATTRACT)}(?<list>[^。；;：:，,\\n]{2,160}?)等${alt(WANTED_FIRMS)}`,
  'dg',
);

/**
 * The first key-link list of the document with at least two items, and the other lists of its
 * sentence (重点发展制曲、基酒等环节，招引玻璃酒瓶、纸箱礼盒等配套企业); an item longer than 16
 * characters is not a link name and is reported, not guessed at.
 * @example '瞄准压缩机、风机等关键环节开展链式招商' → [{ term: '压缩机' }, { term: '风机' }]
 */
export function readKeyLinks(doc: SourceDoc, problems?: Problems): KeyLink[] {
  const lists = [...doc.view.matchAll(KEY_LINKS), ...doc.view.matchAll(WANTED)]
    .map((m) => {
      const [ls, le] = groupSpan(m, 'list');
      return { m, items: splitList(doc.view, ls, le) };
    })
    .filter((l) => l.items.length >= 2)
    .sort((a, b) => a.m.index - b.m.index);
  const first = lists[0];
  if (!first) return [];
  const [, sentenceEnd] = sentenceAt(doc.view, first.m.index);
  const out: KeyLink[] = [];
  let taken = 0;
  for (const { m, items } of lists.filter((l) => l.m.index < sentenceEnd)) {
    if (m.index < taken) continue; // inside a list already read
    taken = m.index + m[0].length;
    const context = evidence(doc, m.index, m.index + m[0].length);
    for (const it of items) {
      if (it.text.length > 16) {
        problems?.at(
          doc.file,
          doc.text,
          it.start,
          'key-link-too-long',
          { item: it.text.slice(0, 20) },
          'warning',
        );
        continue;
      }
      out.push({
        term: textAt(doc, it.start, it.end),
        evidence: evidence(doc, it.start, it.end),
        context,
      });
    }
  }
  return out;
}
