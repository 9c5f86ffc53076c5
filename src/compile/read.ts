/**
 * Reading each document, the pipeline's second pass: its metadata, its genre and the facts that
 * tell it (kept, so each document is read once), the places above its own that its prose names, a
 * plan's zone lists, and for a chain document every fact of its chain; the policies every document
 * cites. Reading returns plain records (DocRead, ChainDocRead) that assemble/ builds the atlas
 * from; it never reaches into the atlas.
 */
import type { Evidence, Metric, Source } from '../contract/chain-map.ts';
import type { Region } from './curated/data.ts';
import { Problems, type ChainFact } from './problems.ts';
import type { LoadedSource } from './io/sources.ts';
import {
  BARE_ZONE,
  OWN_PLACE,
  issuerPlaceOf,
  readMetadata,
  readNotice,
  titleKey,
} from './extract/metadata.ts';
import { readMetrics } from './extract/metrics.ts';
import { readKeyLinks, type KeyLink } from './extract/key-links.ts';
import { readPark, type ParkRead } from './extract/park.ts';
import { readMeasures, type MeasureRead } from './extract/measures.ts';
import { readCustomers, type CustomerRead } from './extract/customers.ts';
import { readCitations } from './extract/citations.ts';
import { readIndustries } from './extract/plan-industries.ts';
import { readZones } from './extract/plan-zones.ts';
import { readParent, type ParentRead } from './extract/parents.ts';
import { readEffective, type EffectiveRead } from './extract/effective.ts';
import { readScope } from './extract/scope.ts';
import { readTiers, type TierRead } from './extract/tiers.ts';
import { classify, purposeChain, titleChain, type Genre } from './genre/classify.ts';
import { gazetteerAt, levelOf, placeKey, titlePlaces, type GazetteerPlace } from './text/places.ts';
import { correctCustomers, correctFacts } from './corrections.ts';
import { evidence } from './text/view.ts';
import { normKey } from './text/key.ts';

/** A chain document as read: what assemble/chain.ts builds its chain from. */
export interface ChainDocRead {
  doc: LoadedSource;
  regionId: string;
  /** The chain's name in the title without 产业链 (汽车热管理), with its span. */
  industry: string;
  industryEvidence: Evidence;
  metrics: Metric[];
  keyLinks: KeyLink[];
  park: ParkRead | null;
  measures: MeasureRead[];
  customers: CustomerRead[];
  scope: Evidence | null;
  /** When the document takes effect and for how long, if it says. */
  effective: EffectiveRead | null;
  /** The tiers the document states for its items (上游重点发展…). */
  tiers: TierRead[];
  featured: boolean;
}

/** A document as read: its source entry, genre, title places and facts. */
export interface DocRead {
  doc: LoadedSource;
  source: Source;
  genre: Genre;
  /** The title's places with their spans in the text (most general first). */
  places: { name: string; evidence: Evidence | null }[];
  /**
   * The chain the preamble says the document is for (促进四川省稀土产业高质量发展，特制定本…), where
   * the title names none; with its span.
   */
  purpose: { name: string; evidence: Evidence } | null;
  /**
   * The places that contain the title's one place, nearest first, as the prose says (up to three);
   * empty when the title nests its places or its place is curated.
   */
  parents: ParentRead[];
  /** What was read to tell the genre, kept for the build (each document is read once). */
  facts: {
    keyLinks: ReturnType<typeof readKeyLinks>;
    park: ReturnType<typeof readPark>;
    metrics: ReturnType<typeof readMetrics>;
    industries: ReturnType<typeof readIndustries>;
    /** A plan's zone lists (专栏十一: XX开发区。主要承接…). */
    zones: ReturnType<typeof readZones>;
    /** The tiers the document states for its items (上游重点发展…, 产业链上游的…环节). */
    tiers: TierRead[];
  };
  /** Problems met while reading; reported when the document is built as what it was read for. */
  problems: Problems;
}

