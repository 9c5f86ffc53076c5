/**
 * Reading each document, the pipeline's second pass: its metadata, its genre and the facts that
 * tell it (kept, so each document is read once), and for a chain document every fact of its chain;
 * the policies every document cites.
 */
import type { Evidence, Source } from '../contract/chain-map.ts';
import { Problems } from './problems.ts';
import type { LoadedSource } from './io/sources.ts';
import { issuerPlaceOf, readMetadata, readNotice, titleKey } from './extract/metadata.ts';
import { readMetrics } from './extract/metrics.ts';
import { readKeyLinks } from './extract/key-links.ts';
import { readPark } from './extract/park.ts';
import { readMeasures } from './extract/measures.ts';
import { readCustomers } from './extract/customers.ts';
import { readCitations } from './extract/citations.ts';
import { readIndustries } from './extract/plan-industries.ts';
import { classify, titleChain, type Genre } from './genre/classify.ts';
import { titlePlaces } from './text/places.ts';
import { correctCustomers, correctFacts } from './corrections.ts';
import { evidence } from './text/view.ts';
import { normKey } from './build/atlas.ts';
import type { ChainDocRead } from './build/chain.ts';

/** A document as read: its source entry, genre, title places and facts. */
export interface DocRead {
  doc: LoadedSource;
  source: Source;
  genre: Genre;
  /** The title's places with their spans in the text (most general first). */
  places: { name: string; evidence: Evidence | null }[];
  /** What was read to tell the genre, kept for the build (each document is read once). */
  facts: {
    keyLinks: ReturnType<typeof readKeyLinks>;
    park: ReturnType<typeof readPark>;
    metrics: ReturnType<typeof readMetrics>;
    industries: ReturnType<typeof readIndustries>;
  };
  /** Problems met while reading; reported when the document is built as what it was read for. */
  problems: Problems;
}

/** Metadata and genre of one document. */
export function readDocument(
  doc: LoadedSource,
  curatedRegions: Parameters<typeof readMetadata>[1],
  problems: Problems,
): DocRead {
  const source = readMetadata(doc, curatedRegions, problems);
  const titleEv =
    source.titleFrom === 'text'
      ? source.evidence?.find((e) => normKey(e.quote).length > 0)
      : undefined;
  // The title's places; else the place its issuer names (广东省工业和信息化厅 → 广东省).
  const named = titlePlaces(source.title);
  const issuerPlace = source.issuer ? issuerPlaceOf(source.issuer) : null;
  const fromIssuer = named.length === 0 && issuerPlace !== null;
  const places = (fromIssuer ? [{ name: issuerPlace as string, at: 0 }] : named).map((p) => {
    const from = titleEv && !fromIssuer ? titleEv.start : 0;
    const to = titleEv && !fromIssuer ? titleEv.end : doc.view.length;
    const at = doc.view.indexOf(p.name, from);
    return {
      name: p.name,
      evidence: at >= 0 && at < to ? evidence(doc, at, at + p.name.length) : null,
    };
  });
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
  const genre = classify(source.title, source.kind, {
    chainFacts,
    industries: facts.industries.length,
    structured,
  });
  source.genre = genre;
  return { doc, source, genre, places, facts, problems: local };
}

/** The facts of a chain document; a missing fact is a warning, not an error. */
export function readChainDocument(r: DocRead, problems: Problems): ChainDocRead | null {
  const { doc, source } = r;
  const chain = titleChain(source.title);
  if (!chain || !source.regionId) return null;
  const titleEv = source.titleFrom === 'text' ? source.evidence?.[0] : undefined;
  let at = doc.view.indexOf(chain.name, titleEv?.start ?? 0);
  if (at < 0) at = doc.view.indexOf(chain.name);
  const industryEvidence =
    at >= 0 ? evidence(doc, at, at + chain.name.length) : (titleEv as Evidence);
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
    regionId: source.regionId,
    industry: chain.name,
    industryEvidence,
    metrics,
    keyLinks: r.facts.keyLinks,
    park,
    measures: readMeasures(doc),
    customers: correctCustomers(doc, readCustomers(doc)),
    scope: scopeOf(doc),
    featured: doc.meta.featured === true,
  };
  const missing: [boolean, string][] = [
    [metrics.some((m) => m.id === 'scale-current'), 'current scale (e.g. 整体规模达到20亿元)'],
    [metrics.some((m) => m.id === 'scale-target'), 'target scale (e.g. 50亿级产业链)'],
    [
      metrics.some((m) => m.id === 'enterprises-current'),
      'current firm count (e.g. 聚集10余家企业)',
    ],
    [
      metrics.some((m) => m.id === 'enterprises-new-target'),
      'new-firm target (e.g. 新引进30家企业)',
    ],
    [read.keyLinks.length > 0, 'key links (e.g. 瞄准压缩机、风机等关键环节)'],
    [park !== null, 'a park (e.g. 规划建设约700亩的…产业园)'],
    [read.measures.length > 0, 'numbered measures'],
  ];
  for (const [ok, what] of missing)
    if (!ok)
      problems.at(
        doc.file,
        doc.text,
        0,
        `chain document without ${what}: compiled without it`,
        'warning',
      );
  const eff = /(?:自|从)(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:施行|实施|执行)/.exec(doc.view);
  const dur = /有效期(?:为)?([0-9一二三四五六七八九十]+)年/.exec(doc.view);
  if (eff || dur) {
    source.effective = { from: null, years: null, evidence: [] };
    if (eff) {
      source.effective.from = `${eff[1]}-${(eff[2] as string).padStart(2, '0')}-${(eff[3] as string).padStart(2, '0')}`;
      source.effective.evidence.push(evidence(doc, eff.index, eff.index + eff[0].length));
    }
    if (dur) {
      const n = Number(dur[1]) || '一二三四五六七八九十'.indexOf(dur[1] as string) + 1;
      source.effective.years = n;
      source.effective.evidence.push(evidence(doc, dur.index, dur.index + dur[0].length));
    }
  }
  return read;
}

function scopeOf(doc: LoadedSource): Evidence | null {
  const m = /本(?:措施|办法|政策|意见|方案)适用于[^。]*。/.exec(doc.view);
  return m ? evidence(doc, m.index, m.index + m[0].length) : null;
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
