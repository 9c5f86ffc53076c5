/**
 * A plan becomes the city level of the atlas: its zones (from zone lists such as 专栏十一, parent
 * the city), one `industry` chain per industry (body paragraph and 专栏 box merged by key), its
 * focus areas as segments, `targets` and `engages` links to firms and institutions, and `hosts`
 * links from the places it rests on (依托…) and from each zone of the list (主要承接…, focus = the
 * items in brackets). Each industry is drawn on its library chain (data/chains/, by name and
 * aliases): the library's segments in their tiers with their `supplies` links, each focus area on the
 * segment it names (a tier the plan states wins), the rest as context with their reference.
 */
import type { Chain, ChainNode, Evidence } from '../../contract/chain-map.ts';
import type { LibraryChain } from '../curated/data.ts';
import type { TierRead } from '../extract/tiers.ts';
import { industryKey, type IndustryRead } from '../extract/plan-industries.ts';
import type { ZoneRead } from '../extract/plan-zones.ts';
import type { LoadedSource } from '../io/sources.ts';
import { slug } from '../text/names.ts';
import type { Atlas } from './atlas.ts';
import { firmNode } from './firms.ts';
import type { Regions } from './regions.ts';
import { libraryChainFor, libraryOf } from './library-chain.ts';
import { SegmentMatcher } from './library.ts';

export interface PlanRead {
  doc: LoadedSource;
  cityId: string;
  industries: IndustryRead[];
  zones: ZoneRead[];
  /** The tiers the plan states for items (上游重点发展…), anywhere in it. */
  tiers?: TierRead[];
}

