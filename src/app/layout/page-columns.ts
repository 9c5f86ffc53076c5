/**
 * The pages that are columns of cards — a chain's panorama (tiers), an industry's 招商路线图 (招什么 →
 * 招谁 → 对接谁 → 落在哪 → 有何支持), a city's zones — as columns of items, what the page on screen
 * shows: laid out by layout/columns-picture.ts, drawn by the export (PNG, SVG) and, the panorama,
 * by the projection. Pure.
 */
import type { Chain, ChainNode } from '../../contract/chain-map.ts';
import { displayName, placeName, type Lang, type Strings, type View } from '../i18n/strings.ts';
import { customers, panorama, park, sharedGapSupport } from './panorama.ts';
import type { Graph } from '../model/graph.ts';
import {
  cityOf,
  cityTable,
  roadmap,
  type Atlas,
  type CityTable,
  type Host,
} from '../model/atlas.ts';
import type { Column, ColumnItem } from './columns-marks.ts';

export type { Column, ColumnItem } from './columns-marks.ts';

export interface ColumnsPicture {
  /** The page's own title (the heading on screen). */
  title: string;
  /** A line under the title: the park, the place. */
  subtitle?: string;
  columns: Column[];
  /** Columns side by side before the next row starts (a city's many zones take two rows). */
  perRow: number;
  /** The documents the page is built from (source ids), for the source line. */
  sources: string[];
}

const sepOf = (lang: Lang): string => (lang === 'en' ? ', ' : '、');

/**
 * The panorama of `chain`, whose nodes `g` holds: its tiers, then its customers, each a name (its
 * status as the box's tone); the park and the support its gaps share in the subtitle. The export
 * and the projection draw this one picture.
 */
export function panoramaPicture(
  g: Graph,
  chain: Chain | null,
  lang: Lang,
  t: Strings,
): ColumnsPicture {
  const name = (n: ChainNode): string => displayName(n, lang);
  const item = (n: ChainNode): ColumnItem => ({
    id: n.id,
    label: name(n),
    tone: n.status ?? 'context',
  });
  const tiers = panorama(g);
  const shared = sharedGapSupport(tiers);
  const columns: Column[] = tiers.map((c) => ({
    key: c.tier,
    title: t.tiers[c.tier],
    items: c.cards.map((card) => item(card.node)),
  }));
  const buyers = customers(g, chain?.id, g.map.links);
  if (buyers.length > 0)
    columns.push({ key: 'customers', title: t.customersColumn, items: buyers.map(item) });
  const site = park(g);
  return {
    title: `${chain ? displayName(chain, lang) : t.appTitle} · ${t.views.panorama}`,
    subtitle: [
      chain ? placeName(chain, lang) : '',
      site
        ? `${t.kinds.park}${lang === 'en' ? ': ' : '：'}${name(site)}${site.areaMu ? ` · ${t.mu(site.areaMu)}` : ''}`
        : '',
      shared
        ? t.panorama.sharedSupport(shared.gaps) +
          [...shared.specific, ...shared.chainWide]
            .map((m) => (m.number !== undefined ? t.panorama.measureNo(m.number) : name(m)))
            .join(sepOf(lang))
        : '',
    ]
      .filter(Boolean)
      .join(' · '),
    columns,
    perRow: columns.length,
    sources: chain?.sources ?? [],
  };
}

/**
 * An industry's 招商路线图, the five questions as columns, as the page says them: a zone after its
 * county, named as lying in it; 有何支持 only what a document ties to the industry (else that the
 * plan names none), the host places' own chains in a column of their own.
 */
