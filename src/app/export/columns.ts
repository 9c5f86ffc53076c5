/**
 * The pages that are columns of cards — a chain's panorama (tiers), an industry's 招商路线图 (招什么 →
 * 招谁 → 对接谁 → 落在哪 → 有何支持), a city's zones — as one export picture: what the page on
 * screen shows, in marks (figure.ts) for PNG and SVG. Pure: the browser passes `measure`.
 */
import type { Chain, ChainNode } from '../../contract/chain-map.ts';
import { displayName, placeName, type Lang, type Strings, type View } from '../i18n/strings.ts';
import { cardNote, customers, panorama, park, sharedGapSupport } from '../layout/panorama.ts';
import type { Graph } from '../model/graph.ts';
import {
  cityOf,
  cityTable,
  roadmap,
  type Atlas,
  type CityTable,
  type Host,
} from '../model/atlas.ts';
import { GAP_OUTLINE } from '../render/theme.ts';
import type { Mark } from './marks.ts';
import { fitText, type Measure } from '../layout/measure.ts';

export interface ColumnItem {
  label: string;
  /** A second line: the firms placed in a segment, a zone's focus areas. */
  note?: string;
  gap?: boolean;
}

export interface ColumnsPicture {
  /** The page's own title (the heading on screen). */
  title: string;
  /** A line under the title: the park, the place. */
  subtitle?: string;
  columns: { heading: string; items: ColumnItem[] }[];
  /** Columns side by side before the next row starts (a city's many zones take two rows). */
  perRow: number;
  /** The documents the page is built from (source ids), for the source line. */
  sources: string[];
}

const sepOf = (lang: Lang): string => (lang === 'en' ? ', ' : '、');

