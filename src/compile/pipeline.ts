/**
 * The compiler as its pipeline: load (curated data, documents) → read each document (metadata,
 * genre, the facts of its genre) → place it (region nodes) → build (chains from chain documents,
 * the city level from plans) → check (schema and invariants) → the map. Pure of I/O: it reads two
 * folders (io/folder.ts) and asks the host (host.ts) for what depends on where it runs, and it
 * returns the map, or null and the problems; the caller decides what to write. Node's entry is
 * node/compile.ts (the CLI, the tests); a browser worker's is memory.ts.
 */
import type { ChainMap } from '../contract/chain-map.ts';
import { SCHEMA_VERSION } from '../contract/chain-map.ts';
import { Problems } from './problems.ts';
import { loadCurated } from './curated/data.ts';
import { loadSources } from './io/sources.ts';
import { readZones } from './extract/plan-zones.ts';
import { readParent } from './extract/parents.ts';
import { Atlas, normKey } from './build/atlas.ts';
import { Regions } from './build/regions.ts';
import { buildChain } from './build/chain.ts';
import { citations, readChainDocument, readDocument, type DocRead } from './read.ts';
import { buildPlan } from './build/industry.ts';
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
}

/**
 * Compiles the documents of `seeds` with the curated data of `data`; `map` is null when any error
 * was found (all of them are in `problems`).
 */
export async function compileFolders(
  seeds: Folder,
  data: Folder,
  host: CompileHost,
): Promise<CompileResult> {
  const problems = new Problems();
  const failed = (): CompileResult => ({
    map: null,
    problems,
    texts: new Map(),
    sourceTexts: new Map(),
  });
  // Load.
  const curated = loadCurated(data, host.validators, problems);
  const docs = await loadSources(seeds, host, problems);
  if (!curated || problems.errors.length > 0) return failed();

  // Read each document: metadata and genre.
  const reads = docs.map((doc) => readDocument(doc, curated.regions, problems));
  const atlas = new Atlas(curated, docs, problems, host.dictionary);
  const regions = new Regions(atlas);

  // Place each document: the region it governs.
  for (const r of reads) placeDocument(r, regions, atlas);

  // Build: chains from chain documents, the city level from plans.
  const governs = (regionId: string) => {
    const line = new Set(regions.line(regionId));
    return reads.filter((r) => r.source.regionId && line.has(r.source.regionId)).map((r) => r.doc);
  };
  const sourceByTitle = new Map(reads.map((r) => [normKey(r.source.title), r.source.id]));
  for (const r of reads) {
    if (r.genre === 'plan' && r.source.regionId) {
      problems.list.push(...r.problems.list);
      buildPlan(atlas, regions, {
        doc: r.doc,
        cityId: r.source.regionId,
        industries: r.facts.industries,
        zones: readZones(r.doc),
      });
    }
  }
  for (const r of reads) {
    if (r.genre !== 'chain') continue;
    const read = readChainDocument(r, problems);
    if (read) buildChain(atlas, read, governs(read.regionId), sourceByTitle);
  }
  const featured = reads.filter((r) => r.doc.meta.featured);
  for (const f of featured.slice(1))
    problems.add(
      f.doc.file,
      1,
      1,
      `more than one document is featured (also ${featured[0]?.doc.file}): feature one`,
    );
  for (const f of featured)
    if (!atlas.chains.some((c) => c.featured && c.sources[0] === f.doc.id))
      problems.add(
        f.doc.file,
        1,
        1,
        `featured, but not read as a chain document (its title must name a place and a chain, and its text the key links, a target or a park)`,
      );
  for (const r of reads) r.source.cites = citations(r, reads);

  const map: ChainMap = {
    schemaVersion: SCHEMA_VERSION,
    generator: host.generator,
    sources: reads.map((r) => r.source),
    chains: atlas.chains,
    nodes: [...atlas.nodes.values()],
    links: atlas.links,
  };
  // Check: every quote against the text it cites — for a .docx or .pdf, the extracted text that
  // ships as its textFile.
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  for (const v of checkMap(map, texts, host.validators.map))
    problems.add(docs[0]?.file ?? seeds.path, 1, 1, `invalid output: ${v}`);
  map.warnings = problems.warnings.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
  if (problems.errors.length > 0) return failed();
  const textFiles = new Map<string, string>();
  for (const d of docs) if (d.textFile) textFiles.set(d.textFile, d.text);
  const sourceTexts = new Map(docs.map((d) => [d.textFile ?? d.file, d.text]));
  return { map, problems, texts: textFiles, sourceTexts };
}

/** The region a document governs: the places its title names (nested), else a curated place its text names. */
function placeDocument(r: DocRead, regions: Regions, atlas: Atlas): void {
  let id: string | null = null;
  for (const p of r.places) id = regions.place(p.name, p.evidence, { parent: id });
  // The places above it, where the title does not say and the curated list does not know.
  for (let cur = id, depth = 0; cur && depth < 3; depth++) {
    const node = atlas.nodes.get(cur);
    if (!node || node.parent || node.reference) break;
    const parent = readParent(r.doc, node.name.zh, node.level ?? 'zone', cur === id);
    if (!parent) break;
    const pid = regions.place(parent.name, parent.evidence);
    regions.adopt(cur, pid, parent.evidence);
    cur = pid;
  }
  if (!id && r.source.region) {
    const known = atlas.curated.regions.find((x) => x.zh === r.source.region);
    if (known) id = regions.ensure(known.id).id;
  }
  r.source.regionId = id;
  if (id) r.source.region = atlas.nodes.get(id)?.name.zh ?? r.source.region;
  if (!id && r.genre !== 'context') {
    r.genre = 'context';
    r.source.genre = 'context';
    atlas.problems.at(
      r.doc.file,
      r.doc.text,
      0,
      'no place found in the title or text: read as context (name the place in the title, or add `region:` in seeds/manifest.yaml)',
      'warning',
    );
  }
}
