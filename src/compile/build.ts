/**
 * Assembles the chain map from what the extractors read and the curated data: nodes, links and
 * the chain with its metrics. Knows no document: every fact here comes from a read or a data file.
 */
import type {
  Chain,
  ChainMap,
  ChainNode,
  Evidence,
  Link,
  Reference,
  Source,
} from '../contract/chain-map.ts';
import type { Curated, Firm, Region, Segment } from './curated/data.ts';
import type { FlagshipRead } from './extract/flagship.ts';
import type { MeasureRead } from './extract/measures.ts';
import type { LoadedSource } from './io/sources.ts';
import type { Problems } from './problems.ts';
import { slug, toInitials, toPinyin } from './text/names.ts';
import { evidence, type SourceDoc } from './text/view.ts';
import { toHalfWidth } from './text/numbers.ts';

/** Comparison key for names: no spaces, half-width punctuation. */
export const normKey = (s: string): string => toHalfWidth(s).replace(/\s+/g, '');

export interface BuildInput {
  generator: string;
  curated: Curated;
  sources: Source[];
  docs: LoadedSource[];
  flagship: LoadedSource;
  read: FlagshipRead;
  measures: MeasureRead[];
  problems: Problems;
}

/** Regions a document may speak for when it is about `regionName`: that region and those containing it. */
export function regionLine(regionName: string | null, regions: Region[]): Set<string> {
  const out = new Set<string>();
  let r = regions.find((x) => x.zh === regionName);
  while (r) {
    out.add(r.zh);
    r = regions.find((x) => x.id === r?.parent);
  }
  if (regionName) out.add(regionName);
  return out;
}

