/**
 * The compiler as its pipeline: load (curated data, documents) → read each document (metadata,
 * genre, the facts of its genre) → place it (region nodes) → build (chains from chain documents,
 * the city level from plans) → check (schema and invariants) → the map. Pure of I/O: it reads two
 * folders (io/folder.ts) and asks the host (host.ts) for what depends on where it runs, and it
 * returns the map, or null and the problems; the caller decides what to write. Node's entry is
 * node/compile.ts (the CLI, the tests); a browser worker's is memory.ts.
 */
import type { ChainMap, Source } from '../contract/chain-map.ts';
import { SCHEMA_VERSION } from '../contract/chain-map.ts';
import { Problems } from './problems.ts';
import { loadCurated } from './curated/data.ts';
import { loadSources } from './io/sources.ts';
import { documentKind } from './io/documents.ts';
import { Atlas } from './assemble/atlas.ts';
import { normKey } from './text/key.ts';
import { Regions } from './assemble/regions.ts';
import { buildChain } from './assemble/chain.ts';
import { placeDocument } from './assemble/place.ts';
import {
  citations,
  readChainDocument,
  placeNames,
  readDocument,
  type ChainDocRead,
  type DocRead,
} from './read.ts';
import { buildPlan } from './assemble/industry.ts';
import { checkMap } from './validate.ts';
import type { CompileHost } from './host.ts';
import type { Folder } from './io/folder.ts';

export interface CompileResult {
  map: ChainMap | null;
  problems: Problems;
  /**
   * The text extracted from each .docx and .pdf, to be written beside the map: `Source.textFile`
   * (a path relative to the map file's folder) → its text. Empty when the map is null.
   */
  texts: Map<string, string>;
  /**
   * The text every source's evidence indexes, by the path the map gives for it (`textFile` for a
   * .docx or .pdf, else `file`): for a reader without the files, such as the browser's preview.
   * Empty when the map is null.
   */
  sourceTexts: Map<string, string>;
  /**
   * With `keepGoing`: the documents left out because they could not be read (their errors are in
   * `problems`); the map holds every other document.
   */
  leftOut: string[];
}

export interface PipelineOptions {
  /** Leave out a document that cannot be read instead of failing the whole compile. */
  keepGoing?: boolean;
}

/**
 * Compiles the documents of `seeds` with the curated data of `data`; `map` is null when any error
 * was found (all of them are in `problems`).
 */
export async function compileFolders(
  seeds: Folder,
  data: Folder,
  host: CompileHost,
  options: PipelineOptions = {},
): Promise<CompileResult> {
  const problems = new Problems();
  const failed = (): CompileResult => ({
    map: null,
    problems,
    texts: new Map(),
    sourceTexts: new Map(),
    leftOut: [],
  });
  // Load.
  const curated = loadCurated(data, host.validators, problems);
  const docs = await loadSources(seeds, host, problems);
  // --keep-going: a document that cannot be read is left out (its errors stay reported); an error
  // in the curated data, the manifest or the folder still fails the compile.
  const documents = new Set(
    seeds.exists
      ? seeds
          .names()
          .filter((n) => documentKind(n) !== null)
          .map((n) => seeds.labelOf(n))
      : [],
  );
  const loaded = new Set(docs.map((d) => d.file));
  const isDocument = (f: string) => documents.has(f) && !loaded.has(f);
  const leftOut = options.keepGoing
    ? [...new Set(problems.errors.filter((p) => isDocument(p.file)).map((p) => p.file))]
    : [];
  const excused = new Set(problems.errors.filter((p) => leftOut.includes(p.file)));
  const fatal = () => problems.errors.filter((p) => !excused.has(p));
  if (!curated || fatal().length > 0 || docs.length === 0) return failed();

  // Read each document: metadata and genre.
  // The names the library knows its chains by, for a title or preamble that names one without 产业.
  // (An alias with 产业 in it, 智能产业, is read where the title says 产业.)
  const chainNames = curated.library.flatMap((c) => [
    c.zh.replace(/产业(?:链|集群)?$/, ''),
    ...c.aliases.filter((n) => !/产业/.test(n)),
  ]);
  const reads = docs.map((doc) =>
    readDocument(doc, curated.regions, problems, curated.places, chainNames),
  );
  // The names of places (curated, and the cities the titles name without 市) that are no part of a
  // chain's name.
  const known = placeNames(
    curated.regions,
    (curated.places ?? []).filter((c) => reads.some((r) => r.places.some((p) => p.name === c.zh))),
  );
  const atlas = new Atlas(curated, docs, problems, host.dictionary);
  const regions = new Regions(atlas);

  // Place each document: the region it governs.
  const placed = reads.map((r) => placeDocument(r, regions, atlas));
  const regionOf = new Map(reads.map((r, i) => [r, placed[i] ?? null]));

  // Build: chains from chain documents, the city level from plans.
  const governs = (regionId: string) => {
    const line = new Set(regions.line(regionId));
    return reads.filter((r) => line.has(regionOf.get(r) ?? '')).map((r) => r.doc);
  };
  const sourceByTitle = new Map(reads.map((r) => [normKey(r.source.title), r.source.id]));
  for (const r of reads) {
    const cityId = regionOf.get(r);
    if (r.genre === 'plan' && cityId) {
      problems.list.push(...r.problems.list);
      buildPlan(atlas, regions, {
        doc: r.doc,
        cityId,
        industries: r.facts.industries,
        zones: r.facts.zones,
        tiers: r.facts.tiers,
      });
    }
  }
  const effective = new Map<DocRead, ChainDocRead['effective']>();
  for (const r of reads) {
    if (r.genre !== 'chain') continue;
    const read = readChainDocument(r, regionOf.get(r) ?? null, problems, known, chainNames);
    if (!read) continue;
    effective.set(r, read.effective);
    buildChain(atlas, read, governs(read.regionId), sourceByTitle);
  }
  const featured = reads.filter((r) => r.doc.meta.featured);
  for (const f of featured.slice(1))
    problems.add(f.doc.file, 1, 1, 'featured-twice', { also: featured[0]?.doc.file ?? '' });
  for (const f of featured)
    if (!atlas.chains.some((c) => c.featured && c.sources[0] === f.doc.id))
      problems.add(f.doc.file, 1, 1, 'featured-not-chain');
  // Each source as read, with the region it was placed in, its term and what it cites.
  const sources = reads.map((r): Source => {
    const id = regionOf.get(r) ?? null;
    const eff = effective.get(r);
    return {
      ...r.source,
      ...(id ? { region: atlas.nodes.get(id)?.name.zh ?? r.source.region } : {}),
      regionId: id,
      ...(eff ? { effective: eff } : {}),
      cites: citations(r, reads),
    };
  });

  const map: ChainMap = {
    schemaVersion: SCHEMA_VERSION,
    generator: host.generator,
    sources,
    chains: atlas.chains,
    nodes: [...atlas.nodes.values()],
    links: atlas.links,
  };
  // Check: every quote against the text it cites — for a .docx or .pdf, the extracted text that
  // ships as its textFile.
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  for (const v of checkMap(map, texts, host.validators.map))
    problems.add(docs[0]?.file ?? seeds.path, 1, 1, 'invalid-output', { detail: v });
  map.warnings = problems.warnings.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
  if (fatal().length > 0) return failed();
  const textFiles = new Map<string, string>();
  for (const d of docs) if (d.textFile) textFiles.set(d.textFile, d.text);
  const sourceTexts = new Map(docs.map((d) => [d.textFile ?? d.file, d.text]));
  return { map, problems, texts: textFiles, sourceTexts, leftOut };
}
