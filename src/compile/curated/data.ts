/**
 * The curated knowledge in `data/`: taxonomy, regions, enterprises and glossary. Loaded with
 * positions, checked for unknown and duplicate ids and for `feeds` cycles; every problem reported.
 */
import type { Reference, Tier } from '../../contract/chain-map.ts';
import type { ProblemCode, Problems } from '../problems.ts';
import type { Validators } from '../host.ts';
import type { Folder } from '../io/folder.ts';
import { loadYaml, type YamlFile } from '../io/yaml-file.ts';
import { findCycle } from '../../contract/cycle.ts';

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
  segments: string[];
  customers?: string[];
  reference: Reference[];
}
export interface Term {
  en: string;
  aliases?: string[];
}
export interface Curated {
  industry: { zh: string; en: string; aliases?: string[] };
  segments: Segment[];
  regions: Region[];
  local: Firm[];
  customers: Firm[];
  terms: Record<string, Term>;
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
  const tax = loadYaml<{ industry: Curated['industry']; segments: Segment[] }>(
    data,
    'taxonomy.yaml',
    validators.taxonomy,
    problems,
  );
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
  if (!tax || !reg || !ent || !glo) return null;

  const segments = tax.value.segments.map((s) => ({ ...s, aliases: s.aliases ?? [] }));
  const segIds = uniqueIds(tax, 'segments', segments, problems);
  segments.forEach((s, i) =>
    s.feeds.forEach((f, j) => {
      if (!segIds.has(f))
        report(tax, ['segments', i, 'feeds', j], ['feeds-unknown', { id: f, of: s.id }], problems);
    }),
  );
  const cycle = findCycle(
    segments.map((s) => s.id),
    segments.flatMap((s) => s.feeds.map((f) => [s.id, f] as [string, string])),
  );
  if (cycle) {
    const i = segments.findIndex((s) => s.id === cycle[0]);
    report(tax, ['segments', i, 'feeds'], ['feeds-cycle', { cycle: cycle.join(' → ') }], problems);
  }

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
      f.segments.forEach((s, j) => {
        if (!segIds.has(s))
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
    industry: tax.value.industry,
    segments,
    regions,
    local,
    customers,
    terms: glo.value.terms,
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
