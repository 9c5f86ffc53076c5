// "Reads, not knows", shown on documents of the genre written for the tests (tests/fixtures/genre:
// eight chain documents from places and chains nowhere else in the project, two city plans). All
// ten are compiled into one atlas, as a new user would drop them into seeds/; each document's
// facts are compared with its expected.yaml, written by hand from its text.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compile, type CompileResult } from '../../src/compile/node/compile.ts';
import type { Chain, ChainMap, ChainNode } from '../../src/contract/chain-map.ts';
import { placeKey, shortName } from '../../src/compile/text/places.ts';
import { industryKey } from '../../src/compile/extract/plan-industries.ts';
import { ROOT, gapTerms, writtenNames } from './helpers.ts';

const GENRE = join(ROOT, 'tests/fixtures/genre');
const names = readdirSync(GENRE)
  .filter((f) => !f.includes('.'))
  .sort();

interface ChainExpect {
  kind: 'chain';
  title: string;
  place: string;
  parents: string[];
  chain: string;
  metrics: Record<string, { value: number; qualifier?: string; quote: string }>;
  gaps: string[];
  park: { name: string; areaMu: number; standard?: string } | null;
  measures: { number: number; departments: string[]; policies: string[]; amounts: string[] }[];
  customers: string[];
  missing: string[];
}
interface PlanExpect {
  kind: 'plan';
  title: string;
  city: string;
  industries: {
    name: string;
    also: string[];
    focus: string[];
    engages: string[];
    targets: string[];
    hosts: string[];
  }[];
  zones: { name: string; also: string[]; hosts: Record<string, string[]> }[];
}
const expected = (name: string) =>
  parse(readFileSync(join(GENRE, name, 'expected.yaml'), 'utf8')) as ChainExpect | PlanExpect;

let dir = '';
let result: CompileResult;
let map: ChainMap;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chainmap-genre-'));
  for (const n of names) cpSync(join(GENRE, n, `${n}.txt`), join(dir, 'seeds', `${n}.txt`));
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  result = await compile({ seeds: join(dir, 'seeds'), data: join(dir, 'data'), root: dir });
  map = result.map as ChainMap;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const node = (id: string) => map.nodes.find((n) => n.id === id) as ChainNode;
const linked = (from: string, kind: string) =>
  map.links.filter((l) => l.source === from && l.kind === kind).map((l) => node(l.target));
const regionLine = (id: string): ChainNode[] => {
  const out: ChainNode[] = [];
  for (let r: string | null | undefined = id; r; r = node(r)?.parent) out.push(node(r));
  return out;
};
const sameIndustry = (a: string, b: string) => industryKey(a) === industryKey(b);
const coreOf = (s: string) => s.replace(/产业链$|产业$/, '');

