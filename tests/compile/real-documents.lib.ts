// Shared by the table test of real published openings (tests/fixtures/real) and its diagnosis
// script: compile them beside the seeds, and compare each document's reading with its
// hand-checked expected.yaml, field by field.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ChainMap, ChainNode } from '../../src/contract/chain-map.ts';
import { placeKey } from '../../src/compile/text/places.ts';
import { ROOT, sandbox } from './helpers.ts';
import type { Problems } from '../../src/compile/problems.ts';

// REAL_DIR (a diagnosis run only) reads another folder of the same shape.
export const REAL = process.env.REAL_DIR ?? join(ROOT, 'tests/fixtures/real');
export const realNames = readdirSync(REAL)
  .filter((f) => !f.includes('.'))
  .sort();

export interface Figure {
  value: number;
  unit: string;
  year: number | null;
  target: boolean;
  quote: string;
  qualifier?: string;
  band?: string;
  max?: number;
}
export interface RealExpect {
  kind: 'chain' | 'context';
  title: string | null;
  issuer: string[] | null;
  date: string | null;
  docNumber: string | null;
  place: string | null;
  level: string | null;
  chain: string | null;
  figures: Figure[];
}
export const expectedOf = (name: string): RealExpect =>
  parse(readFileSync(join(REAL, name, 'expected.yaml'), 'utf8')) as RealExpect;

export type Field =
  'kind' | 'title' | 'issuer' | 'date' | 'docNumber' | 'place' | 'chain' | 'figures';
export const FIELDS: Field[] = [
  'kind',
  'title',
  'issuer',
  'date',
  'docNumber',
  'place',
  'chain',
  'figures',
];

const bare = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
const core = (s: string) => s.replace(/产业链$|产业集群$|产业$/, '');

/** Compiles the seeds and every real opening into one atlas. */
export async function compileReal(): Promise<{ map: ChainMap; problems: Problems }> {
  const box = sandbox();
  for (const n of realNames) cpSync(join(REAL, n, `${n}.txt`), join(box.seeds, `${n}.txt`));
  const r = await box.compile();
  box.cleanup();
  return { map: r.map as ChainMap, problems: r.problems };
}

/** What the compiler read for one field, and what the expected.yaml says, in one comparable form. */
export function field(map: ChainMap, name: string, f: Field): { got: unknown; want: unknown } {
  const want = expectedOf(name);
  const src = map.sources.find((s) => s.id === name);
  const chain = map.chains.find((c) => c.sources[0] === name && c.kind === 'chain');
  const node = (id: string | null | undefined) => map.nodes.find((n) => n.id === id) as ChainNode;
  switch (f) {
    case 'kind':
      return { got: src?.genre, want: want.kind };
    case 'title':
      return {
        got: want.title === null ? null : bare(src?.title),
        want: want.title && bare(want.title),
      };
    case 'issuer':
      return {
        got: src?.issuer ? src.issuer.split('、').map(bare) : null,
        want: want.issuer?.map(bare) ?? null,
      };
    case 'date':
      return { got: src?.date ?? null, want: want.date ? String(want.date).slice(0, 10) : null };
    case 'docNumber':
      return { got: src?.docNumber ?? null, want: want.docNumber };
    case 'place': {
      const region = src?.regionId ? node(src.regionId)?.name.zh : src?.region;
      return {
        got: region ? placeKey(region) : null,
        want: want.place ? placeKey(want.place) : null,
      };
    }
    case 'chain':
      return {
        got: chain ? core(chain.name.zh) : null,
        want: want.chain ? core(want.chain) : null,
      };
    case 'figures': {
      // Each expected figure: a metric of the chain with its value, unit and year, whose quote
      // and the expected one contain each other, and whose id says target or current.
      if (want.kind !== 'chain') return { got: null, want: null };
      const got = want.figures.map((w) => {
        const m = chain?.metrics.find(
          (x) =>
            x.value === w.value &&
            x.unit === w.unit &&
            x.evidence.some(
              (e) => bare(e.quote).includes(bare(w.quote)) || bare(w.quote).includes(bare(e.quote)),
            ),
        );
        if (!m) return null;
        const target = !/current$/.test(m.id);
        return { value: m.value, unit: m.unit, year: m.year ?? null, target };
      });
      return {
        got,
        want: want.figures.map((w) => ({
          value: w.value,
          unit: w.unit,
          year: w.year ?? null,
          target: w.target,
        })),
      };
    }
  }
}