/** Metadata and genre of one document. */
export function readDocument(
  doc: LoadedSource,
  curatedRegions: Region[],
  problems: Problems,
  gazetteer: readonly GazetteerPlace[] = [],
  /** The names the industry-chain library knows its chains by (人工智能, 机器人…). */
  chainNames: readonly string[] = [],
): DocRead {
  const how: { guessed?: boolean } = {};
  const source = readMetadata(doc, curatedRegions, problems, how);
  const titleEv =
    source.titleFrom === 'text'
      ? source.evidence?.find((e) => normKey(e.quote).length > 0)
      : undefined;
  // The title's places; else a city it names without 市 (深圳生物产业… → 深圳市, as
  // data/places.yaml lists the cities), unless the curated regions know the name (宁夏); else the
  // place its issuer names (广东省工业和信息化厅 → 广东省).
  type Named = { name: string; at: number; quote?: string; viewAt?: number };
  let named: Named[] = titlePlaces(source.title);
  let city = named.length === 0 && !source.region ? gazetteerAt(source.title, gazetteer) : null;
  if (city) named = [{ name: city.place.zh, at: city.at, quote: city.place.short }];
  // A title that names no chain (no title line; the notice's only): the preamble's purpose may,
  // with its place (促进四川省稀土产业…, 加快推进潜江龙虾产业… → 潜江市).
  // A guessed title (the first line of a preamble) names no chain, whatever its words.
  const curatedNames = placeNames(curatedRegions);
  const said =
    !how.guessed && titleChain(source.title, curatedNames, chainNames)
      ? null
      : purposeChain(doc.view, curatedNames, chainNames);
  let purpose: DocRead['purpose'] = null;
  if (said) {
    const inScope = titlePlaces(said.scope);
    const scopeCity = inScope.length === 0 ? gazetteerAt(said.scope, gazetteer) : null;
    // A city named without 市 before the chain (潜江龙虾) is no part of its name.
    const lead =
      scopeCity && said.name.startsWith(scopeCity.place.short) ? scopeCity.place.short.length : 0;
    if (said.name.length > lead)
      purpose = {
        name: said.name.slice(lead),
        evidence: evidence(doc, said.at + lead, said.at + said.name.length),
      };
    if (named.length === 0 && !source.region) {
      if (inScope.length > 0) named = inScope.map((p) => ({ ...p, viewAt: said.scopeAt + p.at }));
      else if (scopeCity) {
        named = [
          {
            name: scopeCity.place.zh,
            at: 0,
            quote: scopeCity.place.short,
            viewAt: said.scopeAt + scopeCity.at,
          },
        ];
        city = scopeCity;
      }
    }
  }
  // Else the place whose circumstances the preamble says it answers (结合眉山实际 → 眉山市).
  if (named.length === 0 && !source.region) {
    const own = OWN_PLACE.exec(doc.view.slice(0, 1500));
    const words = own?.groups?.p && !BARE_ZONE.test(own.groups.p) ? own.groups.p : '';
    const wordsAt = own?.indices?.groups?.p?.[0] ?? 0;
    const inWords = titlePlaces(words).filter((p) => p.at === 0);
    const ownCity = inWords.length === 0 ? gazetteerAt(words, gazetteer) : null;
    if (inWords.length > 0) named = inWords.map((p) => ({ ...p, viewAt: wordsAt + p.at }));
    else if (ownCity && ownCity.at === 0 && words === ownCity.place.short) {
      named = [{ name: ownCity.place.zh, at: 0, quote: ownCity.place.short, viewAt: wordsAt }];
      city = ownCity;
    }
  }
  const issuerPlace = source.issuer ? issuerPlaceOf(source.issuer) : null;
  const fromIssuer = named.length === 0 && issuerPlace !== null;
  // A place the genre shortens, named in full: a prefecture (湘西州, 湘西自治州) as data/places.yaml
  // names it (湘西土家族苗族自治州); an autonomous county, banner or prefecture (漾濞县) as its own
  // issuer does (漾濞彝族自治县人民政府办公室). The text's words stay its quote.
  const fullName = (p: Named): Named => {
    const level = p.name.slice(-1);
    if (!'县旗州'.includes(level)) return p;
    const stem = p.name.replace(/(?:自治)?[县旗州]$/, '');
    const listed =
      level === '州'
        ? gazetteer.find((g) => g.short === stem && /州$/.test(g.zh) && g.zh !== p.name)?.zh
        : undefined;
    const issued =
      issuerPlace &&
      issuerPlace !== p.name &&
      stem.length >= 2 &&
      issuerPlace.startsWith(stem) &&
      issuerPlace.endsWith(`自治${level}`)
        ? issuerPlace
        : undefined;
    const full = listed ?? issued;
    return full ? { ...p, name: full, quote: p.quote ?? p.name } : p;
  };
  const places = (fromIssuer ? [{ name: issuerPlace as string, at: 0 } as Named] : named).map(
    (raw) => {
      const p = fullName(raw);
      const quote = p.quote ?? p.name;
      if (p.viewAt !== undefined)
        return { name: p.name, evidence: evidence(doc, p.viewAt, p.viewAt + quote.length) };
      const from = titleEv && !fromIssuer ? titleEv.start : 0;
      const to = titleEv && !fromIssuer ? titleEv.end : doc.view.length;
      const at = doc.view.indexOf(quote, from);
      return {
        name: p.name,
        evidence: at >= 0 && at < to ? evidence(doc, at, at + quote.length) : null,
      };
    },
  );
  const local = new Problems();
  // A plan is read for its industries; anything else, and a plan of one industry, for the facts
  // of a chain document.
  const industries = source.kind === 'plan' ? readIndustries(doc, local) : [];
  const plan = industries.length >= 2;
  const facts: DocRead['facts'] = {
    keyLinks: plan ? [] : readKeyLinks(doc, local),
    park: plan ? null : readPark(doc),
    metrics: plan ? [] : readMetrics(doc, 0, doc.view.length, local),
    industries,
    zones: plan ? readZones(doc) : [],
    tiers: readTiers(doc),
  };
  correctFacts(doc, source, facts, local);
  const chainFacts =
    (facts.keyLinks.length > 0 ? 1 : 0) +
    (facts.park ? 1 : 0) +
    (facts.metrics.some((m) => m.id === 'enterprises-new-target') ? 1 : 0);
  // Targets, or headings and measures, for the chain its title names.
  const structured =
    (facts.metrics.some((m) => /-target(?:-\d{4})?$/.test(m.id)) ? 1 : 0) +
    (/(?:^|[\n。])\s*[一二三四五六七八九十]+\s*[、.]/.test(doc.view) ? 1 : 0);
  let genre = classify(
    how.guessed ? '' : source.title,
    source.kind,
    { chainFacts, industries: facts.industries.length, structured },
    placeNames(curatedRegions, city ? [city.place] : []),
    purpose !== null,
    chainNames,
  );
  // A document with no place in its title or text is context: it governs nowhere.
  const known = source.region ? curatedRegions.some((x) => x.zh === source.region) : false;
  if (places.length === 0 && !known && genre !== 'context') {
    genre = 'context';
    problems.at(doc.file, doc.text, 0, 'no-place', {}, 'warning');
  }
  source.genre = genre;
  const parents = places.length === 1 ? readParents(doc, places[0]!.name, curatedRegions) : [];
  return { doc, source, genre, places, purpose, parents, facts, problems: local };
}