export function buildMap(input: BuildInput): ChainMap {
  const { curated, sources, docs, flagship, read, measures, problems } = input;
  const flagSource = sources.find((s) => s.id === flagship.id) as Source;
  const region = curated.regions.find((r) => r.zh === flagSource.region);
  const line = regionLine(flagSource.region, curated.regions);
  // Only documents governing the chain's region (or a place containing it) may evidence its facts.
  const eligible = docs.filter((d) => line.has(sources.find((s) => s.id === d.id)?.region ?? ''));

  const nodes = new Map<string, ChainNode>();
  const links: Link[] = [];
  const linkKeys = new Set<string>();
  const terms = termIndex(curated);
  const en = (zh: string, at?: Evidence): string => {
    const t = terms.get(normKey(zh));
    if (t) return t.en;
    if (at) {
      const doc = docs.find((d) => d.id === at.source) as SourceDoc;
      problems.at(
        doc.file,
        doc.text,
        at.start,
        `no English name for "${zh}" in data/glossary.yaml; showing pinyin`,
        'warning',
      );
    }
    return capitalise(toPinyin(zh));
  };
  const industryEn =
    read.industry && normKey(read.industry) === normKey(curated.industry.zh)
      ? curated.industry.en
      : read.industry
        ? en(read.industry, read.industryEvidence ?? undefined)
        : '';
  const chainId = [
    region ? region.id : slug(flagSource.region ?? 'region'),
    slug(industryEn || read.industry || 'chain', 30),
  ].join('-');
  const chainName = { zh: `${read.industry ?? ''}产业链`, en: `${industryEn} chain`.trim() };

  const add = (n: Omit<ChainNode, 'search'> & { aliases?: string[] }): ChainNode => {
    const { aliases = [], ...rest } = n;
    const node: ChainNode = {
      ...rest,
      chain: chainId,
      search: {
        pinyin: toPinyin(n.name.zh),
        initials: toInitials(n.name.zh),
        aliases: uniq(aliases.filter((a) => a !== n.name.zh)),
      },
    };
    nodes.set(node.id, node);
    return node;
  };
  const link = (
    source: string,
    target: string,
    kind: string,
    ev: Evidence[],
    reference?: Reference[],
  ) => {
    const key = `${source}|${target}|${kind}`;
    if (linkKeys.has(key)) {
      const l = links.find((x) => `${x.source}|${x.target}|${x.kind}` === key) as Link;
      l.evidence.push(
        ...ev.filter((e) => !l.evidence.some((x) => x.source === e.source && x.start === e.start)),
      );
      return;
    }
    linkKeys.add(key);
    const l: Link = { source, target, kind, evidence: ev };
    if (reference) l.reference = reference;
    links.push(l);
  };

  // Segments: the taxonomy, with mentions in the eligible documents as evidence.
  for (const s of curated.segments) {
    add({
      id: s.id,
      kind: 'segment',
      name: { zh: s.zh, en: s.en },
      tier: s.tier,
      status: 'context',
      evidence: [],
      reference: s.reference,
      aliases: [...s.aliases, ...(s.full ? [s.full.zh, s.full.en] : [])],
    });
  }
  // Gap segments: the key links of chain-based investment.
  const gapIds: string[] = [];
  for (const k of read.keyLinks) {
    const seg = findSegment(curated.segments, k.term);
    let node: ChainNode;
    if (seg) {
      node = nodes.get(seg.id) as ChainNode;
    } else {
      const id = `seg-${slug(k.term, 40) || 'term'}`;
      node =
        nodes.get(id) ??
        add({
          id,
          kind: 'segment',
          name: { zh: k.term, en: en(k.term) },
          tier: 'unclassified',
          status: 'gap',
          evidence: [],
        });
      problems.at(
        flagship.file,
        flagship.text,
        k.evidence.start,
        `key link "${k.term}" is not in data/taxonomy.yaml: shown as an unclassified segment (add it, or an alias, to classify it)`,
        'warning',
      );
    }
    node.status = 'gap';
    node.evidence.push(k.evidence);
    gapIds.push(node.id);
  }
  for (const s of nodes.values()) {
    if (s.kind !== 'segment') continue;
    const names = [s.name.zh, ...s.search.aliases.filter((a) => !a.includes('('))];
    s.evidence.push(...mentions(eligible, names, s.evidence));
  }
  // Supplies: the taxonomy's feeds.
  for (const s of curated.segments) {
    for (const f of s.feeds) link(s.id, f, 'supplies', [], s.reference);
  }

  // The park, and gap segments landing in it.
  const parkMeasure = read.park
    ? measures.find(
        (m) =>
          m.start <= (read.park?.areaEvidence.start ?? -1) &&
          (read.park?.areaEvidence.start ?? 0) < m.end,
      )
    : undefined;
  let parkId: string | null = null;
  if (read.park) {
    const p = read.park;
    parkId = `park-${slug(p.name, 40)}`;
    const node = add({
      id: parkId,
      kind: 'park',
      name: { zh: p.name, en: en(p.name, p.evidence[0]) },
      evidence: p.evidence,
      areaMu: p.areaMu,
    });
    if (p.location) node.location = p.location;
    if (p.standard) node.standard = p.standard;
    if (p.purpose) node.purpose = p.purpose;
    for (const g of uniq(gapIds))
      link(g, parkId, 'located-in', [p.purposeEvidence ?? (p.evidence[0] as Evidence)]);
  }

  // Local enterprises (curated, each with its reference) in the chain's region.
  const inZone = (f: Firm) =>
    f.region !== undefined &&
    (f.region === region?.id || isWithin(f.region, region?.id, curated.regions));
  for (const f of curated.local.filter(inZone)) {
    add({
      id: f.id,
      kind: 'enterprise',
      name: { zh: f.zh, en: f.en },
      evidence: mentions(eligible, [f.zh, ...(f.aliases ?? [])], []),
      reference: f.reference,
      aliases: f.aliases ?? [],
    });
    for (const s of f.segments) {
      const seg = nodes.get(s) as ChainNode;
      if (seg.status === 'context') seg.status = 'present';
      link(f.id, s, 'in-segment', [], f.reference);
    }
  }

  // Key customers named by the flagship.
  for (const c of read.customers) {
    const known = curated.customers.find((k) =>
      [k.zh, ...(k.aliases ?? [])].some((n) => normKey(n) === normKey(c.name)),
    );
    const id = known?.id ?? `customer-${slug(c.name, 40)}`;
    const zh = known?.zh ?? c.name;
    const node =
      nodes.get(id) ??
      add({
        id,
        kind: 'customer',
        name: { zh, en: known?.en ?? en(c.name, c.evidence) },
        evidence: [],
        aliases: [c.name, ...(known?.aliases ?? [])],
      });
    node.evidence.push(c.evidence);
    if (known) {
      node.reference = known.reference;
      for (const s of known.segments) link(s, id, 'customer-of', [c.evidence], known.reference);
    }
  }
  for (const f of curated.local.filter(inZone)) {
    for (const c of f.customers ?? [])
      if (nodes.has(c)) link(f.id, c, 'customer-of', [], f.reference);
  }

  // Measures, their departments and cited policies.
  const sourceByTitle = new Map(sources.map((s) => [normKey(s.title), s.id]));
  for (const m of measures) {
    const id = `measure-${m.number}`;
    const headingEn = m.heading ? en(m.heading, m.headingEvidence ?? undefined) : '';
    const node = add({
      id,
      kind: 'measure',
      name: {
        zh: `第${m.number}条 ${m.name}`,
        en: `Measure ${m.number}${headingEn ? `: ${headingEn}` : ''}`,
      },
      evidence: [m.evidence],
      number: m.number,
      amounts: m.amounts,
    });
    if (m.heading) node.heading = m.heading;
    for (const d of m.departments) {
      const canonical = canonicalTerm(terms, d.name);
      const did = `dept-${slug(canonical, 50)}`;
      const dn =
        nodes.get(did) ??
        add({
          id: did,
          kind: 'department',
          name: { zh: canonical, en: en(canonical, d.evidence) },
          evidence: [],
          aliases: [],
        });
      if (d.name !== canonical && !dn.search.aliases.includes(d.name))
        dn.search.aliases.push(d.name);
      dn.evidence.push(d.evidence);
      link(did, id, 'responsible-for', [d.evidence]);
    }
    for (const p of m.policies) {
      const pid = `policy-${toInitials(p.title).slice(0, 40) || slug(p.title, 40)}`;
      const pn =
        nodes.get(pid) ??
        add({
          id: pid,
          kind: 'policy',
          name: { zh: p.title, en: en(p.title, p.evidence) },
          evidence: [],
          title: p.title,
          matchesSource: sourceByTitle.get(normKey(p.title)) ?? null,
        });
      pn.evidence.push(p.evidence);
      link(id, pid, 'cites', [p.evidence]);
    }
    // Which segments the measure supports: those it names, and all gap segments when it speaks of
    // the key links (关键环节) they were listed as.
    for (const g of uniq(gapIds)) {
      const seg = nodes.get(g) as ChainNode;
      const names = [
        seg.name.zh,
        ...seg.search.aliases,
        ...read.keyLinks
          .filter((k) => findSegment(curated.segments, k.term)?.id === g)
          .map((k) => k.term),
      ];
      const ev = mentionsIn(flagship, names, m.start, m.end);
      const key = /关键环节|重点环节|薄弱环节/.exec(flagship.view.slice(m.start, m.end));
      if (
        key &&
        !read.keyLinks.some((k) => k.context.start >= m.start && k.context.start < m.end)
      ) {
        const s = m.start + key.index;
        ev.push(evidence(flagship, s, s + key[0].length));
      }
      if (ev.length > 0) link(id, g, 'supports', ev.slice(0, 2));
    }
    if (parkId && parkMeasure === m && read.park)
      link(id, parkId, 'supports', [read.park.evidence[0] as Evidence]);
  }

  const chain: Chain = {
    id: chainId,
    name: chainName,
    region: flagSource.region ?? '',
    sources: sources
      .filter((s) => s.id === flagship.id || eligible.some((d) => d.id === s.id))
      .map((s) => s.id),
    metrics: read.metrics,
  };
  if (read.scope) chain.scope = read.scope;
  if (region) chain.regionName = { zh: region.zh, en: region.en };
  flagSource.effective = read.effective;

  return {
    schemaVersion: 1,
    generator: input.generator,
    sources,
    chains: [chain],
    nodes: [...nodes.values()],
    links,
  };
}