export function roadmapPicture(
  atlas: Atlas,
  chainId: string,
  lang: Lang,
  t: Strings,
): ColumnsPicture | null {
  const r = roadmap(atlas, chainId);
  if (!r) return null;
  const name = (n: { name: { zh: string; en: string } }): string => displayName(n, lang);
  const sep = sepOf(lang);
  const host = (h: Host, county?: string): ColumnItem[] => [
    {
      id: h.region.id,
      tone: 'present',
      label: county ? t.roadmap.inPlace(name(h.region), county) : name(h.region),
      note: h.focus.join(sep) || undefined,
    },
    ...h.inside.flatMap((z) => host(z, name(h.region))),
  ];
  const named = (n: { id: string; name: { zh: string; en: string } }): ColumnItem => ({
    id: n.id,
    label: name(n),
    tone: 'present',
  });
  const chainItem = (c: Chain): ColumnItem => ({ ...named(c), note: placeName(c, lang) });
  const filled = (key: string, items: ColumnItem[], none: string): ColumnItem[] =>
    items.length ? items : [{ id: `${key}:none`, label: none, tone: 'present' }];
  const columns: Column[] = [
    { key: 'focus', title: t.roadmap.focus, items: r.focus.map(named) },
    { key: 'targets', title: t.roadmap.targets, items: r.targets.map((p) => named(p.node)) },
    { key: 'engages', title: t.roadmap.engages, items: r.engages.map((p) => named(p.node)) },
    { key: 'hosts', title: t.roadmap.hosts, items: r.hosts.flatMap((h) => host(h)) },
  ].map((c) => ({ ...c, items: filled(c.key, c.items, t.roadmap.none) }));
  columns.push({
    key: 'support',
    title: t.roadmap.support,
    items: filled(
      'support',
      [...r.support.measures.map(named), ...r.support.chains.map(chainItem)],
      t.roadmap.noSupport,
    ),
  });
  if (r.support.placeChains.length)
    columns.push({
      key: 'placeChains',
      title: t.roadmap.placeChains,
      items: r.support.placeChains.map(chainItem),
    });
  return {
    title: t.roadmap.figure(name(r.chain)),
    subtitle: `${placeName(r.chain, lang)} · ${t.appTitle}`,
    columns,
    perRow: columns.length,
    sources: r.chain.sources,
  };
}

/**
 * A place's page: a column per zone (one, on a zone's page), each industry it takes in with the
 * focus its list names.
 */
export function cityPicture(
  table: CityTable,
  lang: Lang,
  t: Strings,
  zoneId: string | null = null,
): ColumnsPicture {
  const sep = sepOf(lang);
  const sources = new Set<string>();
  const zones = zoneId ? table.zones.filter((z) => z.id === zoneId) : table.zones;
  const place = (zoneId && zones[0]) || table.city;
  const columns = zones.map((zone) => ({
    key: zone.id,
    title: displayName(zone, lang),
    items: table.industries.flatMap((ind): ColumnItem[] => {
      const cell = table.cell(zone.id, ind.id);
      if (!cell) return [];
      for (const e of cell.evidence) sources.add(e.source);
      const note = cell.focus.join(sep) || undefined;
      return [{ id: ind.id, label: displayName(ind, lang), note, tone: 'present' }];
    }),
  }));
  return {
    title: t.atlas.city(displayName(place, lang)),
    subtitle: t.atlas.zonesTable(displayName(table.city, lang)),
    columns,
    perRow: Math.min(7, Math.max(1, columns.length)),
    sources: [...sources],
  };
}

/** What the page on screen is, as a picture of columns (null: a network or Sankey), and its name. */
export function pagePicture(p: {
  atlas: Atlas | null;
  regionId: string | null;
  graph: Graph;
  /** The chain on screen, whose nodes `graph` holds. */
  chain: Chain | null;
  view: View;
  lang: Lang;
  t: Strings;
}): { picture: ColumnsPicture | null; kind: string } {
  const { atlas, regionId, graph, chain, lang, t } = p;
  if (atlas && regionId) {
    const city = cityOf(atlas, regionId);
    const table = city ? cityTable(atlas, city.id) : null;
    if (table)
      return {
        picture: cityPicture(table, lang, t, regionId === city?.id ? null : regionId),
        kind: 'city',
      };
  }
  if (p.view === 'panorama') {
    const road =
      atlas && chain?.kind === 'industry' ? roadmapPicture(atlas, chain.id, lang, t) : null;
    if (road) return { picture: road, kind: 'roadmap' };
    return { picture: panoramaPicture(graph, chain, lang, t), kind: 'panorama' };
  }
  return { picture: null, kind: p.view === 'sankey' ? 'sankey' : 'network' };
}