/** Builds the plan's zones and industries into the atlas; returns the industry chains. */
export function buildPlan(atlas: Atlas, regions: Regions, plan: PlanRead): Chain[] {
  const { doc, cityId } = plan;
  // Curated aliases join spellings the plan itself does not (生物医药 ~ 生物与新医药).
  const aliasKey = new Map<string, string>();
  for (const [zh, t] of Object.entries(atlas.curated.terms))
    for (const a of t.aliases ?? []) aliasKey.set(industryKey(a), industryKey(zh));
  const keyOf = (name: string) => {
    const k = industryKey(name);
    return aliasKey.get(k) ?? k;
  };

  const chains = new Map<string, Chain>();
  const libs = new Map<string, { lib: LibraryChain; matcher: SegmentMatcher }>();
  const chainFor = (name: string, ev: Evidence): Chain => {
    const key = keyOf(name);
    const have = chains.get(key);
    if (have) return have;
    const canonical = atlas.canonical(name);
    const en = atlas.en(canonical, ev, 'data/glossary.yaml (industries)');
    let id = `${cityId}-${slug(atlas.hasTerm(canonical) ? en : key, 30) || 'industry'}`;
    for (let i = 2; atlas.chains.some((c) => c.id === id) || atlas.nodes.has(id); i++)
      id = `${cityId}-${slug(atlas.hasTerm(canonical) ? en : key, 30)}-${i}`;
    const chain: Chain = {
      id,
      kind: 'industry',
      name: { zh: canonical, en },
      title: name,
      region: cityId,
      sources: [doc.id],
      metrics: [],
      scope: ev,
    };
    const region = atlas.nodes.get(cityId);
    if (region) chain.regionName = { ...region.name };
    chains.set(key, chain);
    atlas.chains.push(chain);
    const lib = libraryChainFor(atlas, [name, canonical], ev);
    if (lib) {
      chain.library = libraryOf(lib);
      libs.set(chain.id, { lib, matcher: new SegmentMatcher(lib.segments) });
      for (const s of lib.segments) {
        const node = atlas.add({
          id: `${chain.id}-${s.id}`,
          kind: 'segment',
          chain: chain.id,
          name: { zh: s.zh, en: s.en },
          tier: s.tier,
          status: 'context',
          evidence: [],
          reference: s.reference,
          aliases: [...s.aliases, ...(s.full ? [s.full.zh, s.full.en] : [])],
        });
        if (s.firms?.length)
          node.referenceFirms = s.firms.map((f) => ({
            name: { zh: f.zh, en: f.en },
            reference: f.reference,
          }));
      }
      for (const s of lib.segments)
        for (const f of s.feeds)
          atlas.link(`${chain.id}-${s.id}`, `${chain.id}-${f}`, 'supplies', [], {
            reference: s.reference,
          });
    }
    return chain;
  };

  // Zones of the zone lists: each a zone of the city, hosting the industries it takes in.
  const zoneHosts: { zoneId: string; industry: ZoneRead['industries'][number] }[] = [];
  for (const z of plan.zones) {
    const zoneId = regions.place(z.name, z.evidence, { parent: cityId });
    for (const ind of z.industries) zoneHosts.push({ zoneId, industry: ind });
  }

  for (const ind of plan.industries) {
    const chain = chainFor(ind.name, ind.evidence);
    for (const m of ind.metrics)
      if (!chain.metrics.some((x) => x.id === m.id)) chain.metrics.push(m);
    const lib = libs.get(chain.id);
    const inParagraph = (t: TierRead) =>
      t.evidence.start >= ind.paragraph.start && t.evidence.end <= ind.paragraph.end;
    for (const f of ind.focus) {
      const m = lib?.matcher.match(f.name);
      const stated = plan.tiers?.find((t) => t.term === f.name && inParagraph(t));
      let node: ChainNode;
      if (m?.found) {
        node = atlas.nodes.get(`${chain.id}-${m.found.id}`) as ChainNode;
        if (f.name !== node.name.zh && !node.search.aliases.includes(f.name))
          node.search.aliases.push(f.name);
      } else {
        node = atlas.add({
          id: atlas.freeId(`${chain.id}-${slug(f.name, 40) || 'focus'}`, f.name),
          kind: 'segment',
          chain: chain.id,
          name: atlas.bilingual(f.name),
          tier: stated?.tier ?? 'unclassified',
          status: 'context',
          evidence: [],
        });
        if (lib && m && m.ambiguous.length > 1)
          atlas.warnAt(f.evidence, 'segment-ambiguous', {
            term: f.name,
            segments: m.ambiguous.map((x) => x.zh).join('、'),
            file: lib.lib.file,
          });
        else if (lib && !stated)
          atlas.warnAt(f.evidence, 'segment-unmatched', { term: f.name, file: lib.lib.file });
      }
      if (stated && node.tier !== stated.tier) {
        if (node.tier !== 'unclassified')
          atlas.warnAt(stated.evidence, 'tier-differs', {
            term: f.name,
            tier: stated.tier,
            library: node.tier ?? '',
            file: lib?.lib.file ?? '',
          });
        node.tier = stated.tier;
      }
      if (!node.evidence.some((e) => e.start === f.evidence.start)) node.evidence.push(f.evidence);
    }
    for (const t of ind.targets) {
      const node = firmNode(atlas, t.name, t.evidence, t.kind);
      atlas.link(chain.id, node.id, 'targets', [t.evidence]);
    }
    for (const e of ind.engages) {
      const node = firmNode(atlas, e.name, e.evidence, e.kind);
      atlas.link(chain.id, node.id, 'engages', [e.evidence]);
    }
    for (const h of ind.hosts) {
      const placeId = regions.place(h.name, h.evidence, { parent: cityId });
      atlas.link(placeId, chain.id, 'hosts', [h.evidence]);
    }
  }
  for (const { zoneId, industry } of zoneHosts) {
    const chain = chainFor(industry.industry.name, industry.industry.evidence);
    // An item the list names twice (新乡经开区's 现代化工: 塑料制品业 first and last) is one focus.
    atlas.link(zoneId, chain.id, 'hosts', [industry.evidence], {
      focus: [...new Set(industry.focus.map((f) => f.name))],
    });
  }
  return [...chains.values()];
}
