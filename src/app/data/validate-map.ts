/**
 * Checks a fetched chain map before the app uses it: the schema version, the JSON Schema (through a
 * validator compiled at build time, passed in so this module stays pure), and the invariants of the
 * contract — the same module the compiler checks its output with (src/contract/invariants.ts):
 * unique ids, links and references that point at something that exists, evidence or a reference on
 * every fact.
 */
import { SCHEMA_VERSION, type ChainMap } from '../../contract/chain-map.ts';
import { invariantProblems } from '../../contract/invariants.ts';

/** Why a parsed document is not a chain map the app can show. */
export type MapProblem =
  | { kind: 'version'; detail: string }
  | { kind: 'schema'; detail: string }
  | { kind: 'invalid'; detail: string };

/** A schema validator in Ajv's shape: returns a boolean, leaves the first violation in `errors`. */
export type SchemaValidator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};

/**
 * The first problem of `data` as a chain map, or null when it is one.
 * validateMap({ schemaVersion: 1 }, v) → { kind: 'version', detail: 'schemaVersion 1' }
 * validateMap(mapWithLinkTo('nope'), v) → { kind: 'invalid', detail: 'link 0 (a → nope, cites): unknown target "nope"' }
 */
export function validateMap(data: unknown, schema: SchemaValidator): MapProblem | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      kind: 'schema',
      detail: `/ is ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}`,
    };
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION)
    return { kind: 'version', detail: `schemaVersion ${clip(JSON.stringify(version) ?? '—')}` };
  if (!schema(data)) {
    const e = schema.errors?.[0];
    return { kind: 'schema', detail: clip(`${e?.instancePath || '/'} ${e?.message ?? ''}`.trim()) };
  }
  const bad = invariantProblem(data as ChainMap);
  return bad === null ? null : { kind: 'invalid', detail: clip(bad) };
}

/**
 * The first broken invariant of a schema-valid map (src/contract/invariants.ts), or null. A cycle
 * of `supplies` links is not one for the app: the compiler reports it, and the views draw the
 * closing link as a back-link.
 */
export function invariantProblem(map: ChainMap): string | null {
  return invariantProblems(map, { first: true, cycles: false })[0] ?? null;
}

// Details are shown to the reader; a hostile file must not fill the screen with them.
function clip(s: string, max = 200): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
