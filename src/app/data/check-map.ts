/**
 * The schema validator and the invariant checks together, loaded on demand by data/load.ts while
 * the map downloads: neither is part of the first paint's JavaScript.
 */
import schemaValidator from 'virtual:chain-map-validator';
import { validateMap, type MapProblem } from './validate-map.ts';

/** The first problem of `data` as a chain map (schema version, schema, invariants), or null. */
export function checkMap(data: unknown): MapProblem | null {
  return validateMap(data, schemaValidator);
}
