/**
 * The invariants of the chain-map contract that JSON Schema cannot say, checked by the compiler
 * before it writes a map and by the app before it shows one (one module, both sides):
 * unique ids, references that resolve, evidence or a reference on every fact, quotes that equal
 * their slices, `supplies` without cycles, at most one featured chain, and — the evidence rule —
 * a document evidences a chain's facts only when it governs the chain's region or a place that
 * contains it.
 */
import type { ChainMap, Evidence } from './chain-map.gen.ts';
import { CHAIN_OR_NODE_TARGET_LINKS, CHAIN_SOURCE_LINKS, CHAIN_TARGET_LINKS } from './chain-map.ts';
import { findCycle } from './cycle.ts';

export interface InvariantOptions {
  /** Source id → its text: when given, every quote must equal the slice it names. */
  texts?: Map<string, string>;
  /** Check the evidence rule (another place's document is never evidence for a chain). */
  evidenceRule?: boolean;
  /** Stop at the first problem (the app shows one). */
  first?: boolean;
  /**
   * Report a `supplies` cycle (default true). The compiler reports it; the app draws a cycle's
   * closing link as a back-link instead.
   */
  cycles?: boolean;
}

/**
 * Every broken invariant of a schema-valid map, as readable sentences; empty when it holds.
 * @example invariantProblems({ ...map, links: [{ source: 'a', target: 'nope', kind: 'cites', evidence: [] }] })
 *   // → ['link 0 (a → nope, cites): unknown target "nope"', …]
 */
export function invariantProblems(map: ChainMap, opts: InvariantOptions = {}): string[] {
  const out: string[] = [];
  const add = (s: string): boolean => {
    out.push(s);
    return opts.first === true;
  };
  const sources = new Set<string>();
  for (const s of map.sources) {
    if (sources.has(s.id) && add(`duplicate source id "${s.id}"`)) return out;
    sources.add(s.id);
  }
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const chains = new Map(map.chains.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (const id of [...map.chains.map((c) => c.id), ...map.nodes.map((n) => n.id)]) {
    if (seen.has(id) && add(`duplicate id "${id}" (ids are unique across chains and nodes)`))
      return out;
    seen.add(id);
  }
  const evidenceOk = (where: string, ev: Evidence[], allowed?: Set<string>): boolean => {
    for (const e of ev) {
      if (!sources.has(e.source)) {
        if (add(`${where}: evidence cites unknown source "${e.source}"`)) return false;
        continue;
      }
      const text = opts.texts?.get(e.source);
      if (text !== undefined && text.slice(e.start, e.end) !== e.quote)
        if (add(`${where}: evidence quote does not match ${e.source}[${e.start}:${e.end}]`))
          return false;
      if (allowed && !allowed.has(e.source))
        if (add(`${where}: cites "${e.source}", which does not govern the chain's region`))
          return false;
    }
    return true;
  };

  // Regions: parents resolve to regions; sources that govern each place.
  const parentOf = (id: string) => nodes.get(id)?.parent ?? null;
  for (const n of map.nodes) {
    if (n.kind !== 'region') continue;
    if (n.parent && nodes.get(n.parent)?.kind !== 'region')
      if (add(`region "${n.id}": unknown parent region "${n.parent}"`)) return out;
  }
  const governing = (regionId: string): Set<string> => {
    const line = new Set<string>();
    for (let r: string | null = regionId, d = 0; r && d < 20; r = parentOf(r), d++) line.add(r);
    return new Set(map.sources.filter((s) => s.regionId && line.has(s.regionId)).map((s) => s.id));
  };
  const allowedFor = new Map<string, Set<string>>();
  let featured = 0;
  for (const c of map.chains) {
    if (nodes.get(c.region)?.kind !== 'region')
      if (add(`chain "${c.id}": unknown region "${c.region}"`)) return out;
    if (c.featured) featured++;
    for (const s of c.sources)
      if (!sources.has(s) && add(`chain "${c.id}": unknown source "${s}"`)) return out;
    const allowed = opts.evidenceRule ? governing(c.region) : undefined;
    if (allowed) allowedFor.set(c.id, allowed);
    for (const m of c.metrics)
      if (!evidenceOk(`chain "${c.id}" metric ${m.id}`, m.evidence, allowed)) return out;
    if (c.scope && !evidenceOk(`chain "${c.id}" scope`, [c.scope], allowed)) return out;
  }
  if (featured > 1 && add(`${featured} chains are featured; at most one may be`)) return out;

  for (const n of map.nodes) {
    const where = `node "${n.id}"`;
    if (n.chain !== undefined && !chains.has(n.chain))
      if (add(`${where}: unknown chain "${n.chain}"`)) return out;
    const allowed = n.chain ? allowedFor.get(n.chain) : undefined;
    if (!evidenceOk(where, n.evidence, allowed)) return out;
    for (const a of n.amounts ?? [])
      if (!evidenceOk(`${where} amount`, a.evidence, allowed)) return out;
    if (n.evidence.length === 0 && !(n.reference && n.reference.length > 0))
      if (add(`${where}: has neither evidence nor reference`)) return out;
  }
  for (const [i, l] of map.links.entries()) {
    const where = `link ${i} (${l.source} → ${l.target}, ${l.kind})`;
    // targets/engages start at a chain (or a segment of one); hosts go from a place to a chain.
    const srcOk = CHAIN_SOURCE_LINKS.has(l.kind)
      ? chains.has(l.source) || nodes.get(l.source)?.kind === 'segment'
      : CHAIN_TARGET_LINKS.has(l.kind)
        ? nodes.get(l.source)?.kind === 'region'
        : nodes.has(l.source);
    const tgtOk = CHAIN_TARGET_LINKS.has(l.kind)
      ? chains.has(l.target)
      : nodes.has(l.target) || (CHAIN_OR_NODE_TARGET_LINKS.has(l.kind) && chains.has(l.target));
    if (!srcOk && add(`${where}: unknown source "${l.source}"`)) return out;
    if (!tgtOk && add(`${where}: unknown target "${l.target}"`)) return out;
    // A link belongs to the chain of its chain-scoped end (or the chain it names).
    const owner =
      (chains.has(l.source) ? l.source : undefined) ??
      (chains.has(l.target) ? l.target : undefined) ??
      nodes.get(l.source)?.chain ??
      nodes.get(l.target)?.chain;
    const allowed = owner ? allowedFor.get(owner) : undefined;
    if (!evidenceOk(where, l.evidence, allowed)) return out;
    if (l.evidence.length === 0 && !(l.reference && l.reference.length > 0))
      if (add(`${where}: has neither evidence nor reference`)) return out;
  }
  for (const s of map.sources) if (!evidenceOk(`source "${s.id}"`, s.evidence ?? [])) return out;

  const supplies = map.links
    .filter((l) => l.kind === 'supplies')
    .map((l) => [l.source, l.target] as [string, string]);
  const cycle = opts.cycles === false ? null : findCycle([...nodes.keys()], supplies);
  if (cycle) add(`supplies links form a cycle: ${cycle.join(' → ')}`);
  return out;
}
