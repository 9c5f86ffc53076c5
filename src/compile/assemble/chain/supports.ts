/**
 * The segments a measure supports: those it names, and every gap segment when it speaks of the key
 * links (关键环节) they were listed as; and the park, from the measure that plans it.
 */
import type { ChainNode, Evidence } from '../../../contract/chain-map.ts';
import type { Segment } from '../../curated/data.ts';
import type { MeasureRead } from '../../extract/measures.ts';
import type { ParkRead } from '../../extract/park.ts';
import { mentionsIn } from '../atlas.ts';
import type { ChainContext } from './context.ts';
import { findSegment } from './segments.ts';

/** The measure whose span holds the park's area, if any: the one that plans the park. */
export function parkMeasure(
  measures: MeasureRead[],
  park: ParkRead | null,
): MeasureRead | undefined {
  return park
    ? measures.find((m) => m.start <= park.areaEvidence.start && park.areaEvidence.start < m.end)
    : undefined;
}

/** Links the measure `id` (read as `m`) to the gaps it supports and, when it plans it, the park. */
export function linkSupports(
  ctx: ChainContext,
  m: MeasureRead,
  id: string,
  gapIds: string[],
  segments: Segment[],
  park: { id: string | null; measure: MeasureRead | undefined },
): void {
  const { atlas, read } = ctx;
  const { doc } = read;
  for (const g of gapIds) {
    const seg = atlas.nodes.get(g) as ChainNode;
    const names = [
      seg.name.zh,
      ...seg.search.aliases,
      ...read.keyLinks
        .filter((k) => {
          const s = findSegment(segments, k.term);
          return (s ? ctx.local(s.id) : '') === g;
        })
        .map((k) => k.term),
    ];
    const ev = mentionsIn(doc, names, m.start, m.end);
    if (
      m.keyLinkWords &&
      !read.keyLinks.some((k) => k.context.start >= m.start && k.context.start < m.end)
    )
      ev.push(m.keyLinkWords);
    if (ev.length > 0) atlas.link(id, g, 'supports', ev.slice(0, 2));
  }
  if (park.id && park.measure === m && read.park)
    atlas.link(id, park.id, 'supports', [read.park.evidence[0] as Evidence]);
}
