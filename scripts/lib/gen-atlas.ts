/**
 * An atlas at scale for the benchmarks: the compiled city (data/chain-map.json) plus generated
 * chains (scripts/gen-synthetic.ts) until it holds `chains` chains and about `nodes` nodes. Each
 * generated chain lies in one of the city's zones (in turn), with its own ids, sources and texts;
 * the result passes the contract's invariants (checked here, so a benchmark never measures a map
 * the app would refuse).
 */
import type { ChainMap, ChainNode, Link, Source } from '../../src/contract/chain-map.ts';
import { invariantProblems } from '../../src/contract/invariants.ts';
import { generateChainMap, SYNTHETIC_CHAIN, type SyntheticResult } from '../gen-synthetic.ts';

export interface AtlasOptions {
  /** The compiled atlas to start from. */
  base: ChainMap;
  chains: number;
  nodes: number;
  seed?: number;
  /** Prefix of the generated sources' `file` (where the texts are served from). */
  filePrefix?: string;
}

/** The synthetic map's own places (scripts/gen-synthetic.ts), replaced by the base atlas's. */
const SYNTHETIC_CITY = 'xinxiang';
const SYNTHETIC_ZONE = 'xinxiang-etdz';

export function generateAtlas(o: AtlasOptions): SyntheticResult {
  const { base } = o;
  const seed = o.seed ?? 5;
  const extra = Math.max(0, o.chains - base.chains.length);
  const featured = base.chains.find((c) => c.featured) ?? base.chains[0];
  const city = base.nodes.find((n) => n.id === featured?.region)?.parent ?? featured?.region;
  const zones = base.nodes.filter(
    (n) => n.kind === 'region' && n.level === 'zone' && n.parent === city,
  );
  if (!city || zones.length === 0) throw new Error('the base atlas has no city with zones');
  const map: ChainMap = {
    ...base,
    generator: `${base.generator} + gen-atlas seed=${seed} chains=${o.chains} nodes=${o.nodes}`,
    sources: [...base.sources],
    chains: [...base.chains],
    nodes: [...base.nodes],
    links: [...base.links],
  };
  const texts: Record<string, string> = {};
  // Each generated map adds two chains (its chain and its plan's industry) and its nodes.
  const maps = Math.ceil(extra / 2);
  const per = Math.max(60, Math.floor((o.nodes - base.nodes.length) / Math.max(1, maps)));
  for (let k = 0; k < maps; k++) {
    const g = generateChainMap({
      nodes: per,
      seed: seed + k,
      filePrefix: `${o.filePrefix ?? ''}gen${k}-`,
    });
    const zone = zones[k % zones.length]!;
    const prefix = `gen${k}`;
    const place = (id: string | null | undefined): string | null | undefined =>
      id === SYNTHETIC_ZONE ? zone.id : id === SYNTHETIC_CITY ? city : id;
    const id = (x: string): string =>
      x === SYNTHETIC_ZONE || x === SYNTHETIC_CITY
        ? (place(x) as string)
        : x.startsWith(SYNTHETIC_CHAIN)
          ? `${prefix}-chain${x.slice(SYNTHETIC_CHAIN.length)}`
          : `${prefix}-${x}`;
    const src = (x: string): string => `${prefix}-${x}`;
    // Every piece of evidence, wherever it sits (a node's, an amount's, a metric's), cites the
    // renamed source.
    const ev = <T>(x: T): T =>
      JSON.parse(JSON.stringify(x), (key, v: unknown) =>
        v && typeof v === 'object' && 'quote' in v && 'source' in v
          ? { ...v, source: src((v as { source: string }).source) }
          : v,
      ) as T;
    const placeName = { zh: zone.name.zh, en: zone.name.en };
    const keep = k * 2 + 1 < extra; // the last map may add only its chain
    for (const c of g.map.chains) {
      if (c.kind === 'industry' && !keep) continue;
      map.chains.push({
        ...c,
        id: id(c.id),
        featured: false,
        name: { zh: `${c.name.zh}${k + 1}`, en: `${c.name.en} ${k + 1}` },
        region: place(c.region) as string,
        regionName: c.kind === 'industry' ? c.regionName : placeName,
        sources: c.sources.map(src),
        metrics: ev(c.metrics),
      });
    }
    const dropped = new Set(
      keep ? [] : g.map.chains.filter((c) => c.kind === 'industry').map((c) => c.id),
    );
    const nodes: ChainNode[] = [];
    for (const n of g.map.nodes) {
      if (n.kind === 'region') continue;
      if (n.chain && dropped.has(n.chain)) continue;
      nodes.push({
        ...ev(n),
        id: id(n.id),
        ...(n.chain ? { chain: id(n.chain) } : {}),
      });
    }
    const ids = new Set(nodes.map((n) => n.id));
    const known = (x: string): boolean =>
      ids.has(x) || map.chains.some((c) => c.id === x) || x === zone.id || x === city;
    for (const l of g.map.links) {
      const link: Link = { ...ev(l), source: id(l.source), target: id(l.target) };
      if (known(link.source) && known(link.target)) map.links.push(link);
    }
    map.nodes.push(...nodes);
    for (const s of g.map.sources)
      map.sources.push({
        ...s,
        id: src(s.id),
        regionId: place(s.regionId) ?? undefined,
      } as Source);
    Object.assign(texts, g.texts);
  }
  const problems = invariantProblems(map, { cycles: false });
  if (problems.length > 0)
    throw new Error(`the generated atlas breaks the contract:\n${problems.slice(0, 5).join('\n')}`);
  return { map, texts };
}
