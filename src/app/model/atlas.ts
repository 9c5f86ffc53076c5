/**
 * The atlas as its users read it: the places (city → zones), the chains and industries each place
 * carries, the city's table of zones × industries, a chain's breadcrumb, and an industry's
 * 招商路线图 (招什么 → 招谁 → 对接谁 → 落在哪 → 有何支持). Pure: it follows the compiler's links and
 * derives nothing the documents do not say.
 */
import type { Chain, ChainMap, ChainNode, Evidence, Link } from '../../contract/chain-map.ts';

export interface Atlas {
  map: ChainMap;
  chains: Map<string, Chain>;
  nodes: Map<string, ChainNode>;
  /** Links by source id and by target id (chain ids included). */
  from: Map<string, Link[]>;
  to: Map<string, Link[]>;
}

/** Indexes a v2 map for the atlas queries. */
export function indexAtlas(map: ChainMap): Atlas {
  const from = new Map<string, Link[]>();
  const to = new Map<string, Link[]>();
  for (const l of map.links) {
    (from.get(l.source) ?? from.set(l.source, []).get(l.source))?.push(l);
    (to.get(l.target) ?? to.set(l.target, []).get(l.target))?.push(l);
  }
  return {
    map,
    chains: new Map(map.chains.map((c) => [c.id, c])),
    nodes: new Map(map.nodes.map((n) => [n.id, n])),
    from,
    to,
  };
}

/** A step of the breadcrumb: a place or a chain. */
export interface Crumb {
  kind: 'region' | 'chain';
  id: string;
  name: { zh: string; en: string };
}

/**
 * The way from the city down to a chain or place: 新乡市 › 新乡经济技术开发区 › 汽车热管理产业链 (the
 * province above the city is left out: the atlas is a city's).
 */
export function breadcrumb(a: Atlas, target: { chain?: string; region?: string }): Crumb[] {
  const chain = target.chain ? a.chains.get(target.chain) : undefined;
  const out: Crumb[] = [];
  for (let r: string | null | undefined = chain?.region ?? target.region, d = 0; r && d < 10; d++) {
    const n = a.nodes.get(r);
    if (!n || n.kind !== 'region') break;
    out.unshift({ kind: 'region', id: n.id, name: n.name });
    if (n.level === 'city') break;
    r = n.parent;
  }
  if (chain) out.push({ kind: 'chain', id: chain.id, name: chain.name });
  return out;
}

/** The city a place lies in (itself when it is one), or null. */
export function cityOf(a: Atlas, regionId: string): ChainNode | null {
  for (let r: string | null | undefined = regionId, d = 0; r && d < 10; d++) {
    const n = a.nodes.get(r);
    if (n?.level === 'city') return n;
    r = n?.parent;
  }
  return null;
}

/** The city the atlas opens on: that of the featured chain, else the first city with industries. */
export function homeCity(a: Atlas): ChainNode | null {
  const featured = a.map.chains.find((c) => c.featured) ?? a.map.chains[0];
  const city = featured ? cityOf(a, featured.region) : null;
  if (city) return city;
  const industry = a.map.chains.find((c) => c.kind === 'industry');
  return industry ? (a.nodes.get(industry.region) ?? null) : null;
}

/** One cell of the city table: what a zone takes in of one industry, with the sentence. */
export interface Cell {
  focus: string[];
  evidence: Evidence[];
}

export interface CityTable {
  city: ChainNode;
  /** Zones of the city that host an industry, in document order. */
  zones: ChainNode[];
  /** The industries any zone takes in (the table's columns), in the order they first appear. */
  industries: Chain[];
  cell: (zoneId: string, chainId: string) => Cell | null;
  /** The chain documents' chains lying in each zone (the featured chain among them). */
  chainsIn: (zoneId: string) => Chain[];
}

/**
 * The city's zones × industries: each cell the focus items its zone list names for that industry.
 * @example cityTable(a, 'xinxiang').cell('xinxiang-etdz', 'xinxiang-automotive-manufacturing')?.focus
 *   // → ['汽车零部件及配件制造', '汽车电子制造', '新能源汽车整车配套', '公路养护材料']
 */
