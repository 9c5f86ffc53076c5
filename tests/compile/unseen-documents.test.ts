// Acceptance on documents nobody here had seen when the compiler was written (tests/fixtures/unseen:
// written by someone who had not read the compiler or the other fixtures, from places and chains
// nowhere else in the project, in phrasing the other fixtures lack), dropped into a copy of
// seeds/ beside the real documents, as a member of staff would.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Chain, ChainMap, ChainNode } from '../../src/contract/chain-map.ts';
import { placeKey, shortName } from '../../src/compile/text/places.ts';
import { industryKey } from '../../src/compile/extract/plan-industries.ts';
import { ROOT, featured, sandbox, gapTerms, writtenNames, type Sandbox } from './helpers.ts';
import type { Problems } from '../../src/compile/problems.ts';

const UNSEEN = join(ROOT, 'tests/fixtures/unseen');
const names = readdirSync(UNSEEN)
  .filter((f) => !f.includes('.'))
  .sort();

let box: Sandbox;
let map: ChainMap;
let problems: Problems;
beforeAll(async () => {
  box = sandbox();
  for (const n of names) cpSync(join(UNSEEN, n, `${n}.txt`), join(box.seeds, `${n}.txt`));
  const r = await box.compile();
  problems = r.problems;
  map = r.map as ChainMap;
});
afterAll(() => box.cleanup());

const node = (id: string) => map.nodes.find((n) => n.id === id) as ChainNode;
const out = (from: string, kind: string) =>
  map.links.filter((l) => l.source === from && l.kind === kind).map((l) => node(l.target));
const named = (n: ChainNode, want: string) => n.name.zh === want || n.search.aliases.includes(want);

it('compile beside the real seeds without errors; the featured chain stays the thermal chain', () => {
  expect(problems.errors).toEqual([]);
  expect(featured(map)?.name.zh).toBe('汽车热管理产业链');
});

describe.each(names)('%s', (name) => {
  const want = parse(readFileSync(join(UNSEEN, name, 'expected.yaml'), 'utf8'));
  if (want.kind === 'chain') {
    const chain = () => map.chains.find((c) => c.sources[0] === name) as Chain;
    const own = (kind: string) =>
      map.nodes.filter((n) => n.chain === chain().id && n.kind === kind);
    it('its own chain, in its own place', () => {
      expect(chain()).toMatchObject({ kind: 'chain' });
      expect(chain().name.zh.replace(/产业链$/, '')).toBe(
        String(want.chain).replace(/产业链$|产业$/, ''),
      );
      expect(placeKey(node(chain().region).name.zh)).toBe(placeKey(want.place));
    });
    it('metrics: each value, its number in its exact sentence', () => {
      const got = Object.fromEntries(chain().metrics.map((m) => [m.id, m]));
      for (const [id, m] of Object.entries(
        want.metrics as Record<string, { value: number; quote: string }>,
      )) {
        expect(got[id]?.value, id).toBe(m.value);
        const q = got[id]?.evidence[0]?.quote ?? '';
        expect(m.quote.includes(q) || q.includes(m.quote), `${id}: ${q} ~ ${m.quote}`).toBe(true);
      }
      expect(Object.keys(got).sort()).toEqual(Object.keys(want.metrics).sort());
    });
    it('gap segments: each key link written, a gap with it as its evidence', () => {
      const gaps = own('segment').filter((s) => s.status === 'gap');
      const got = gapTerms(gaps, want.gaps);
      expect(got.missing).toEqual([]);
      expect(gaps.length).toBeLessThanOrEqual(want.gaps.length);
      expect(got.unexpected).toEqual([]);
    });
    it('park', () => {
      const [park] = own('park');
      if (want.park === null) expect(park).toBeUndefined();
      else expect({ name: park?.name.zh, areaMu: park?.areaMu }).toEqual(want.park);
    });
    it('measures: lead bodies and amounts', () => {
      const got = own('measure').map((m) => ({
        number: m.number,
        departments: map.links
          .filter((l) => l.target === m.id && l.kind === 'responsible-for')
          .map((l) => node(l.source).name.zh),
        amounts: (m.amounts ?? []).map((a) => `${a.value}${a.unit}`),
      }));
      expect(got).toEqual(want.measures);
    });
    it('customers', () => {
      for (const c of want.customers as string[])
        expect(
          map.nodes.some((n) => named(n, c) && n.evidence.some((e) => e.source === name)),
          c,
        ).toBe(true);
    });
  } else {
    const city = () =>
      map.nodes.find((n) => n.kind === 'region' && n.name.zh === want.city) as ChainNode;
    const short = shortName(want.city);
    const sameIndustry = (a: string, b: string) => industryKey(a) === industryKey(b);
    it('the city', () => expect(city()).toMatchObject({ level: 'city' }));
    it.each((want.industries as { name: string }[]).map((i) => [i.name, i]))(
      'industry %s',
      (_, ind) => {
        const i = ind as {
          name: string;
          focus: string[];
          engages: string[];
          targets: string[];
          hosts: string[];
        };
        const chain = map.chains.find(
          (c) =>
            c.kind === 'industry' &&
            c.region === city().id &&
            sameIndustry(c.title ?? c.name.zh, i.name),
        ) as Chain;
        expect(chain).toBeDefined();
        expect(
          writtenNames(map.nodes.filter((n) => n.chain === chain.id && n.kind === 'segment')),
        ).toEqual(i.focus);
        const t = out(chain.id, 'targets');
        expect(t.length).toBe(i.targets.length);
        i.targets.forEach((x, k) => expect(named(t[k] as ChainNode, x), x).toBe(true));
        const e = out(chain.id, 'engages');
        expect(e.length).toBe(i.engages.length);
        i.engages.forEach((x, k) => expect(named(e[k] as ChainNode, x), x).toBe(true));
        const hosts = map.links
          .filter((l) => l.kind === 'hosts' && l.target === chain.id)
          .map((l) => node(l.source));
        for (const h of i.hosts)
          expect(
            hosts.some((r) => placeKey(r.name.zh, short) === placeKey(h, short)),
            h,
          ).toBe(true);
      },
    );
    it.each((want.zones as { name: string }[]).map((z) => [z.name, z]))('zone %s', (_, zone) => {
      const z = zone as { name: string; hosts: Record<string, string[]> };
      const region = map.nodes.find(
        (n) => n.kind === 'region' && placeKey(n.name.zh, short) === placeKey(z.name, short),
      ) as ChainNode;
      expect(region).toMatchObject({ level: 'zone', parent: city().id });
      for (const [category, focus] of Object.entries(z.hosts)) {
        const l = map.links.find(
          (x) =>
            x.kind === 'hosts' &&
            x.source === region.id &&
            x.evidence.some((e) => e.quote.startsWith(category)),
        );
        expect(l?.focus, category).toEqual(focus);
      }
    });
  }
});