/**
 * The places above `name` that the prose names, nearest first, up to three; none for a curated
 * place (the curated list says what contains it), and the line stops at a curated one.
 */
function readParents(doc: LoadedSource, name: string, curated: Region[]): ParentRead[] {
  const keys = new Set(
    curated.flatMap((r) => [r.zh, ...(r.aliases ?? [])].map((n) => placeKey(n))),
  );
  const out: ParentRead[] = [];
  for (let cur = name, depth = 0; depth < 3 && !keys.has(placeKey(cur)); depth++) {
    const parent = readParent(doc, cur, levelOf(cur), depth === 0);
    if (!parent) break;
    out.push(parent);
    cur = parent.name;
  }
  return out;
}

/**
 * Every name data/regions.yaml knows a place by (its name and its short names), and the cities of
 * data/places.yaml that documents name.
 */
export function placeNames(
  regions: readonly Region[],
  cities: readonly GazetteerPlace[] = [],
): string[] {
  return [...regions.flatMap((r) => [r.zh, ...(r.aliases ?? [])]), ...cities.map((c) => c.short)];
}

/**
 * The facts of a chain document placed in `regionId`; a missing fact is a warning, not an error.
 */
export function readChainDocument(
  r: DocRead,
  regionId: string | null,
  problems: Problems,
  known: readonly string[] = [],
  chainNames: readonly string[] = [],
): ChainDocRead | null {
  const { doc, source } = r;
  // The preamble's chain is read only where the title names none, or is a guess.
  const chain = r.purpose ?? titleChain(source.title, known, chainNames);
  if (!chain || !regionId) return null;
  const titleEv = source.titleFrom === 'text' ? source.evidence?.[0] : undefined;
  let at = doc.view.indexOf(chain.name, titleEv?.start ?? 0);
  if (at < 0) at = doc.view.indexOf(chain.name);
  const industryEvidence =
    'evidence' in chain
      ? chain.evidence
      : at >= 0
        ? evidence(doc, at, at + chain.name.length)
        : (titleEv as Evidence);
  problems.list.push(...r.problems.list);
  const { park } = r.facts;
  const metrics = [...r.facts.metrics];
  if (park) {
    const pm = {
      id: 'park-area',
      value: park.areaMu,
      unit: '亩',
      evidence: [park.areaEvidence],
    } as ChainDocRead['metrics'][number];
    if (park.qualifier) pm.qualifier = park.qualifier;
    metrics.push(pm);
  }
  const read: ChainDocRead = {
    doc,
    regionId,
    industry: chain.name,
    industryEvidence,
    metrics,
    keyLinks: r.facts.keyLinks,
    park,
    measures: readMeasures(doc),
    customers: correctCustomers(doc, readCustomers(doc)),
    scope: readScope(doc),
    effective: readEffective(doc),
    tiers: r.facts.tiers,
    featured: doc.meta.featured === true,
  };
  const missing: [boolean, ChainFact][] = [
    [metrics.some((m) => m.id === 'scale-current'), 'scale-current'],
    [metrics.some((m) => m.id === 'scale-target'), 'scale-target'],
    [metrics.some((m) => m.id === 'enterprises-current'), 'enterprises-current'],
    [metrics.some((m) => m.id === 'enterprises-new-target'), 'enterprises-new-target'],
    [read.keyLinks.length > 0, 'key-links'],
    [park !== null, 'park'],
    [read.measures.length > 0, 'measures'],
  ];
  for (const [ok, fact] of missing)
    if (!ok) problems.at(doc.file, doc.text, 0, 'chain-fact-missing', { fact }, 'warning');
  return read;
}

/** Policies a document cites by title (《…》), linked to the seed with that title when there is one. */
export function citations(r: DocRead, reads: DocRead[]): NonNullable<Source['cites']> {
  const byTitle = new Map<string, NonNullable<Source['cites']>[number]>();
  // The notice's 《X》 is the document itself, as is any 《…》 of its own title.
  const handed = readNotice(r.doc).handed;
  const own = titleKey(r.source.title);
  for (const c of readCitations(r.doc)) {
    if (titleKey(c.title) === own || (handed && c.evidence.start === handed.start)) continue;
    const key = normKey(c.title);
    const entry = byTitle.get(key) ?? {
      title: c.title,
      matchesSource:
        reads.find((x) => x.doc.id !== r.doc.id && normKey(x.source.title) === key)?.source.id ??
        null,
      evidence: [],
    };
    entry.evidence.push(c.evidence);
    byTitle.set(key, entry);
  }
  return [...byTitle.values()];
}
