/**
 * What a chain of the atlas takes from its library chain: the match (warned when ambiguous or
 * missing), the `library` entry the map gives the chain (its id, names and reference, one click
 * away in the app), and which documents ended up evidencing the chain (its `sources`).
 */
import type { Chain, Evidence } from '../../contract/chain-map.ts';
import type { LibraryChain } from '../curated/data.ts';
import type { Atlas } from './atlas.ts';
import { chainOfTerms, matchChain } from './library.ts';

/**
 * The library chain for an industry named `names` (first the document's own), or null, warned at
 * `at`. A name that names no chain is placed by its `terms` (the key links) where most of them are
 * one chain's segments (library.ts chainOfTerms); `byName` says which, so the chain keeps its own
 * name when it was placed by its terms.
 */
export function libraryChainFor(
  atlas: Atlas,
  names: string[],
  at: Evidence,
  terms: string[] = [],
): LibraryChain | null {
  return libraryMatch(atlas, names, at, terms)?.chain ?? null;
}

export function libraryMatch(
  atlas: Atlas,
  names: string[],
  at: Evidence,
  terms: string[] = [],
): { chain: LibraryChain; byName: boolean } | null {
  const m = matchChain(atlas.curated.library, names);
  if (m.found) return { chain: m.found, byName: true };
  if (m.ambiguous.length > 1) {
    atlas.warnAt(at, 'chain-ambiguous', {
      industry: names[0] ?? '',
      chains: m.ambiguous.map((c) => c.file).join(', '),
    });
    return null;
  }
  const byTerms = chainOfTerms(atlas.curated.library, terms);
  if (byTerms) {
    atlas.warnAt(at, 'chain-by-terms', {
      industry: names[0] ?? '',
      file: byTerms.chain.file,
      placed: byTerms.placed,
      terms: new Set(terms).size,
    });
    return { chain: byTerms.chain, byName: false };
  }
  atlas.warnAt(at, 'chain-unknown', { industry: names[0] ?? '' });
  return null;
}

export function libraryOf(lib: LibraryChain): NonNullable<Chain['library']> {
  return { id: lib.id, name: { zh: lib.zh, en: lib.en }, reference: lib.reference };
}

/** The documents whose spans evidence the chain's nodes, its links, or the firms placed in it. */
export function usedSources(atlas: Atlas, chainId: string, firms: string[] = []): Set<string> {
  const used = new Set<string>();
  const own = new Set(firms);
  for (const n of atlas.nodes.values())
    if (n.chain === chainId || own.has(n.id)) {
      own.add(n.id);
      for (const e of n.evidence) used.add(e.source);
    }
  for (const l of atlas.links)
    if (own.has(l.source) || own.has(l.target)) for (const e of l.evidence) used.add(e.source);
  return used;
}
