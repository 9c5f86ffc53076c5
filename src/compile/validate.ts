/**
 * Checks a chain map against the JSON Schema and the contract's invariants before it is written:
 * quotes equal the slices they name, ids are unique, every endpoint exists, `supplies` is a DAG,
 * every fact has evidence or a reference, and no fact about the chain cites a document that does
 * not govern its region.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ChainMap, Evidence } from '../contract/chain-map.ts';
import { findCycle } from '../contract/cycle.ts';

const schemaPath = fileURLToPath(new URL('../../data/chain-map.schema.json', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

/** Returns a list of violations (empty when the map is valid). `texts` maps source id → text. */
export function checkMap(
  map: ChainMap,
  texts: Map<string, string>,
  allowedSources?: Set<string>,
): string[] {
  const out: string[] = [];
  if (!validateSchema(map)) {
    for (const e of validateSchema.errors ?? [])
      out.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
  }
  const ids = new Set<string>();
  for (const n of map.nodes) {
    if (ids.has(n.id)) out.push(`duplicate node id "${n.id}"`);
    ids.add(n.id);
  }
  const checkEv = (where: string, ev: Evidence[]) => {
    for (const e of ev) {
      const text = texts.get(e.source);
      if (text === undefined) out.push(`${where}: evidence cites unknown source "${e.source}"`);
      else if (text.slice(e.start, e.end) !== e.quote)
        out.push(`${where}: evidence quote does not match ${e.source}[${e.start}:${e.end}]`);
      if (allowedSources && !allowedSources.has(e.source))
        out.push(`${where}: cites "${e.source}", which does not govern the chain's region`);
    }
  };
  for (const c of map.chains) for (const m of c.metrics) checkEv(`metric ${m.id}`, m.evidence);
  for (const n of map.nodes) {
    checkEv(`node ${n.id}`, n.evidence);
    for (const a of n.amounts ?? []) checkEv(`node ${n.id} amount`, a.evidence);
    if (n.evidence.length === 0 && !(n.reference && n.reference.length > 0))
      out.push(`node ${n.id}: has neither evidence nor reference`);
  }
  for (const l of map.links) {
    const where = `link ${l.source} → ${l.target} (${l.kind})`;
    if (!ids.has(l.source)) out.push(`${where}: unknown source node`);
    if (!ids.has(l.target)) out.push(`${where}: unknown target node`);
    checkEv(where, l.evidence);
    if (l.evidence.length === 0 && !(l.reference && l.reference.length > 0))
      out.push(`${where}: has neither evidence nor reference`);
  }
  for (const s of map.sources) {
    for (const e of s.evidence ?? []) {
      const text = texts.get(e.source);
      if (text?.slice(e.start, e.end) !== e.quote)
        out.push(`source ${s.id}: evidence quote does not match`);
    }
  }
  const supplies = map.links
    .filter((l) => l.kind === 'supplies')
    .map((l) => [l.source, l.target] as [string, string]);
  const cycle = findCycle([...ids], supplies);
  if (cycle) out.push(`supplies links form a cycle: ${cycle.join(' → ')}`);
  return out;
}