export function cityTable(a: Atlas, cityId: string): CityTable | null {
  const city = a.nodes.get(cityId);
  if (!city || city.kind !== 'region') return null;
  const zones: ChainNode[] = [];
  const industries: Chain[] = [];
  const cells = new Map<string, Cell>();
  for (const l of a.map.links) {
    if (l.kind !== 'hosts') continue;
    const zone = a.nodes.get(l.source);
    const chain = a.chains.get(l.target);
    if (!zone || zone.level !== 'zone' || zone.parent !== cityId || chain?.kind !== 'industry')
      continue;
    if (!zones.includes(zone)) zones.push(zone);
    if (!industries.includes(chain)) industries.push(chain);
    const key = `${zone.id}|${chain.id}`;
    const have = cells.get(key);
    if (have) {
      for (const f of l.focus ?? []) if (!have.focus.includes(f)) have.focus.push(f);
      have.evidence.push(...l.evidence);
    } else cells.set(key, { focus: [...(l.focus ?? [])], evidence: [...l.evidence] });
  }
  return {
    city,
    zones,
    industries,
    cell: (z, c) => cells.get(`${z}|${c}`) ?? null,
    chainsIn: (z) => a.map.chains.filter((c) => c.kind === 'chain' && c.region === z),
  };
}

/** A party of a roadmap: a firm or institution and the sentence naming it. */
export interface Named {
  node: ChainNode;
  evidence: Evidence[];
}

/** An industry's 招商路线图. */
export interface Roadmap {
  chain: Chain;
  /** 招什么: its focus areas. */
  focus: ChainNode[];
  /** 招谁: the firms to attract. */
  targets: Named[];
  /** 对接谁: the institutions and firms to engage. */
  engages: Named[];
  /** 落在哪: the places that carry it, with the focus a zone list names. */
  hosts: { region: ChainNode; focus: string[]; evidence: Evidence[] }[];
  /** 有何支持: the chain documents' chains in those places, whose measures apply there. */
  support: Chain[];
}

/** The roadmap of an industry (or of any chain: a chain document's chain has no targets). */
export function roadmap(a: Atlas, chainId: string): Roadmap | null {
  const chain = a.chains.get(chainId);
  if (!chain) return null;
  const parties = (kind: string): Named[] =>
    (a.from.get(chainId) ?? [])
      .filter((l) => l.kind === kind)
      .flatMap((l) => {
        const node = a.nodes.get(l.target);
        return node ? [{ node, evidence: l.evidence }] : [];
      });
  const hosts = (a.to.get(chainId) ?? [])
    .filter((l) => l.kind === 'hosts')
    .flatMap((l) => {
      const region = a.nodes.get(l.source);
      return region ? [{ region, focus: l.focus ?? [], evidence: l.evidence }] : [];
    });
  const places = new Set(hosts.map((h) => h.region.id));
  return {
    chain,
    // The plan's focus areas: the segments it names (the library's other segments of the chain
    // carry only their reference).
    focus: a.map.nodes.filter(
      (n) => n.chain === chainId && n.kind === 'segment' && n.evidence.length > 0,
    ),
    targets: parties('targets'),
    engages: parties('engages'),
    hosts,
    support: a.map.chains.filter(
      (c) => c.kind === 'chain' && c.id !== chainId && places.has(c.region),
    ),
  };
}

/** The chain or place a node belongs to, for search results: its chain, else its place. */
export function ownerOf(a: Atlas, node: ChainNode): { zh: string; en: string } | null {
  if (node.chain) return a.chains.get(node.chain)?.name ?? null;
  if (node.kind === 'region') {
    const p = node.parent ? a.nodes.get(node.parent) : undefined;
    return p?.name ?? null;
  }
  // A shared firm or institution: the first chain that names it.
  const l = (a.to.get(node.id) ?? []).find((x) => a.chains.has(x.source));
  return l ? (a.chains.get(l.source)?.name ?? null) : null;
}
