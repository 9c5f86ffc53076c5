/**
 * A chain document becomes its chain, assembled in parts (chain/), drawn on its library chain
 * (data/chains/, matched by the industry's name and aliases): the library's segments in their
 * tiers with their `supplies` links, the key links as gap segments (a tier the document states
 * wins), the park, curated local firms and customers, measures with their responsible bodies and
 * cited policies, and the `supports` links from measures. A chain the library does not know is
 * built from the document alone, with a warning. Node ids are scoped by the chain id.
 */
import type { Chain } from '../../contract/chain-map.ts';
import type { LoadedSource } from '../io/sources.ts';
import type { ChainDocRead } from '../read.ts';
import type { Atlas } from './atlas.ts';
import { chainContext, freeChainId } from './chain/context.ts';
import { addMentions, addSegments, linkSupplies } from './chain/segments.ts';
import { placeGaps, segmentFor } from './chain/gaps.ts';
import { addPark } from './chain/park.ts';
import { linkCustomers, placeLocalFirms } from './chain/firms.ts';
import { addMeasure } from './chain/measures.ts';
import { linkSupports, parkMeasure } from './chain/supports.ts';
import { libraryMatch, libraryOf, usedSources } from './library-chain.ts';

/** Builds one chain into the atlas; `eligible` are the documents that may evidence its facts. */
export function buildChain(
  atlas: Atlas,
  read: ChainDocRead,
  eligible: LoadedSource[],
  sourceByTitle: Map<string, string>,
): Chain {
  const { curated } = atlas;
  const { doc } = read;
  const placed = libraryMatch(
    atlas,
    [read.industry],
    read.industryEvidence,
    read.keyLinks.map((k) => k.term),
  );
  const lib = placed?.chain ?? null;
  // Placed by its key links, the chain keeps its own name (a 机器人减速器 chain is no 工业机器人 chain).
  // The glossary may name the industry with its 产业 (生物产业: Bioindustry, not a gloss of 生物).
  const industryEn = placed?.byName
    ? placed.chain.en
    : atlas.en(
        atlas.hasTerm(`${read.industry}产业`) ? `${read.industry}产业` : read.industry,
        read.industryEvidence,
      );
  const chainId = freeChainId(atlas, read.regionId, industryEn);
  const ctx = chainContext(atlas, read, eligible, chainId, lib);

  const segments = lib ? lib.segments : [];
  addSegments(ctx, segments);
  const tierOf = (term: string) => read.tiers.find((t) => t.term === term);
  const gapIds = placeGaps(ctx, read.keyLinks, tierOf);
  // Items the document places in tiers that are not key links: the rest of its chain, as it says.
  for (const t of read.tiers)
    if (!read.keyLinks.some((k) => k.term === t.term)) {
      const node = segmentFor(ctx, t.term, t.evidence, 'context', t);
      if (!node.evidence.some((e) => e.start === t.context.start)) node.evidence.push(t.context);
    }
  addMentions(ctx, [read.industry, ...(lib ? [lib.zh, ...lib.aliases] : [])]);
  linkSupplies(ctx, segments);
  const parkId = addPark(ctx, read.park, gapIds);
  const locals = placeLocalFirms(ctx, curated.local);
  linkCustomers(ctx, read.customers, locals, lib !== null);
  const park = { id: parkId, measure: parkMeasure(read.measures, read.park) };
  for (const m of read.measures) {
    const id = addMeasure(ctx, m, sourceByTitle);
    linkSupports(ctx, m, id, gapIds, park);
  }

  const used = usedSources(
    atlas,
    chainId,
    locals.map((f) => f.id),
  );
  const chain: Chain = {
    id: chainId,
    kind: 'chain',
    name: { zh: `${read.industry}产业链`, en: `${industryEn} chain` },
    region: read.regionId,
    sources: [
      doc.id,
      ...eligible.filter((d) => d.id !== doc.id && used.has(d.id)).map((d) => d.id),
    ],
    metrics: read.metrics,
  };
  if (read.scope) chain.scope = read.scope;
  const region = atlas.nodes.get(read.regionId);
  if (region) chain.regionName = { ...region.name };
  if (read.featured) chain.featured = true;
  if (lib) chain.library = libraryOf(lib);
  atlas.chains.push(chain);
  // The place carries its chain: the title names both.
  atlas.link(read.regionId, chainId, 'hosts', [read.industryEvidence]);
  return chain;
}