function isWithin(id: string, ancestor: string | undefined, regions: Region[]): boolean {
  let r = regions.find((x) => x.id === id);
  while (r && ancestor) {
    if (r.id === ancestor) return true;
    r = regions.find((x) => x.id === r?.parent);
  }
  return false;
}

function termIndex(curated: Curated): Map<string, { en: string; canonical: string }> {
  const out = new Map<string, { en: string; canonical: string }>();
  for (const [zh, t] of Object.entries(curated.terms)) {
    out.set(normKey(zh), { en: t.en, canonical: zh });
    for (const a of t.aliases ?? []) out.set(normKey(a), { en: t.en, canonical: zh });
  }
  return out;
}

function canonicalTerm(terms: Map<string, { canonical: string }>, zh: string): string {
  return terms.get(normKey(zh))?.canonical ?? zh;
}

/** The taxonomy segment a key-link term names (its zh name or an alias, compared without spaces). */
export function findSegment(segments: Segment[], term: string): Segment | undefined {
  const k = normKey(term).toLowerCase();
  return segments.find((s) => [s.zh, ...s.aliases].some((n) => normKey(n).toLowerCase() === k));
}

/** Up to three mentions per document of any of `names` (2+ CJK chars or 3+ ascii), not overlapping `taken`. */
function mentions(docs: SourceDoc[], names: string[], taken: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const d of docs) out.push(...mentionsIn(d, names, 0, d.view.length, taken).slice(0, 3));
  return out;
}

function mentionsIn(
  doc: SourceDoc,
  names: string[],
  from: number,
  to: number,
  taken: Evidence[] = [],
): Evidence[] {
  const out: Evidence[] = [];
  const usable = uniq(names).filter((n) =>
    /[^\p{ASCII}]/u.test(n) ? n.length >= 2 : n.length >= 3,
  );
  const hay = doc.view.slice(from, to);
  for (const n of usable) {
    const ascii = !/[^\p{ASCII}]/u.test(n);
    let i = hay.indexOf(n);
    while (i >= 0) {
      const s = from + i;
      const e = s + n.length;
      const boundary =
        !ascii ||
        (!/[A-Za-z0-9]/.test(doc.view[s - 1] ?? ' ') && !/[A-Za-z0-9]/.test(doc.view[e] ?? ' '));
      const overlaps = [...taken, ...out].some(
        (x) => x.source === doc.id && x.start < e && s < x.end,
      );
      if (boundary && !overlaps) out.push(evidence(doc, s, e));
      i = hay.indexOf(n, i + n.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function capitalise(s: string): string {
  return s.replace(/(^|\s)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
}
