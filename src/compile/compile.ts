/**
 * The compiler: seeds + data → chain map. Pure of I/O on the output side: it returns the map (or
 * the problems) and the CLI decides what to write.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChainMap, Evidence, Source } from '../contract/chain-map.ts';
import { Problems } from './problems.ts';
import { loadCurated } from './curated/data.ts';
import { loadSources, type LoadedSource } from './io/sources.ts';
import { readMetadata } from './extract/metadata.ts';
import { readFlagship, readKeyLinks } from './extract/flagship.ts';
import { readMeasures } from './extract/measures.ts';
import { buildMap, normKey, regionLine } from './build.ts';
import { checkMap } from './validate.ts';
import { evidence, squeeze } from './text/view.ts';

const pkg = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
) as { version: string };
export const GENERATOR = `chainmap-compiler ${pkg.version}`;

export interface CompileOptions {
  seeds: string;
  data: string;
  /** What file paths in the map are relative to (the repo root). */
  root: string;
}

export interface CompileResult {
  map: ChainMap | null;
  problems: Problems;
}

/** Compiles; `map` is null when any error was found (all of them are in `problems`). */
export function compile(opts: CompileOptions): CompileResult {
  const problems = new Problems();
  const curated = loadCurated(opts.data, problems, opts.root);
  const docs = loadSources(opts.seeds, opts.root, problems);
  if (!curated || problems.errors.length > 0) return { map: null, problems };

  const sources = docs.map((d) => readMetadata(d, curated.regions, problems));
  for (const s of sources) {
    const doc = docs.find((d) => d.id === s.id) as LoadedSource;
    s.cites = citations(doc, sources);
  }
  let flagships = docs.filter((d) => d.meta.role === 'flagship');
  if (flagships.length === 0) {
    // No document marked: a document that lists key links of chain-based investment defines the chain.
    flagships = docs.filter((d) => readKeyLinks(d).length > 0);
    for (const f of flagships) (sources.find((s) => s.id === f.id) as Source).role = 'flagship';
  }
  if (flagships.length !== 1) {
    const where = flagships[1] ?? docs[0];
    problems.add(
      where?.file ?? opts.seeds,
      1,
      1,
      flagships.length === 0
        ? 'no flagship document: mark one with `role: flagship` in seeds/manifest.yaml (it must list the key links, e.g. 瞄准…等关键环节)'
        : `more than one flagship document (${flagships.map((f) => f.file).join(', ')}): mark exactly one`,
    );
    return { map: null, problems };
  }
  const flagship = flagships[0] as LoadedSource;
  const flagSource = sources.find((s) => s.id === flagship.id) as Source;
  const read = readFlagship(flagship, flagSource.title);
  const measures = readMeasures(flagship);

  const required: [boolean, string][] = [
    [read.metrics.some((m) => m.id === 'scale-current'), 'current scale (e.g. 整体规模达到20亿元)'],
    [read.metrics.some((m) => m.id === 'scale-target'), 'target scale (e.g. 50亿级产业链)'],
    [
      read.metrics.some((m) => m.id === 'enterprises-current'),
      'current firm count (e.g. 聚集10余家企业)',
    ],
    [
      read.metrics.some((m) => m.id === 'enterprises-new-target'),
      'new-firm target (e.g. 新引进30家企业)',
    ],
    [
      read.keyLinks.length > 0,
      'key links of chain-based investment (e.g. 瞄准压缩机、风机等关键环节)',
    ],
    [read.park !== null, 'the park (e.g. 规划建设约700亩的…产业园)'],
    [measures.length > 0, 'numbered measures (1. … 2. …)'],
    [read.industry !== null, 'the industry in the title (e.g. …汽车热管理产业链…)'],
    [
      flagSource.region !== null,
      'the region it governs (a place in data/regions.yaml named in its title or text)',
    ],
  ];
  for (const [ok, what] of required)
    if (!ok) problems.add(flagship.file, 1, 1, `required flagship fact not found: ${what}`);
  if (problems.errors.length > 0) return { map: null, problems };

  const map = buildMap({
    generator: GENERATOR,
    curated,
    sources,
    docs,
    flagship,
    read,
    measures,
    problems,
  });
  const line = regionLine(flagSource.region, curated.regions);
  const allowed = new Set(sources.filter((s) => line.has(s.region ?? '')).map((s) => s.id));
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  for (const v of checkMap(map, texts, allowed))
    problems.add(flagship.file, 1, 1, `invalid output: ${v}`);
  map.warnings = problems.warnings.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
  return { map: problems.errors.length > 0 ? null : map, problems };
}

/** Policies a document cites by title (《…》), linked to the seed with that title when there is one. */
function citations(
  doc: LoadedSource,
  sources: Source[],
): { title: string; matchesSource: string | null; evidence: Evidence[] }[] {
  const byTitle = new Map<
    string,
    { title: string; matchesSource: string | null; evidence: Evidence[] }
  >();
  for (const m of doc.view.matchAll(/《([^《》\n]{2,120})》/g)) {
    const s = m.index as number;
    const title = squeeze(doc.text.slice(s + 1, s + m[0].length - 1));
    const key = normKey(title);
    const entry = byTitle.get(key) ?? {
      title,
      matchesSource: sources.find((x) => x.id !== doc.id && normKey(x.title) === key)?.id ?? null,
      evidence: [],
    };
    entry.evidence.push(evidence(doc, s, s + m[0].length));
    byTitle.set(key, entry);
  }
  return [...byTitle.values()];
}