it('compiles all eleven into one atlas, without errors', () => {
  expect(result.problems.errors).toEqual([]);
  expect(map.chains.filter((c) => c.kind === 'chain')).toHaveLength(9);
  // Ids never collide across documents (the invariants check it too).
  const ids = [...map.nodes.map((n) => n.id), ...map.chains.map((c) => c.id)];
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(names)('%s', (name) => {
  const want = expected(name);
  const source = () => map.sources.find((s) => s.id === name);

  it('title and genre', () => {
    expect(source()?.title).toBe(want.title);
    expect(source()?.genre).toBe(want.kind);
  });

  if (want.kind === 'chain') {
    const chain = () => map.chains.find((c) => c.sources[0] === name) as Chain;
    const own = (kind: string) =>
      map.nodes.filter((n) => n.chain === chain().id && n.kind === kind);

    it('place, and the places containing it', () => {
      const region = node(chain().region);
      expect(placeKey(region.name.zh)).toBe(placeKey(want.place));
      expect(
        regionLine(region.id)
          .slice(1)
          .map((r) => r.name.zh)
          .reverse(),
      ).toEqual(want.parents);
    });
    it('chain name', () => expect(coreOf(chain().name.zh)).toBe(coreOf(want.chain)));
    it('metrics with their exact sentences', () => {
      const got = Object.fromEntries(
        chain().metrics.map((m) => [
          m.id,
          { value: m.value, qualifier: m.qualifier, quote: m.evidence[0]?.quote },
        ]),
      );
      const exp = Object.fromEntries(
        Object.entries(want.metrics).map(([k, m]) => [
          k,
          { value: m.value, qualifier: m.qualifier, quote: m.quote },
        ]),
      );
      expect(got).toEqual(exp);
    });
    it('gap segments: each key link written, a gap with it as its evidence', () => {
      const gaps = own('segment').filter((s) => s.status === 'gap');
      const got = gapTerms(gaps, want.gaps);
      expect(got.missing).toEqual([]);
      expect(gaps.length).toBeLessThanOrEqual(want.gaps.length);
      expect(got.unexpected).toEqual([]);
    });
    it('park', () => {
      const parks = own('park');
      if (!want.park) expect(parks).toEqual([]);
      else
        expect({
          name: parks[0]?.name.zh,
          areaMu: parks[0]?.areaMu,
          standard: parks[0]?.standard,
        }).toEqual({
          standard: undefined,
          ...want.park,
        });
    });
    it('measures: responsible bodies, cited policies, amounts', () => {
      const measures = own('measure');
      const got = measures.map((m) => ({
        number: m.number,
        departments: linksTo(m.id, 'responsible-for').map((d) => d.name.zh),
        policies: linked(m.id, 'cites').map((p) => p.name.zh),
        amounts: (m.amounts ?? []).map((a) => `${a.value}${a.unit}`),
      }));
      expect(got).toEqual(want.measures);
    });
    it('customers named by the document, each a customer of the chain with its sentence', () => {
      const buyers = map.links
        .filter((l) => l.kind === 'customer-of' && l.target === chain().id)
        .map((l) => ({ node: node(l.source), ev: l.evidence[0] }));
      expect(buyers.length).toBe(want.customers.length);
      want.customers.forEach((c, k) => {
        const b = buyers[k];
        expect(b && (b.node.name.zh === c || b.node.search.aliases.includes(c)), c).toBe(true);
        expect(b?.ev?.quote).toBe(c);
      });
    });
    it('a missing fact is a warning, not an error', () => {
      for (const m of want.missing)
        expect(
          result.problems.warnings.some(
            (w) => w.file.endsWith(`${name}.txt`) && w.message.includes(MISSING[m] ?? m),
          ),
        ).toBe(true);
    });
  } else {
    const city = () =>
      map.nodes.find((n) => n.kind === 'region' && n.name.zh === want.city) as ChainNode;
    const industries = () =>
      map.chains.filter((c) => c.kind === 'industry' && c.region === city().id);

    it('the city', () => {
      expect(city()).toMatchObject({ level: 'city' });
      expect(source()?.regionId).toBe(city().id);
    });
    it.each(want.industries.map((i) => [i.name, i] as const))('industry %s', (_, ind) => {
      const chain = industries().find((c) => sameIndustry(c.title ?? c.name.zh, ind.name)) as Chain;
      expect(chain).toBeDefined();
      for (const also of ind.also)
        expect(industries().filter((c) => sameIndustry(c.name.zh, also))).toEqual([chain]);
      expect(
        writtenNames(map.nodes.filter((n) => n.chain === chain.id && n.kind === 'segment')),
      ).toEqual(ind.focus);
      // A firm the curated list knows (上汽集团 is an alias of 上汽) is that one node.
      const named = (nodes: ChainNode[], want: string[]) =>
        nodes.map((n, i) => (n.search.aliases.includes(want[i] as string) ? want[i] : n.name.zh));
      expect(named(linked(chain.id, 'targets'), ind.targets)).toEqual(ind.targets);
      expect(named(linked(chain.id, 'engages'), ind.engages)).toEqual(ind.engages);
      const hosts = map.links.filter((l) => l.kind === 'hosts' && l.target === chain.id);
      const short = shortName(want.city);
      for (const h of ind.hosts)
        expect(
          hosts.some((l) => placeKey(node(l.source).name.zh, short) === placeKey(h, short)),
        ).toBe(true);
    });
    it.each(want.zones.map((z) => [z.name, z] as const))('zone %s', (_, zone) => {
      const short = shortName(want.city);
      const z = map.nodes.find(
        (n) => n.kind === 'region' && placeKey(n.name.zh, short) === placeKey(zone.name, short),
      ) as ChainNode;
      expect(z).toMatchObject({ level: 'zone', parent: city().id });
      for (const also of zone.also)
        expect(
          map.nodes.filter(
            (n) => n.kind === 'region' && placeKey(n.name.zh, short) === placeKey(also, short),
          ),
        ).toEqual([z]);
      const hosted = map.links.filter(
        (l) =>
          (l.kind === 'hosts' && l.source === z.id && l.focus !== undefined) ||
          (l.kind === 'hosts' && l.source === z.id),
      );
      for (const [category, focus] of Object.entries(zone.hosts)) {
        const l = hosted.find((x) => {
          const c = map.chains.find((cc) => cc.id === x.target) as Chain;
          return (
            sameIndustry(c.name.zh, category) ||
            sameIndustry(c.title ?? '', category) ||
            x.evidence.some((e) => e.quote.startsWith(category))
          );
        });
        expect(l, category).toBeDefined();
        expect(l?.focus ?? []).toEqual(focus);
      }
    });
  }
});

const MISSING: Record<string, string> = {
  park: 'without a park',
  'enterprises-new-target': 'without new-firm target',
};

function linksTo(target: string, kind: string): ChainNode[] {
  return map.links.filter((l) => l.target === target && l.kind === kind).map((l) => node(l.source));
}
