/**
 * Checks a fetched chain map before the app uses it: the schema version, the JSON Schema (through a
 * validator compiled at build time, passed in so this module stays pure), and the invariants the
 * app relies on — unique ids, links and references that point at something that exists.
 */
import type { ChainMap, Evidence } from '../../contract/chain-map.ts';

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
 * validateMap({ schemaVersion: 2 }, v) → { kind: 'version', detail: 'schemaVersion 2' }
 * validateMap(mapWithLinkTo('nope'), v) → { kind: 'invalid', detail: 'link 0: unknown target "nope"' }
 */
export function validateMap(data: unknown, schema: SchemaValidator): MapProblem | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      kind: 'schema',
      detail: `/ is ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}`,
    };
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== 1)
    return { kind: 'version', detail: `schemaVersion ${clip(JSON.stringify(version) ?? '—')}` };
  if (!schema(data)) {
    const e = schema.errors?.[0];
    return { kind: 'schema', detail: clip(`${e?.instancePath || '/'} ${e?.message ?? ''}`.trim()) };
  }
  const bad = invariantProblem(data as ChainMap);
  return bad === null ? null : { kind: 'invalid', detail: clip(bad) };
}

/**
 * The first broken invariant of a schema-valid map, or null: duplicate source, chain or node ids;
 * link endpoints, node chains or evidence sources that do not exist.
 */
export function invariantProblem(map: ChainMap): string | null {
  const sources = new Set<string>();
  for (const s of map.sources) {
    if (sources.has(s.id)) return `duplicate source id "${s.id}"`;
    sources.add(s.id);
  }
  const chains = new Set<string>();
  for (const c of map.chains) {
    if (chains.has(c.id)) return `duplicate chain id "${c.id}"`;
    chains.add(c.id);
  }
  const unknownSource = (where: string, ev: Evidence[]): string | null => {
    const e = ev.find((x) => !sources.has(x.source));
    return e ? `${where}: evidence cites unknown source "${e.source}"` : null;
  };
  const nodes = new Set<string>();
  for (const n of map.nodes) {
    if (nodes.has(n.id)) return `duplicate node id "${n.id}"`;
    nodes.add(n.id);
    if (n.chain !== undefined && !chains.has(n.chain))
      return `node "${n.id}": unknown chain "${n.chain}"`;
    const bad = unknownSource(`node "${n.id}"`, n.evidence);
    if (bad) return bad;
  }
  for (const [i, l] of map.links.entries()) {
    if (!nodes.has(l.source)) return `link ${i}: unknown source "${l.source}"`;
    if (!nodes.has(l.target)) return `link ${i}: unknown target "${l.target}"`;
    const bad = unknownSource(`link ${i}`, l.evidence);
    if (bad) return bad;
  }
  return null;
}

// Details are shown to the reader; a hostile file must not fill the screen with them.
function clip(s: string, max = 200): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
