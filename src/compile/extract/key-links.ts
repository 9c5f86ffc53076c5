/**
 * The key links of chain-based investment — the gap segments: the list in
 * 瞄准/聚焦/围绕/重点围绕/补齐 … 等关键/核心/薄弱/短板环节.
 */
import type { Evidence } from '../../contract/chain-map.ts';
import type { Problems } from '../problems.ts';
import { splitList } from '../text/lists.ts';
import { evidence, groupSpan, textAt, type SourceDoc } from '../text/view.ts';
import { alt, KEY_LINK_NOUNS, KEY_LINK_QUALIFIERS, KEY_LINK_VERBS } from '../text/vocabulary.ts';

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

/**
 * The first key-link list of the document with at least two items; an item longer than 16
 * characters is not a link name and is reported, not guessed at.
 * @example '瞄准压缩机、风机等关键环节开展链式招商' → [{ term: '压缩机' }, { term: '风机' }]
 */
export function readKeyLinks(doc: SourceDoc, problems?: Problems): KeyLink[] {
  for (const m of doc.view.matchAll(KEY_LINKS)) {
    const [ls, le] = groupSpan(m, 'list');
    const items = splitList(doc.view, ls, le);
    if (items.length < 2) continue;
    const context = evidence(doc, m.index, m.index + m[0].length);
    const out: KeyLink[] = [];
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
    return out;
  }
  return [];
}
