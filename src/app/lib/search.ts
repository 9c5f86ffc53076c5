/**
 * Chinese-aware search over every node: exact → prefix → substring tiers over the Chinese name,
 * aliases, English name, full pinyin (with and without spaces) and initials — then Fuse.js, only
 * for typo tolerance when the tiers find little. Pinyin comes precomputed in the data.
 *
 * search(index, 'ysj')  → 压缩机 first (initials "ysj" exact)
 * search(index, 'EXV')  → 电子膨胀阀 (alias "EXV" exact, case-folded)
 */
import Fuse from 'fuse.js';
import type { ChainNode, NodeKind } from '../../contract/chain-map.ts';

/** How a hit matched, best first. */
export type MatchTier = 0 | 1 | 2 | 3;

/** One search result. */
export interface SearchHit {
  id: string;
  kind: NodeKind;
  /** 0 exact, 1 prefix, 2 substring, 3 fuzzy. */
  tier: MatchTier;
}

interface Entry {
  id: string;
  kind: NodeKind;
  /** Normalised searchable strings: zh, aliases, en, pinyin, pinyin without spaces, initials. */
  keys: string[];
  /** The short fields Fuse looks at for typos: zh, en and pinyin without spaces. */
  fuzzy: string[];
  /** All keys joined by \u0001: one `includes` rejects most entries at once. */
  all: string;
  /** Shorter names rank first within a tier. */
  length: number;
  order: number;
}

/** A prepared index; build it once per map. */
export interface SearchIndex {
  entries: Entry[];
  fuse: Fuse<Entry> | null;
  /** The previous query and the entries its prefilter kept: typing one more character only rescans those. */
  last: { q: string; candidates: number[] } | null;
}

const KIND_RANK: Record<NodeKind, number> = {
  segment: 0,
  customer: 1,
  park: 2,
  measure: 3,
  enterprise: 4,
  department: 5,
  policy: 6,
};

/** Lower-case, NFKC (full-width → half-width), no control characters, trimmed: "ＥＸＶ " → "exv". */
export function normalise(s: string): string {
  // Control characters are dropped: the joined keys use U+0001 as their separator.
  return [...s.normalize('NFKC').toLowerCase()]
    .filter((c) => c.charCodeAt(0) >= 0x20)
    .join('')
    .trim();
}

/** Builds the index from the map's nodes. */
export function buildSearchIndex(nodes: readonly ChainNode[]): SearchIndex {
  const entries: Entry[] = nodes.map((n, order) => {
    const keys = [
      n.name.zh,
      ...n.search.aliases,
      n.name.en,
      n.search.pinyin,
      n.search.pinyin.replace(/\s+/g, ''),
      n.search.initials.replace(/\s+/g, ''),
    ]
      .map(normalise)
      .filter((k) => k.length > 0);
    const fuzzy = [n.name.zh, n.name.en, n.search.pinyin.replace(/\s+/g, '')].map(normalise);
    const unique = [...new Set(keys)];
    return {
      id: n.id,
      kind: n.kind,
      keys: unique,
      all: unique.join('\u0001'),
      fuzzy,
      length: n.name.zh.length,
      order,
    };
  });
  return { entries, fuse: null, last: null };
}

function fuseOf(index: SearchIndex): Fuse<Entry> {
  // Built lazily: only a query the tiers cannot answer pays for it.
  index.fuse ??= new Fuse(index.entries, {
    keys: ['fuzzy'],
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });
  return index.fuse;
}

/**
 * Results for `query`, best first, at most `limit`. Tiers: a key equal to the query, a key starting
 * with it, a key containing it; spaces in the query are ignored for a second try against the
 * no-space pinyin ("ya suo" and "yasuo" both find 压缩机). Fuse answers only when they find nothing.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const qFlat = q.replace(/\s+/g, '');
  const two = qFlat !== q;
  // One numeric score per match, sorted as a typed array: tier, then kind, then name length, then
  // input order. Fast enough for 5,000 nodes per keystroke.
  const scores: number[] = [];
  const entries = index.entries;
  // An entry matching "yas" also matched "ya" (and likewise without spaces), so when the query
  // grows by typing, only the previous candidates need a look.
  const prev = index.last && q.startsWith(index.last.q) ? index.last.candidates : null;
  const candidates: number[] = [];
  const total = prev ? prev.length : entries.length;
  for (let c = 0; c < total; c++) {
    const i = prev ? (prev[c] as number) : c;
    const e = entries[i] as Entry;
    if (!e.all.includes(q) && !(two && e.all.includes(qFlat))) continue;
    candidates.push(i);
    // The joined string matched, and no query contains the separator, so some key contains the
    // query: tier 2 at worst. Only prefixes need checking to find tiers 1 and 0.
    let tier = 2;
    for (const k of e.keys) {
      if (k.startsWith(q) || (two && k.startsWith(qFlat))) {
        if (k === q || (two && k === qFlat)) {
          tier = 0;
          break;
        }
        tier = 1;
      }
    }
    scores.push(((tier * 10 + KIND_RANK[e.kind]) * 1000 + Math.min(e.length, 999)) * 1e6 + i);
  }
  index.last = { q, candidates };
  const sorted = Float64Array.from(scores).sort();
  const hits: SearchHit[] = [];
  for (let j = 0; j < sorted.length && hits.length < limit; j++) {
    const v = sorted[j] as number;
    const e = entries[v % 1e6] as Entry;
    hits.push({ id: e.id, kind: e.kind, tier: Math.floor(v / 1e6 / 1000 / 10) as MatchTier });
  }
  // Typo tolerance only when the tiers find nothing: Fuse costs ~100× a tier scan.
  if (hits.length === 0 && q.length >= 3 && q.length <= 32) {
    for (const r of fuseOf(index).search(q, { limit: limit })) {
      if (hits.length >= limit) break;
      hits.push({ id: r.item.id, kind: r.item.kind, tier: 3 });
    }
  }
  return hits;
}
