/**
 * What every part of a chain's assembly shares: the atlas, the document as read, the chain's id
 * (node ids are scoped by it, so two documents never collide) and the documents that may evidence
 * its facts.
 */
import type { ChainNode } from '../../../contract/chain-map.ts';
import type { LoadedSource } from '../../io/sources.ts';
import type { ChainDocRead } from '../../read.ts';
import { slug } from '../../text/names.ts';
import type { Atlas, NodeInput } from '../atlas.ts';

export interface ChainContext {
  atlas: Atlas;
  read: ChainDocRead;
  chainId: string;
  /** The documents that may evidence the chain's facts (the place's own and those above it). */
  eligible: LoadedSource[];
  /** A node id inside the chain: `${chainId}-${s}`. */
  local(s: string): string;
  /** Adds a node of this chain. */
  add(n: NodeInput): ChainNode;
}

/** The id of a new chain of `regionId` named `industryEn`, not taken by a chain or node. */
export function freeChainId(atlas: Atlas, regionId: string, industryEn: string): string {
  let chainId = `${regionId}-${slug(industryEn, 30) || 'chain'}`;
  for (let i = 2; atlas.chains.some((c) => c.id === chainId) || atlas.nodes.has(chainId); i++)
    chainId = `${regionId}-${slug(industryEn, 30)}-${i}`;
  return chainId;
}

export function chainContext(
  atlas: Atlas,
  read: ChainDocRead,
  eligible: LoadedSource[],
  chainId: string,
): ChainContext {
  return {
    atlas,
    read,
    chainId,
    eligible,
    local: (s) => `${chainId}-${s}`,
    add: (n) => atlas.add({ ...n, chain: chainId }),
  };
}
