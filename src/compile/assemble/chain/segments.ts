/**
 * A chain's segments from the curated taxonomy (when it covers the chain's industry): each a
 * `context` segment with its reference, the mentions of its names in the eligible documents as
 * evidence, and the `supplies` links of its `feeds`.
 */
import type { Segment } from '../../curated/data.ts';
import { normKey } from '../../text/key.ts';
import type { ChainContext } from './context.ts';

/** Adds the taxonomy's segments to the chain, each `context` with its reference. */
export function addSegments(ctx: ChainContext, segments: Segment[]): void {
  for (const s of segments)
    ctx.add({
      id: ctx.local(s.id),
      kind: 'segment',
      name: { zh: s.zh, en: s.en },
      tier: s.tier,
      status: 'context',
      evidence: [],
      reference: s.reference,
      aliases: [...s.aliases, ...(s.full ? [s.full.zh, s.full.en] : [])],
    });
}

/** The segment named `term` (its zh name or an alias, spaces and case aside), if any. */
export function findSegment(segments: Segment[], term: string): Segment | undefined {
  const k = normKey(term).toLowerCase();
  return segments.find((s) => [s.zh, ...s.aliases].some((n) => normKey(n).toLowerCase() === k));
}

/** Every segment of the chain gains the mentions of its names in the eligible documents. */
export function addMentions(ctx: ChainContext): void {
  const { atlas } = ctx;
  for (const n of atlas.nodes.values()) {
    if (n.chain !== ctx.chainId || n.kind !== 'segment') continue;
    const names = [n.name.zh, ...n.search.aliases.filter((a) => !a.includes('('))];
    n.evidence.push(...atlas.mentions(ctx.eligible, names, n.evidence));
  }
}

/** The `supplies` links of the segments' `feeds`, each with the segment's reference. */
export function linkSupplies(ctx: ChainContext, segments: Segment[]): void {
  for (const s of segments)
    for (const f of s.feeds)
      ctx.atlas.link(ctx.local(s.id), ctx.local(f), 'supplies', [], { reference: s.reference });
}
