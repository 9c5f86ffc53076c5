/**
 * The key links a chain document names become its gap segments: the library segment the term
 * names (exact name, alias or normalised form), else an `unclassified` segment, with a warning that
 * names the library file to extend (or says the match was ambiguous). Each gap carries the span
 * that lists it. A tier the document states for a term (上游重点发展…) wins over the library's,
 * with a warning where they differ.
 */
import type { ChainNode, Evidence, Tier } from '../../../contract/chain-map.ts';
import type { KeyLink } from '../../extract/key-links.ts';
import { slug } from '../../text/names.ts';
import type { ChainContext } from './context.ts';

/**
 * The segment node of `term` in the chain: the library segment it names, or a new unclassified one
 * (warned at `at`); `tier` is the tier the document states for it, if any.
 */
export function segmentFor(
  ctx: ChainContext,
  term: string,
  at: Evidence,
  status: ChainNode['status'],
  tier?: { tier: Exclude<Tier, 'unclassified'>; evidence: Evidence },
): ChainNode {
  const { atlas } = ctx;
  const m = ctx.match(term);
  let node: ChainNode;
  if (m.found) node = atlas.nodes.get(ctx.local(m.found.id)) as ChainNode;
  else {
    node = ctx.add({
      id: ctx.local(`seg-${slug(term, 40) || 'term'}`),
      kind: 'segment',
      name: { zh: term, en: atlas.en(term) },
      tier: tier?.tier ?? 'unclassified',
      status,
      evidence: [],
    });
    if (m.ambiguous.length > 1)
      atlas.warnAt(at, 'segment-ambiguous', {
        term,
        segments: m.ambiguous.map((s) => s.zh).join('、'),
        file: ctx.library?.file ?? '',
      });
    else if (!tier && ctx.library)
      atlas.warnAt(at, 'segment-unmatched', { term, file: ctx.library.file });
  }
  if (tier && node.tier !== tier.tier) {
    if (node.tier !== 'unclassified')
      atlas.warnAt(tier.evidence, 'tier-differs', {
        term,
        tier: tier.tier,
        library: node.tier ?? '',
        file: ctx.library?.file ?? '',
      });
    node.tier = tier.tier;
  }
  return node;
}

/** Marks the key links' segments as gaps (adding unclassified ones); returns their ids in order. */
export function placeGaps(
  ctx: ChainContext,
  keyLinks: KeyLink[],
  tierOf: (
    term: string,
  ) => { tier: Exclude<Tier, 'unclassified'>; evidence: Evidence } | undefined = () => undefined,
): string[] {
  const gapIds: string[] = [];
  for (const k of keyLinks) {
    const node = segmentFor(ctx, k.term, k.evidence, 'gap', tierOf(k.term));
    node.status = 'gap';
    node.evidence.push(k.evidence);
    if (!gapIds.includes(node.id)) gapIds.push(node.id);
  }
  return gapIds;
}
