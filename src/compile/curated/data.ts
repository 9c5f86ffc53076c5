/**
 * The curated knowledge in `data/`: the industry-chain library (`chains/*.yaml`), regions,
 * enterprises and glossary. Loaded with positions, checked for unknown and duplicate ids, names
 * used twice in a chain, tiers and `feeds` cycles; every problem reported at `file:line:col`.
 */
import type { Reference, Tier } from '../../contract/chain-map.ts';
import type { ProblemCode, Problems } from '../problems.ts';
import type { Validators } from '../host.ts';
import type { Folder } from '../io/folder.ts';
import { loadYaml, type YamlFile } from '../io/yaml-file.ts';
import { findCycle } from '../../contract/cycle.ts';
import { normKey } from '../text/key.ts';
import { shortPlaceName, type GazetteerPlace } from '../text/places.ts';

export interface Segment {
  id: string;
  zh: string;
  en: string;
  full?: { zh: string; en: string };
  tier: Exclude<Tier, 'unclassified'>;
  aliases: string[];
  feeds: string[];
  confidence?: string;
  reference: Reference[];
  /** Leading firms a source names for the segment (industry reference). */
  firms?: { zh: string; en: string; reference: Reference[] }[];
}
/** One chain of the industry-chain library (data/chains/<id>.yaml). */
export interface LibraryChain {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
  confidence?: string;
  reference: Reference[];
  segments: Segment[];
  /** The file, as problems name it (`data/chains/<id>.yaml`). */
  file: string;
}
export interface Region {
  id: string;
  zh: string;
  en: string;
  aliases?: string[];
  level: string;
  parent?: string;
  reference: Reference[];
}
export interface Firm {
  id: string;
  zh: string;
  en: string;
  aliases?: string[];
  region?: string;
  /** The library chain whose segments `segments` names. */
  chain?: string;
  segments: string[];
  customers?: string[];
  reference: Reference[];
}
export interface Term {
  en: string;
  aliases?: string[];
  /** Where the English name comes from (a firm's own site). */
  reference?: Reference[];
  note?: string;
}
export interface Curated {
  library: LibraryChain[];
  regions: Region[];
  local: Firm[];
  customers: Firm[];
  terms: Record<string, Term>;
  /** Generic words of company names in English (data/names.yaml), for transliterations. */
  words?: Record<string, string>;
  /** The cities of China (data/places.yaml), for a title that names its city without 市. */
  places?: GazetteerPlace[];
}

/**
 * Loads every file in the data folder, each checked by its schema (compile/schemas.ts); returns
 * null when any of them has an error.
 */
export function loadCurated(
  data: Folder,
  validators: Validators,
  problems: Problems,
): Curated | null {
  const before = problems.errors.length;
  const library = loadLibrary(data.sub('chains'), validators, problems);
  const reg = loadYaml<{ regions: Region[] }>(data, 'regions.yaml', validators.regions, problems);
  const ent = loadYaml<{ local?: Firm[]; customers?: Firm[] }>(
    data,
    'enterprises.yaml',
    validators.enterprises,
    problems,
  );
  const glo = loadYaml<{ terms: Record<string, Term> }>(
    data,
    'glossary.yaml',
    validators.glossary,
    problems,
  );
  // data/names.yaml: English names of firms, institutions and focus areas (the glossary's format).
  const names = data.has('names.yaml')
    ? loadYaml<{ terms: Record<string, Term>; words?: Record<string, string> }>(
        data,
        'names.yaml',
        validators.glossary,
        problems,
      )
    : null;
  // data/places.yaml: the cities of China by province (optional).
  const gaz = data.has('places.yaml')
    ? loadYaml<{ provinces: Record<string, { cities?: string[]; 'county-level'?: string[] }> }>(
        data,
        'places.yaml',
        validators.places,
        problems,
      )
    : null;
  if (!reg || !ent || !glo || (data.has('names.yaml') && !names)) return null;
  if (data.has('places.yaml') && !gaz) return null;
  for (const zh of Object.keys(names?.value.terms ?? {}))
    if (zh in glo.value.terms)
      report(names as YamlFile<unknown>, ['terms', zh], ['duplicate-id', { id: zh }], problems);

  const regions = reg.value.regions;
  const regionIds = uniqueIds(reg, 'regions', regions, problems);
  regions.forEach((r, i) => {
    if (r.parent && !regionIds.has(r.parent))
      report(reg, ['regions', i, 'parent'], ['unknown-region', { id: r.parent }], problems);
  });

  const local = ent.value.local ?? [];
  const customers = ent.value.customers ?? [];
  const localIds = uniqueIds(ent, 'local', local, problems);
  const customerIds = uniqueIds(ent, 'customers', customers, problems);
  for (const id of localIds)
    if (customerIds.has(id)) report(ent, ['customers'], ['id-twice', { id }], problems);
  for (const [group, list] of [
    ['local', local],
    ['customers', customers],
  ] as const) {
    list.forEach((f, i) => {
      const chain = library.find((c) => c.id === f.chain);
      if (f.chain && !chain)
        report(ent, [group, i, 'chain'], ['unknown-chain', { id: f.chain }], problems);
      f.segments.forEach((s, j) => {
        if (!chain?.segments.some((x) => x.id === s))
          report(ent, [group, i, 'segments', j], ['unknown-segment', { id: s }], problems);
      });
      (f.customers ?? []).forEach((c, j) => {
        if (!customerIds.has(c))
          report(ent, [group, i, 'customers', j], ['unknown-customer', { id: c }], problems);
      });
      if (f.region && !regionIds.has(f.region))
        report(ent, [group, i, 'region'], ['unknown-region', { id: f.region }], problems);
    });
  }

  if (problems.errors.length > before) return null;
  return {
    library,
    regions,
    local,
    customers,
    terms: { ...glo.value.terms, ...names?.value.terms },
    words: names?.value.words ?? {},
    places: Object.entries(gaz?.value.provinces ?? {}).flatMap(([province, p]) =>
      [...(p.cities ?? []), ...(p['county-level'] ?? [])].flatMap((zh) => {
        const short = shortPlaceName(zh);
        return short ? [{ zh, short, province }] : [];
      }),
    ),
  };
}

