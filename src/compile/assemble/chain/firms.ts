/**
 * The firms of a chain: curated local firms of its place (each in its taxonomy segments, which
 * they make `present`), and the customers the document names (each a customer of the chain, and
 * of the segments the curated list classifies it in).
 */
import type { ChainNode } from '../../../contract/chain-map.ts';
import type { Firm } from '../../curated/data.ts';
import type { CustomerRead } from '../../extract/customers.ts';
import { firmNode } from '../firms.ts';
import type { ChainContext } from './context.ts';

/** The curated local firms of the chain's place, placed in their segments; returns them. */
export function placeLocalFirms(ctx: ChainContext, firms: Firm[]): Firm[] {
  const { atlas } = ctx;
  const locals = firms.filter((f) => f.region !== undefined && f.region === ctx.read.regionId);
  for (const f of locals) {
    const node = firmNode(atlas, f.zh, null, 'enterprise');
    node.evidence.push(
      ...atlas.mentions(ctx.eligible, [f.zh, ...(f.aliases ?? [])], node.evidence),
    );
    for (const s of f.segments) {
      const seg = atlas.nodes.get(ctx.local(s)) as ChainNode;
      if (seg.status === 'context') seg.status = 'present';
      atlas.link(f.id, seg.id, 'in-segment', [], { reference: f.reference });
    }
  }
  return locals;
}

/**
 * The customers the document names, linked to the chain (and, when `classify`, to the curated
 * segments they buy from); then the local firms' curated customers that are in the atlas.
 */
export function linkCustomers(
  ctx: ChainContext,
  customers: CustomerRead[],
  locals: Firm[],
  classify: boolean,
): void {
  const { atlas } = ctx;
  for (const c of customers) {
    const node = firmNode(atlas, c.name, c.evidence, 'customer');
    atlas.link(node.id, ctx.chainId, 'customer-of', [c.evidence]);
    const known = atlas.curated.customers.find((k) => k.id === node.id);
    if (known && classify)
      for (const s of known.segments)
        atlas.link(ctx.local(s), node.id, 'customer-of', [c.evidence], {
          reference: known.reference,
        });
  }
  for (const f of locals)
    for (const c of f.customers ?? [])
      if (atlas.nodes.has(c)) atlas.link(f.id, c, 'customer-of', [], { reference: f.reference });
}