/** The panorama of `chain`, whose nodes `g` holds: its tiers, then its customers; the park in the subtitle. */
export function panoramaPicture(
  g: Graph,
  chain: Chain | null,
  lang: Lang,
  t: Strings,
): ColumnsPicture {
  const name = (n: ChainNode): string => displayName(n, lang);
  const tiers = panorama(g);
  const shared = sharedGapSupport(tiers);
  const columns = tiers.map((c) => ({
    heading: t.tiers[c.tier],
    items: c.cards.map((card): ColumnItem => {
      const n = cardNote(card, shared, t.panorama, name);
      return {
        label: name(card.node),
        note:
          [n.firms.join(sepOf(lang)), n.line].filter(Boolean).join(' · ') ||
          t.statuses[card.node.status ?? 'context'],
        gap: card.node.status === 'gap',
      };
    }),
  }));
  const buyers = customers(g, chain?.id, g.map.links);
  if (buyers.length > 0)
    columns.push({ heading: t.customersColumn, items: buyers.map((b) => ({ label: name(b) })) });
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
      label: county ? t.roadmap.inPlace(name(h.region), county) : name(h.region),
      note: h.focus.join(sep) || undefined,
    },
    ...h.inside.flatMap((z) => host(z, name(h.region))),
  ];
  const chainItem = (c: Chain): ColumnItem => ({ label: name(c), note: placeName(c, lang) });
  const filled = (items: ColumnItem[], none: string) => (items.length ? items : [{ label: none }]);
  const columns = [
    { heading: t.roadmap.focus, items: r.focus.map((f) => ({ label: name(f) })) },
    { heading: t.roadmap.targets, items: r.targets.map((p) => ({ label: name(p.node) })) },
    { heading: t.roadmap.engages, items: r.engages.map((p) => ({ label: name(p.node) })) },
    { heading: t.roadmap.hosts, items: r.hosts.flatMap((h) => host(h)) },
  ].map((c) => ({ ...c, items: filled(c.items, t.roadmap.none) }));
  columns.push({
    heading: t.roadmap.support,
    items: filled(
      [...r.support.measures.map((m) => ({ label: name(m) })), ...r.support.chains.map(chainItem)],
      t.roadmap.noSupport,
    ),
  });
  if (r.support.placeChains.length)
    columns.push({
      heading: t.roadmap.placeChains,
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
    heading: displayName(zone, lang),
    items: table.industries.flatMap((ind): ColumnItem[] => {
      const cell = table.cell(zone.id, ind.id);
      if (!cell) return [];
      for (const e of cell.evidence) sources.add(e.source);
      return [{ label: displayName(ind, lang), note: cell.focus.join(sep) || undefined }];
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

const INK = '#1b1f24';
const MUTED = '#57606a';
const CARD = '#f3f6fa';

/** `text` cut to `max` pixels by the one rule (layout/measure.ts fitText). */
const fit = (text: string, size: number, max: number, measure: Measure): string =>
  fitText(text, max, (t) => measure(t, size));

/** A rectangle with rounded corners, as a path from (0, 0). */
function rounded(w: number, h: number, r: number): string {
  return `M${r},0h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 ${-r},${r}h${2 * r - w}a${r},${r} 0 0 1 ${-r},${-r}v${2 * r - h}a${r},${r} 0 0 1 ${r},${-r}Z`;
}

/**
 * The columns laid out in `plot`: a heading per column, its items as cards (a gap with a thick
 * dashed outline, as on screen). On one row a long column takes the width of several, its cards
 * flowing into them; rows take the height their columns need. What still does not fit ends in "+N".
 */
export function columnMarks(
  pic: ColumnsPicture,
  plot: { x: number; y: number; w: number; h: number },
  s: number,
  measure: Measure,
): Mark[] {
  const marks: Mark[] = [];
  const n = pic.columns.length;
  if (n === 0) return marks;
  const perRow = Math.max(1, Math.min(pic.perRow, n));
  const rows = Math.ceil(n / perRow);
  const gapX = 24 * s;
  const gapY = 28 * s;
  const head = 26 * s;
  const label = 20 * s;
  const note = 15 * s;
  const pad = 12 * s;
  const top = head + 14 * s;
  const step = (it: ColumnItem): number => (it.note ? 66 * s : 44 * s) + 10 * s;
  const need = (items: ColumnItem[]): number => items.reduce((h, it) => h + step(it), 0);
  // Row heights: what the row's tallest column needs; when they do not all fit, the shorter rows
  // get what they need first and the taller share the rest.
  const natural = Array.from({ length: rows }, (_, r) =>
    Math.max(...pic.columns.slice(r * perRow, (r + 1) * perRow).map((c) => top + need(c.items))),
  );
  const room = plot.h - gapY * (rows - 1);
  const rowH = natural.slice();
  let left = room;
  [...natural.keys()]
    .sort((a, b) => (natural[a] ?? 0) - (natural[b] ?? 0))
    .forEach((r, k) => {
      rowH[r] = Math.min(natural[r] ?? 0, left / (rows - k));
      left -= rowH[r] ?? 0;
    });
  // On a single row, a column gets as many widths as its cards need to fit its height.
  const tallest = Math.max(66 * s, 44 * s) + 10 * s;
  const perSub = Math.max(1, Math.floor((room - top) / tallest));
  const units = pic.columns.map((c) =>
    rows === 1 ? Math.max(1, Math.ceil(need(c.items) / (perSub * tallest))) : 1,
  );
  let y0 = plot.y;
  for (let r = 0; r < rows; r++) {
    const cols = pic.columns.slice(r * perRow, (r + 1) * perRow);
    const u = units.slice(r * perRow, (r + 1) * perRow);
    const slots = rows === 1 ? u.reduce((a, b) => a + b, 0) : perRow;
    const unitW = (plot.w - gapX * (slots - 1)) / slots;
    let x = plot.x;
    cols.forEach((col, i) => {
      const subs = u[i] ?? 1;
      const colW = unitW * subs + gapX * (subs - 1);
      const h = fitSize(col.heading, head, colW, measure);
      marks.push({
        kind: 'text',
        x,
        y: y0 + head / 2,
        text: fit(col.heading, h, colW, measure),
        size: h,
        bold: true,
        fill: INK,
      });
      const bottom = y0 + (rowH[r] ?? 0);
      let sub = 0;
      let y = y0 + top;
      for (const [k, it] of col.items.entries()) {
        const more = col.items.length - k - 1;
        const cardH = step(it) - 10 * s;
        // The next width of this column, when there is one.
        if (y + cardH > bottom && sub + 1 < subs) {
          sub++;
          y = y0 + top;
        }
        const cx = x + sub * (unitW + gapX);
        // Room for this card, and for the "+N" line if more are to come and no width is left.
        const last = sub + 1 >= subs;
        if (y + cardH + (more > 0 && last ? 30 * s : 0) > bottom && (last || y + cardH > bottom)) {
          marks.push({
            kind: 'text',
            x: cx + pad,
            y: y + 12 * s,
            text: `+${more + 1}`,
            size: label,
            bold: true,
            fill: MUTED,
          });
          break;
        }
        marks.push({
          kind: 'path',
          d: rounded(unitW, cardH, 8 * s),
          x: cx,
          y,
          fill: CARD,
          ...(it.gap
            ? { stroke: GAP_OUTLINE, strokeWidth: 4 * s, dash: [8 * s, 5 * s] }
            : { stroke: '#8c959f', strokeWidth: 1.5 * s }),
        });
        marks.push({
          kind: 'text',
          x: cx + pad,
          y: y + (it.note ? 22 * s : cardH / 2),
          text: fit(it.label, label, unitW - 2 * pad, measure),
          size: label,
          bold: it.gap === true,
          fill: INK,
        });
        if (it.note)
          marks.push({
            kind: 'text',
            x: cx + pad,
            y: y + 48 * s,
            text: fit(it.note, note, unitW - 2 * pad, measure),
            size: note,
            fill: MUTED,
          });
        y += step(it);
      }
      x += colW + gapX;
    });
    y0 += (rowH[r] ?? 0) + gapY;
  }
  return marks;
}

/** A heading's size: as asked, or down to 80 % of it when that makes it fit. */
function fitSize(text: string, size: number, max: number, measure: Measure): number {
  if (measure(text, size) <= max) return size;
  const smaller = size * 0.8;
  return Math.max(smaller, Math.min(size, (size * max) / Math.max(1, measure(text, size))));
}
