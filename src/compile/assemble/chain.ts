/**
 * A chain document becomes its chain: segments (the curated taxonomy when it covers the chain's
 * industry; the key links as gap segments), the park, curated local firms, customers, measures with
 * their responsible bodies and cited policies, and the links between them. Node ids are scoped by
 * the chain id, so two documents never collide.
 */
import type { Chain, ChainNode, Evidence } from '../../contract/chain-map.ts';
import type { Firm, Segment } from '../curated/data.ts';
import type { ParkRead } from '../extract/park.ts';
import type { LoadedSource } from '../io/sources.ts';
import type { ChainDocRead } from '../read.ts';
import { slug, toInitials } from '../text/names.ts';
import { evidence } from '../text/view.ts';
import { normKey } from '../text/key.ts';
import { Atlas, mentionsIn } from './atlas.ts';
import { firmNode } from './firms.ts';

/** Builds one chain into the atlas; `eligible` are the documents that may evidence its facts. */
export function buildChain(
  atlas: Atlas,
  read: ChainDocRead,
  eligible: LoadedSource[],
  sourceByTitle: Map<string, string>,
): Chain {
  const { curated } = atlas;
  const { doc } = read;
  const taxonomyFits = [curated.industry.zh, ...(curated.industry.aliases ?? [])].some(
    (n) => normKey(n) === normKey(read.industry),
  );
  const industryEn = taxonomyFits
    ? curated.industry.en
    : atlas.en(read.industry, read.industryEvidence);
  let chainId = `${read.regionId}-${slug(industryEn, 30) || 'chain'}`;
  for (let i = 2; atlas.chains.some((c) => c.id === chainId) || atlas.nodes.has(chainId); i++)
    chainId = `${read.regionId}-${slug(industryEn, 30)}-${i}`;
  const local = (s: string) => `${chainId}-${s}`;
  const add = (n: Parameters<Atlas['add']>[0]) => atlas.add({ ...n, chain: chainId });

  // Segments: the taxonomy (when it covers this industry), with mentions as evidence.
  const segments = taxonomyFits ? curated.segments : [];
  const segId = (s: Segment) => local(s.id);
  for (const s of segments)
    add({
      id: segId(s),
      kind: 'segment',
      name: { zh: s.zh, en: s.en },
      tier: s.tier,
      status: 'context',
      evidence: [],
      reference: s.reference,
      aliases: [...s.aliases, ...(s.full ? [s.full.zh, s.full.en] : [])],
    });
  const find = (term: string) => {
    const k = normKey(term).toLowerCase();
    return segments.find((s) => [s.zh, ...s.aliases].some((n) => normKey(n).toLowerCase() === k));
  };
  const gapIds: string[] = [];
  for (const k of read.keyLinks) {
    const seg = find(k.term);
    const node = seg
      ? (atlas.nodes.get(segId(seg)) as ChainNode)
      : add({
          id: local(`seg-${slug(k.term, 40) || 'term'}`),
          kind: 'segment',
          name: { zh: k.term, en: atlas.en(k.term) },
          tier: 'unclassified',
          status: 'gap',
          evidence: [],
        });
    if (!seg)
      atlas.warnAt(
        k.evidence,
        `key link "${k.term}" is not in data/taxonomy.yaml: shown as an unclassified segment (add it, or an alias, to classify it)`,
      );
    node.status = 'gap';
    node.evidence.push(k.evidence);
    if (!gapIds.includes(node.id)) gapIds.push(node.id);
  }
  for (const n of atlas.nodes.values()) {
    if (n.chain !== chainId || n.kind !== 'segment') continue;
    const names = [n.name.zh, ...n.search.aliases.filter((a) => !a.includes('('))];
    n.evidence.push(...atlas.mentions(eligible, names, n.evidence));
  }
  for (const s of segments)
    for (const f of s.feeds)
      atlas.link(segId(s), local(f), 'supplies', [], { reference: s.reference });

  // The park, and the gap segments that would land in it.
  let parkId: string | null = null;
  if (read.park) {
    const p = read.park;
    parkId = local(`park-${slug(p.name, 40)}`);
    const node = add({
      id: parkId,
      kind: 'park',
      name: { zh: p.name, en: atlas.en(p.name, p.nameEvidence) },
      evidence: p.evidence,
      areaMu: p.areaMu,
    });
    if (p.location) node.location = p.location;
    if (p.standard) node.standard = p.standard;
    if (p.purpose) node.purpose = p.purpose;
    for (const g of gapIds)
      atlas.link(g, parkId, 'located-in', [p.purposeEvidence ?? (p.evidence[0] as Evidence)]);
  }

  // Curated local firms of this place (each with its reference), in the taxonomy's segments.
  const inPlace = (f: Firm) => f.region !== undefined && f.region === read.regionId;
  const locals = taxonomyFits ? curated.local.filter(inPlace) : [];
  for (const f of locals) {
    const node = firmNode(atlas, f.zh, null, 'enterprise');
    node.evidence.push(...atlas.mentions(eligible, [f.zh, ...(f.aliases ?? [])], node.evidence));
    for (const s of f.segments) {
      const seg = atlas.nodes.get(local(s)) as ChainNode;
      if (seg.status === 'context') seg.status = 'present';
      atlas.link(f.id, seg.id, 'in-segment', [], { reference: f.reference });
    }
  }

  // Customers the document names: each a customer of the chain (and of the segments the curated
  // list classifies it in).
  for (const c of read.customers) {
    const node = firmNode(atlas, c.name, c.evidence, 'customer');
    atlas.link(node.id, chainId, 'customer-of', [c.evidence]);
    const known = curated.customers.find((k) => k.id === node.id);
    if (known && taxonomyFits)
      for (const s of known.segments)
        atlas.link(local(s), node.id, 'customer-of', [c.evidence], { reference: known.reference });
  }
  for (const f of locals)
    for (const c of f.customers ?? [])
      if (atlas.nodes.has(c)) atlas.link(f.id, c, 'customer-of', [], { reference: f.reference });

  // Measures, their responsible bodies and cited policies.
  const parkMeasure = read.park
    ? read.measures.find(
        (m) =>
          m.start <= (read.park as ParkRead).areaEvidence.start &&
          (read.park as ParkRead).areaEvidence.start < m.end,
      )
    : undefined;
  for (const m of read.measures) {
    const id = local(`measure-${m.number}`);
    const headingEn = m.heading
      ? atlas.hasTerm(m.heading)
        ? atlas.en(m.heading)
        : atlas.en(m.heading, m.headingEvidence ?? undefined)
      : '';
    const node = add({
      id,
      kind: 'measure',
      name: {
        zh: `第${m.number}条 ${m.name}`,
        en: `Measure ${m.number}${headingEn ? `: ${headingEn}` : ''}`,
      },
      evidence: [m.evidence],
      number: m.number,
      label: m.label,
      amounts: m.amounts,
    });
    if (m.heading) node.heading = m.heading;
    for (const d of m.departments) {
      const canonical = atlas.canonical(d.name);
      const did = atlas.freeId(`${read.regionId}-${slug(canonical, 50)}`, canonical);
      const dn = atlas.add({
        id: did,
        kind: 'department',
        name: { zh: canonical, en: atlas.en(canonical, d.evidence) },
        evidence: [],
      });
      if (d.name !== canonical && !dn.search.aliases.includes(d.name))
        dn.search.aliases.push(d.name);
      dn.evidence.push(d.evidence);
      atlas.link(did, id, 'responsible-for', [d.evidence]);
    }
    for (const p of m.policies) {
      const pid = atlas.freeId(
        `policy-${toInitials(p.title).slice(0, 40) || slug(p.title, 40)}`,
        p.title,
      );
      const pn = atlas.add({
        id: pid,
        kind: 'policy',
        name: { zh: p.title, en: atlas.en(p.title, p.evidence) },
        evidence: [],
        title: p.title,
        matchesSource: sourceByTitle.get(normKey(p.title)) ?? null,
      });
      pn.evidence.push(p.evidence);
      atlas.link(id, pid, 'cites', [p.evidence]);
    }
    // The segments a measure supports: those it names, and every gap segment when it speaks of
    // the key links (关键环节) they were listed as.
    for (const g of gapIds) {
      const seg = atlas.nodes.get(g) as ChainNode;
      const names = [
        seg.name.zh,
        ...seg.search.aliases,
        ...read.keyLinks
          .filter((k) => (find(k.term) ? segId(find(k.term) as Segment) : '') === g)
          .map((k) => k.term),
      ];
      const ev = mentionsIn(doc, names, m.start, m.end);
      const key = /关键环节|重点环节|薄弱环节/.exec(doc.view.slice(m.start, m.end));
      if (
        key &&
        !read.keyLinks.some((k) => k.context.start >= m.start && k.context.start < m.end)
      ) {
        const s = m.start + key.index;
        ev.push(evidence(doc, s, s + key[0].length));
      }
      if (ev.length > 0) atlas.link(id, g, 'supports', ev.slice(0, 2));
    }
    if (parkId && parkMeasure === m && read.park)
      atlas.link(id, parkId, 'supports', [read.park.evidence[0] as Evidence]);
  }

  const chain: Chain = {
    id: chainId,
    kind: 'chain',
    name: { zh: `${read.industry}产业链`, en: `${industryEn} chain` },
    region: read.regionId,
    sources: [doc.id, ...eligible.filter((d) => d.id !== doc.id).map((d) => d.id)],
    metrics: read.metrics,
  };
  if (read.scope) chain.scope = read.scope;
  const region = atlas.nodes.get(read.regionId);
  if (region) chain.regionName = { ...region.name };
  if (read.featured) chain.featured = true;
  atlas.chains.push(chain);
  // The place carries its chain: the title names both.
  atlas.link(read.regionId, chainId, 'hosts', [read.industryEvidence]);
  return chain;
}
