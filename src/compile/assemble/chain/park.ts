/** The park a chain document plans, and the gap segments that would land in it (`located-in`). */
import type { Evidence } from '../../../contract/chain-map.ts';
import type { ParkRead } from '../../extract/park.ts';
import { slug } from '../../text/names.ts';
import type { ChainContext } from './context.ts';

/** Adds the park node and links each gap into it; returns the park's id, or null without a park. */
export function addPark(ctx: ChainContext, park: ParkRead | null, gapIds: string[]): string | null {
  if (!park) return null;
  const { atlas } = ctx;
  const parkId = ctx.local(`park-${slug(park.name, 40)}`);
  const node = ctx.add({
    id: parkId,
    kind: 'park',
    name: { zh: park.name, en: atlas.en(park.name, park.nameEvidence) },
    evidence: park.evidence,
    areaMu: park.areaMu,
  });
  if (park.location) node.location = park.location;
  if (park.standard) node.standard = park.standard;
  if (park.purpose) node.purpose = park.purpose;
  for (const g of gapIds)
    atlas.link(g, parkId, 'located-in', [park.purposeEvidence ?? (park.evidence[0] as Evidence)]);
  return parkId;
}
