/**
 * Checks a chain map before it is written: the JSON Schema, then the contract's invariants
 * (src/contract/invariants.ts, shared with the app) with quotes compared to the texts and the
 * evidence rule on.
 */
import type { ChainMap } from '../contract/chain-map.ts';
import { invariantProblems } from '../contract/invariants.ts';
import type { Validate } from './host.ts';

/**
 * Returns a list of violations (empty when the map is valid). `texts` maps source id → text;
 * `schema` checks data/chain-map.schema.json (the host's `validators.map`).
 */
export function checkMap(map: ChainMap, texts: Map<string, string>, schema: Validate): string[] {
  const out: string[] = [];
  if (!schema(map))
    for (const e of schema.errors ?? [])
      out.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
  return [...out, ...invariantProblems(map, { texts, evidenceRule: true })];
}
