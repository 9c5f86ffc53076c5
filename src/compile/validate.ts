/**
 * Checks a chain map before it is written: the JSON Schema, then the contract's invariants
 * (src/contract/invariants.ts, shared with the app) with quotes compared to the texts and the
 * evidence rule on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ChainMap } from '../contract/chain-map.ts';
import { invariantProblems } from '../contract/invariants.ts';

const schemaPath = fileURLToPath(new URL('../../data/chain-map.schema.json', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

/** Returns a list of violations (empty when the map is valid). `texts` maps source id → text. */
export function checkMap(map: ChainMap, texts: Map<string, string>): string[] {
  const out: string[] = [];
  if (!validateSchema(map))
    for (const e of validateSchema.errors ?? [])
      out.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
  return [...out, ...invariantProblems(map, { texts, evidenceRule: true })];
}
