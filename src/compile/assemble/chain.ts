/**
 * A chain document becomes its chain, assembled in parts (chain/): its segments (the curated
 * taxonomy when it covers the chain's industry), its key links as gap segments, the park, curated
 * local firms and customers, measures with their responsible bodies and cited policies, and the
 * `supports` links from measures. Node ids are scoped by the chain id, so two documents never
 * collide.
 */
import type { Chain } from '../../contract/chain-map.ts';
import type { LoadedSource } from '../io/sources.ts';
import type { ChainDocRead } from '../read.ts';
import { normKey } from '../text/key.ts';
import type { Atlas } from './atlas.ts';
import { chainContext, freeChainId } from './chain/context.ts';
import { addMentions, addSegments, linkSupplies } from './chain/segments.ts';
import { placeGaps } from './chain/gaps.ts';
import { addPark } from './chain/park.ts';
import { linkCustomers, placeLocalFirms } from './chain/firms.ts';
import { addMeasure } from './chain/measures.ts';
import { linkSupports, parkMeasure } from './chain/supports.ts';

/** Builds one chain into the atlas; `eligible` are the documents that may evidence its facts. */
export function buildChain(
  atlas: Atlas,
  read: ChainDocRead,
  eligible: LoadedSource[],
  sourceByTitle: Map<string, string>,
): Chain {
  const { curated } = atlas;
  const { doc } = read;
  const taxonomyFits = [curated.industry.zh, ...(curated.industry.aliases ?? [])].some(
    (n) => normKey(n) === normKey(read.industry),
  );
  const industryEn = taxonomyFits
    ? curated.industry.en
    : atlas.en(read.industry, read.industryEvidence);
  const chainId = freeChainId(atlas, read.regionId, industryEn);
  const ctx = chainContext(atlas, read, eligible, chainId);

  const segments = taxonomyFits ? curated.segments : [];
  addSegments(ctx, segments);
  const gapIds = placeGaps(ctx, segments, read.keyLinks);
  addMentions(ctx);
  linkSupplies(ctx, segments);
  const parkId = addPark(ctx, read.park, gapIds);
  const locals = placeLocalFirms(ctx, taxonomyFits ? curated.local : []);
  linkCustomers(ctx, read.customers, locals, taxonomyFits);
  const park = { id: parkId, measure: parkMeasure(read.measures, read.park) };
  for (const m of read.measures) {
    const id = addMeasure(ctx, m, sourceByTitle);
    linkSupports(ctx, m, id, gapIds, segments, park);
  }

  const chain: Chain = {
    id: chainId,
    kind: 'chain',
    name: { zh: `${read.industry}产业链`, en: `${industryEn} chain` },
    region: read.regionId,
    sources: [doc.id, ...eligible.filter((d) => d.id !== doc.id).map((d) => d.id)],
    metrics: read.metrics,
  };
  if (read.scope) chain.scope = read.scope;
  const region = atlas.nodes.get(read.regionId);
  if (region) chain.regionName = { ...region.name };
  if (read.featured) chain.featured = true;
  atlas.chains.push(chain);
  // The place carries its chain: the title names both.
  atlas.link(read.regionId, chainId, 'hosts', [read.industryEvidence]);
  return chain;
}
