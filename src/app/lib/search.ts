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
  /** Shorter names rank first within a tier. */
  length: number;
  order: number;
}

/** A prepared index; build it once per map. */
export interface SearchIndex {
  entries: Entry[];
  fuse: Fuse<Entry> | null;
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

/** Lower-case, NFKC (full-width → half-width), trimmed: "ＥＸＶ " → "exv". */
export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
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
    return { id: n.id, kind: n.kind, keys: [...new Set(keys)], length: n.name.zh.length, order };
  });
  return { entries, fuse: null };
}

function fuseOf(index: SearchIndex): Fuse<Entry> {
  // Built lazily: only a query the tiers cannot answer pays for it.
  index.fuse ??= new Fuse(index.entries, {
    keys: ['keys'],
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });
  return index.fuse;
}

/**
 * Results for `query`, best first, at most `limit`. Tiers: a key equal to the query, a key starting
 * with it, a key containing it; spaces in the query are ignored for a second try against the
 * no-space pinyin ("ya suo" and "yasuo" both find 压缩机). Fuse fills in when fewer than 3 hits.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const qFlat = q.replace(/\s+/g, '');
  const best = new Map<string, { e: Entry; tier: MatchTier }>();
  for (const e of index.entries) {
    let tier: MatchTier | null = null;
    for (const k of e.keys) {
      const t =
        k === q || k === qFlat
          ? 0
          : k.startsWith(q) || k.startsWith(qFlat)
            ? 1
            : k.includes(q) || k.includes(qFlat)
              ? 2
              : null;
      if (t !== null && (tier === null || t < tier)) tier = t;
      if (tier === 0) break;
    }
    if (tier !== null) best.set(e.id, { e, tier });
  }
  const ranked = [...best.values()].sort(
    (a, b) =>
      a.tier - b.tier ||
      KIND_RANK[a.e.kind] - KIND_RANK[b.e.kind] ||
      a.e.length - b.e.length ||
      a.e.order - b.e.order,
  );
  const hits: SearchHit[] = ranked
    .slice(0, limit)
    .map(({ e, tier }) => ({ id: e.id, kind: e.kind, tier }));
  if (hits.length < 3 && q.length >= 2) {
    for (const r of fuseOf(index).search(q, { limit: limit })) {
      if (hits.length >= limit) break;
      if (!best.has(r.item.id)) hits.push({ id: r.item.id, kind: r.item.kind, tier: 3 });
    }
  }
  return hits;
}
