/**
 * The chain-map contract (schemaVersion 2: the atlas): the shape the compiler writes, the app reads
 * and the portal publishes as open data. Its one source of truth is `data/chain-map.schema.json`;
 * the types are generated from it (`npm run gen:contract` → `chain-map.gen.ts`, checked by
 * `tests/unit/contract-types.test.ts`). The invariants the schema cannot say are in `invariants.ts`.
 * See ../shared/guides/chain-map-contract.md.
 */
export type * from './chain-map.gen.ts';
import type { ChainMap } from './chain-map.gen.ts';

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION: ChainMap['schemaVersion'] = 2;

/** Link kinds whose source is a chain id (not a node id). */
export const CHAIN_SOURCE_LINKS = new Set(['targets', 'engages']);
/** Link kinds whose target is a chain id (not a node id). */
export const CHAIN_TARGET_LINKS = new Set(['hosts']);
/** Link kinds whose target is a node, or a chain id (a customer the chain document names). */
export const CHAIN_OR_NODE_TARGET_LINKS = new Set(['customer-of']);
