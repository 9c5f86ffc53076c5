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

/**
 * The industries of the city's plan, as its page lists them: those a zone takes in (the table's
 * columns) and those the plan names for the city as a whole, in the atlas's order. The slides and
 * the page count the same list.
 */
export function cityIndustries(a: Atlas, t: CityTable): Chain[] {
  return a.map.chains.filter(
    (c) => c.kind === 'industry' && (c.region === t.city.id || t.industries.includes(c)),
  );
}

/** One focus several zones of a city chase: the industry, the item, each zone with its sentence. */
export interface SharedFocus {
  industry: Chain;
  focus: string;
  zones: { zone: ChainNode; evidence: Evidence | null }[];
}

/**
 * Where the city's zones overlap (错位发展): each focus item of an industry that two or more of
 * `zones` name, most zones first, each zone with the sentence that names the item (else its cell's
 * first sentence). Items as the zone list writes them: 电线 and 电缆 stay two.
 * @example sharedFocus(t, t.zones)[0] // → { industry: 汽车制造, focus: '汽车零部件及配件制造', zones: [4] }
 */
export function sharedFocus(t: CityTable, zones: readonly ChainNode[] = t.zones): SharedFocus[] {
  const out: SharedFocus[] = [];
  for (const industry of t.industries) {
    const by = new Map<string, SharedFocus['zones']>();
    for (const zone of zones) {
      const cell = t.cell(zone.id, industry.id);
      for (const focus of cell?.focus ?? []) {
        const evidence = cell!.evidence.find((e) => e.quote.includes(focus)) ?? cell!.evidence[0];
        by.set(focus, [...(by.get(focus) ?? []), { zone, evidence: evidence ?? null }]);
      }
    }
    for (const [focus, zs] of by) if (zs.length > 1) out.push({ industry, focus, zones: zs });
  }
  return out.sort((a, b) => b.zones.length - a.zones.length);
}

/** A party of a roadmap: a firm or institution and the sentence naming it. */
export interface Named {
  node: ChainNode;
  evidence: Evidence[];
}

/** A host place of a roadmap: the focus its zone list names, and the zones it contains. */
export interface Host {
  region: ChainNode;
  /** The items the zone list names for this industry, each once. */
  focus: string[];
  evidence: Evidence[];
  /** Host zones lying in this place (获嘉县 ⊃ 获嘉县先进制造业开发区), shown inside it. */
  inside: Host[];
}

/** 有何支持: only what a document ties to this industry, and the host places' own chains apart. */
export interface Support {
  /** Measures of the industry's own document (a chain document's numbered measures). */
  measures: ChainNode[];
  /** Chains of the same industry (by name) that lie in a host place. */
  chains: Chain[];
  /** The other chains of the host places: not support for this industry, shown under their own heading. */
  placeChains: Chain[];
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
  /** 落在哪: the places that carry it, a zone inside its county when both carry it. */
  hosts: Host[];
  /** 有何支持. */
  support: Support;
}

/**
 * The name of an industry without its generic ending, to tell one industry from another:
 * 化工产业 → 化工, 汽车热管理产业链 → 汽车热管理, 装备制造业 → 装备制造.
 */
export function industryStem(name: string): string {
  const n = name.replace(/\s+/g, '');
  if (/加工业$/.test(n)) return n.slice(0, -1);
  return n.replace(/(?:产业链|产业集群|产业|工业|行业|链)$/, '').replace(/(?<=.{2})业$/, '');
}

/** Whether two chains are of one industry: a name or title of one, without its ending, is the other's. */
export function sameIndustry(a: Chain, b: Chain): boolean {
  const stems = (c: Chain) => new Set([c.name.zh, c.title ?? ''].filter(Boolean).map(industryStem));
  const sb = stems(b);
  return [...stems(a)].some((x) => x.length >= 2 && sb.has(x));
}

/**
 * The place a zone lies in among `places`: its parent, or the county whose name (or short name)
 * its own name begins with — 获嘉县先进制造业开发区 lies in 获嘉县, 辉县经济技术开发区 in 辉县市.
 */
function containerOf(zone: ChainNode, places: ChainNode[]): ChainNode | undefined {
  if (zone.level !== 'zone') return undefined;
  const byParent = places.find((p) => p.id === zone.parent && p.level === 'county');
  if (byParent) return byParent;
  return places
    .filter((p) => p.level === 'county' && p.parent === zone.parent)
    .map((p) => ({
      p,
      n: Math.max(
        0,
        ...[p.name.zh, ...p.search.aliases]
          .filter((x) => x.length >= 2 && zone.name.zh.startsWith(x))
          .map((x) => x.length),
      ),
    }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n)[0]?.p;
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
  // One host per place (a place named by 依托… and by a zone list is one), its focus each once.
  const byPlace = new Map<string, Host>();
  for (const l of a.to.get(chainId) ?? []) {
    const region = l.kind === 'hosts' ? a.nodes.get(l.source) : undefined;
    if (!region) continue;
    const have = byPlace.get(region.id);
    const host = have ?? { region, focus: [], evidence: [], inside: [] };
    for (const f of l.focus ?? []) if (!host.focus.includes(f)) host.focus.push(f);
    host.evidence.push(...l.evidence);
    if (!have) byPlace.set(region.id, host);
  }
  const all = [...byPlace.values()];
  const places = all.map((h) => h.region);
  const hosts: Host[] = [];
  for (const h of all) {
    const county = containerOf(h.region, places);
    if (county) byPlace.get(county.id)?.inside.push(h);
    else hosts.push(h);
  }
  // The places' chains: a chain lying in a host place, or in a zone of one.
  const within = new Set(places.map((p) => p.id));
  const chainsThere = a.map.chains.filter((c) => {
    if (c.id === chainId || c.kind !== 'chain') return false;
    const region = a.nodes.get(c.region);
    return within.has(c.region) || (region?.parent ? within.has(region.parent) : false);
  });
  const same = chainsThere.filter((c) => sameIndustry(c, chain));
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
    support: {
      measures: a.map.nodes
        .filter((n) => n.chain === chainId && n.kind === 'measure')
        .sort((x, y) => (x.number ?? 0) - (y.number ?? 0)),
      chains: same,
      placeChains: chainsThere.filter((c) => !same.includes(c)),
    },
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
