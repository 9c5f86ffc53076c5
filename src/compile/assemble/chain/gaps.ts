/**
 * The key links a chain document names become its gap segments: the taxonomy's segment when the
 * term is its name or an alias, else an `unclassified` segment (with a warning). Each gap carries
 * the span that lists it.
 */
import type { ChainNode } from '../../../contract/chain-map.ts';
import type { Segment } from '../../curated/data.ts';
import type { KeyLink } from '../../extract/key-links.ts';
import { slug } from '../../text/names.ts';
import type { ChainContext } from './context.ts';
import { findSegment } from './segments.ts';

/** Marks the key links' segments as gaps (adding unclassified ones); returns their ids in order. */
export function placeGaps(ctx: ChainContext, segments: Segment[], keyLinks: KeyLink[]): string[] {
  const { atlas } = ctx;
  const gapIds: string[] = [];
  for (const k of keyLinks) {
    const seg = findSegment(segments, k.term);
    const node = seg
      ? (atlas.nodes.get(ctx.local(seg.id)) as ChainNode)
      : ctx.add({
          id: ctx.local(`seg-${slug(k.term, 40) || 'term'}`),
          kind: 'segment',
          name: { zh: k.term, en: atlas.en(k.term) },
          tier: 'unclassified',
          status: 'gap',
          evidence: [],
        });
    if (!seg) atlas.warnAt(k.evidence, 'key-link-unclassified', { term: k.term });
    node.status = 'gap';
    node.evidence.push(k.evidence);
    if (!gapIds.includes(node.id)) gapIds.push(node.id);
  }
  return gapIds;
}