function uniqueIds<T extends { id: string }>(
  f: YamlFile<unknown>,
  key: string,
  list: T[],
  problems: Problems,
): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) report(f, [key, i, 'id'], ['duplicate-id', { id: item.id }], problems);
    seen.add(item.id);
  });
  return seen;
}

function report(
  f: YamlFile<unknown>,
  path: (string | number)[],
  [code, params]: [ProblemCode, Record<string, string>],
  problems: Problems,
): void {
  const { line, col } = f.at(path);
  problems.add(f.file, line, col, code, params);
}

/**
 * The industry-chain library: every `.yaml` of `chains`, each checked by its schema and for ids
 * (the file's name), segment ids and names used twice, `feeds` that do not resolve or form a
 * cycle, and fewer than three of the tiers upstream, midstream, downstream.
 */
/** Library chains loaded with no problem, by file label and text (see loadLibrary). */
const LOADED = new Map<string, LibraryChain>();

export function loadLibrary(
  chains: Folder,
  validators: Validators,
  problems: Problems,
): LibraryChain[] {
  if (!chains.exists) return [];
  const out: LibraryChain[] = [];
  for (const name of chains
    .names()
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    type File = { chain: Omit<LibraryChain, 'segments' | 'file'>; segments: Segment[] };
    // A file read before with no problem, the same bytes, is the same chain: a second compile in
    // one process (the tests, the benchmarks, a watching build) does not parse it again.
    const bytes = chains.read(name, problems);
    if (!bytes) continue;
    const key = `${chains.labelOf(name)}\0${new TextDecoder().decode(bytes)}`;
    const seen = LOADED.get(key);
    if (seen) {
      out.push(seen);
      continue;
    }
    const f = loadYaml<File>(chains, name, validators.chain, problems);
    if (!f) continue;
    const before = problems.errors.length;
    const { chain } = f.value;
    const stem = name.replace(/\.ya?ml$/, '');
    if (chain.id !== stem)
      report(f, ['chain', 'id'], ['library-id', { id: chain.id, file: stem }], problems);
    const segments = f.value.segments.map((x) => ({
      ...x,
      aliases: (x.aliases ?? []).map(String),
      feeds: x.feeds ?? [],
    }));
    const ids = uniqueIds(f, 'segments', segments, problems);
    // A name (or alias) means one segment of the chain.
    const owner = new Map<string, string>();
    segments.forEach((x, i) => {
      [x.zh, ...x.aliases].forEach((n, j) => {
        const k = nameKey(n);
        const had = owner.get(k);
        if (had !== undefined && had !== x.id)
          report(
            f,
            j === 0 ? ['segments', i, 'zh'] : ['segments', i, 'aliases', j - 1],
            ['library-name-twice', { name: n, segment: x.id, also: had }],
            problems,
          );
        else owner.set(k, x.id);
      });
      x.feeds.forEach((t, j) => {
        if (!ids.has(t))
          report(f, ['segments', i, 'feeds', j], ['feeds-unknown', { id: t, of: x.id }], problems);
      });
    });
    const cycle = findCycle(
      segments.map((x) => x.id),
      segments.flatMap((x) => x.feeds.map((t) => [x.id, t] as [string, string])),
    );
    if (cycle) {
      const i = segments.findIndex((x) => x.id === cycle[0]);
      report(f, ['segments', i, 'feeds'], ['feeds-cycle', { cycle: cycle.join(' → ') }], problems);
    }
    const tiers = new Set(segments.map((x) => x.tier).filter((t) => t !== 'service'));
    if (tiers.size < 3)
      report(
        f,
        ['segments'],
        ['library-tiers', { tiers: [...tiers].join(', ') || 'none' }],
        problems,
      );
    if (problems.errors.length > before) continue;
    const loaded: LibraryChain = {
      ...chain,
      aliases: (chain.aliases ?? []).map(String),
      segments,
      file: f.file,
    };
    LOADED.set(key, loaded);
    out.push(loaded);
  }
  return out;
}

/** The key by which two names of a library chain are one: no spaces, half-width, lower case. */
export function nameKey(n: string): string {
  return normKey(n).toLowerCase();
}
