/**
 * Placing chains on the industry-chain library (data/chains/): a chain document's industry or a
 * plan's industry is matched to its library chain by name and aliases (industry keys: 锂电池产业 ~
 * 锂电池); a term (key link, focus area, customer) to a segment by exact name or alias, else by its
 * normalised form (text/segment-key.ts: 电动压缩机 → 压缩机), else by the longest name it ends with
 * (海鲜调理食品 → 调理食品: a Chinese name ends in what it is). Two candidates are ambiguous: no
 * match, and the caller warns; the matcher never guesses.
 */
import type { LibraryChain, Segment } from '../curated/data.ts';
import { nameKey } from '../curated/data.ts';
import { industryKey } from '../extract/plan-industries.ts';
import { segmentKey } from '../text/segment-key.ts';

export type Match<T> = { found: T } | { found: null; ambiguous: T[] };

const chainKey = (n: string) => industryKey(nameKey(n));

/**
 * The library chain named by any of `names` (a document's name for its industry, then others).
 * @example matchChain(library, ['锂电池']).found?.id // → 'lithium-battery'
 */
export function matchChain(library: LibraryChain[], names: string[]): Match<LibraryChain> {
  for (const name of names) {
    const k = chainKey(name);
    if (!k) continue;
    const hits = library.filter((c) => [c.zh, ...c.aliases].some((n) => chainKey(n) === k));
    if (hits.length === 1) return { found: hits[0] as LibraryChain };
    if (hits.length > 1) return { found: null, ambiguous: hits };
  }
  return { found: null, ambiguous: [] };
}

/**
 * The library chain most of `terms` (a document's key links) are segments of, by name or alias
 * exactly (a shared tail such as 雷达 is too weak to tell a chain), when its name named none: at least
 * two terms and at least half of them, and more than any other chain (a 电动汽车零部件 chain whose
 * key links are the NEV chain's segments sits on it). Returns the chain and how many terms it placed.
 */
export function chainOfTerms(
  library: LibraryChain[],
  terms: string[],
): { chain: LibraryChain; placed: number } | null {
  const distinct = [...new Set(terms)];
  if (distinct.length < 2) return null;
  const scored = library
    .map((chain) => {
      const m = matcherOf(chain);
      return { chain, placed: distinct.filter((t) => m.named(t)).length };
    })
    .sort((a, b) => b.placed - a.placed);
  const [best, next] = scored;
  if (!best || best.placed < 2 || best.placed * 2 < distinct.length) return null;
  if (next && next.placed === best.placed) return null;
  return best;
}

const matchers = new WeakMap<LibraryChain, SegmentMatcher>();
function matcherOf(chain: LibraryChain): SegmentMatcher {
  let m = matchers.get(chain);
  if (!m) matchers.set(chain, (m = new SegmentMatcher(chain.segments)));
  return m;
}

/** Matches terms to the segments of one library chain. */
export class SegmentMatcher {
  private readonly exact = new Map<string, Segment>();
  private readonly normal = new Map<string, Set<Segment>>();

  constructor(readonly segments: Segment[]) {
    for (const s of segments)
      for (const n of [s.zh, ...s.aliases, ...(s.full ? [s.full.zh] : [])]) {
        if (!this.exact.has(nameKey(n))) this.exact.set(nameKey(n), s);
        const k = segmentKey(n);
        if (!this.normal.has(k)) this.normal.set(k, new Set());
        this.normal.get(k)?.add(s);
      }
  }

  /** Whether `term` is a segment's name or alias exactly (no normalised form, no tail). */
  named(term: string): boolean {
    return this.exact.has(nameKey(term));
  }

  /**
   * The segment `term` names.
   * @example new SegmentMatcher(thermal).match('电动压缩机').found?.id // → 'mid-e-compressor'
   */
  match(term: string): Match<Segment> {
    const exact = this.exact.get(nameKey(term));
    if (exact) return { found: exact };
    const key = segmentKey(term);
    const hits = [...(this.normal.get(key) ?? [])];
    if (hits.length === 1) return { found: hits[0] as Segment };
    if (hits.length > 1) return { found: null, ambiguous: hits };
    // A Chinese name ends in what it is: 海鲜调理食品 is a 调理食品. The longest name the term ends
    // with, when one segment alone has it.
    let best = 0;
    let tail = new Set<Segment>();
    for (const [k, segs] of this.normal) {
      if (k.length < 2 || k.length >= key.length || !key.endsWith(k) || /^[\p{ASCII}]+$/u.test(k))
        continue;
      if (k.length > best) {
        best = k.length;
        tail = new Set(segs);
      } else if (k.length === best) for (const x of segs) tail.add(x);
    }
    if (tail.size === 1) return { found: [...tail][0] as Segment };
    return { found: null, ambiguous: [...tail] };
  }
}
