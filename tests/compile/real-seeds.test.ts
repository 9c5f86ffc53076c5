// The compiler on the five real documents: what an investor would read off the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileReal, byId, ofKind, gaps, metric, ROOT, FLAGSHIP } from './helpers.ts';
import { checkMap } from '../../src/compile/validate.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';

const { map: compiled, problems } = compileReal();
const map = compiled as ChainMap;
const flagshipText = readFileSync(join(ROOT, 'seeds', FLAGSHIP), 'utf8');

describe('real seeds', () => {
  it('compiles without errors', () => {
    expect(problems.errors).toEqual([]);
    expect(map).not.toBeNull();
  });

  it('matches the committed data/chain-map.json byte for byte (run `npm run compile` if this fails)', () => {
    const committed = readFileSync(join(ROOT, 'data/chain-map.json'), 'utf8');
    expect(`${JSON.stringify(map, null, 2)}\n`).toBe(committed);
  });

  it('is reproducible: two compiles give identical output', () => {
    expect(JSON.stringify(compileReal().map)).toBe(JSON.stringify(map));
  });

  it('meets every contract invariant (schema, quotes, endpoints, DAG)', () => {
    const texts = new Map(
      map.sources.map((s) => [
        s.id,
        readFileSync(join(ROOT, s.file), 'utf8').replace(/^\ufeff/, ''),
      ]),
    );
    expect(checkMap(map, texts)).toEqual([]);
  });

  it.each([
    ['scale-current', 20, '亿元', undefined],
    ['enterprises-current', 10, '家', '余'],
    ['enterprises-new-target', 30, '家', undefined],
    ['scale-target', 50, '亿元', '级'],
    ['park-area', 700, '亩', '约'],
  ])('reads metric %s = %d %s (%s) with its quote', (id, value, unit, qualifier) => {
    const m = metric(map, id);
    expect(m).toMatchObject({ value, unit });
    expect(m?.qualifier).toBe(qualifier);
    expect(m?.evidence[0]?.quote).toContain(String(value));
  });

  it('finds the seven key links as gap segments, each quoting the key-link sentence', () => {
    const names = gaps(map).map((n) => n.evidence[0]?.quote);
    expect(names.sort()).toEqual(
      ['压缩机', '风机', '壳体', '电子膨胀阀', '线束', '涂装', '集成电路'].sort(),
    );
    for (const g of gaps(map)) {
      const e = g.evidence[0];
      expect(e?.source).toBe('xinxiang-etdz-thermal-measures');
      expect(flagshipText.slice((e?.start ?? 0) - 40, e?.end).includes('瞄准')).toBe(true);
    }
  });

  it('reads the park: area, location, standard, and gap segments land in it', () => {
    const [park] = ofKind(map, 'park');
    expect(park).toMatchObject({
      areaMu: 700,
      location: '花园路与榆东路区域',
      standard: '九通一平',
    });
    expect(park?.name.zh).toBe('汽车热管理产业园');
    const landing = map.links.filter((l) => l.kind === 'located-in' && l.target === park?.id);
    expect(landing).toHaveLength(7);
  });

  it('reads 13 measures under 10 headings, each with its departments', () => {
    const measures = ofKind(map, 'measure');
    expect(measures.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(new Set(measures.map((m) => m.heading)).size).toBe(10);
    for (const m of measures) {
      const depts = map.links.filter((l) => l.kind === 'responsible-for' && l.target === m.id);
      expect(depts.length, `departments of ${m.id}`).toBeGreaterThan(0);
    }
    expect(byId(map, 'measure-1')?.heading).toBe('实施链式招商行动');
  });

  it('reads amounts with their kinds (measure 5: 30%, 30万元 a year, 一次性500万元 …)', () => {
    const amounts = byId(map, 'measure-5')?.amounts ?? [];
    const seen = amounts.map((a) => `${a.value}${a.unit}:${a.kind}`);
    expect(seen).toContain('30%:subsidy-rate');
    expect(seen).toContain('30万元:cap-per-enterprise-per-year');
    expect(seen).toContain('500万元:one-off');
    expect(seen).toContain('60万元:cap-per-project');
    const m10 = (byId(map, 'measure-10')?.amounts ?? []).map(
      (a) => `${a.value}${a.unit}:${a.kind}`,
    );
    expect(m10).toEqual(
      expect.arrayContaining([
        '1%:interest-subsidy-rate',
        '2年:term',
        '500万元:cap-per-project-per-year',
      ]),
    );
  });

  it('links cited policies, and the cited action plan matches its seed', () => {
    const policies = ofKind(map, 'policy');
    expect(policies.length).toBeGreaterThanOrEqual(20);
    const plan = policies.find((p) => p.title === '河南省开发区产业集群培育和提升三年行动方案');
    expect(plan?.matchesSource).toBe('henan-zone-cluster-action-plan');
    expect(
      map.links.some(
        (l) => l.kind === 'cites' && l.source === 'measure-3' && l.target === plan?.id,
      ),
    ).toBe(true);
  });

  it('reads key customers, date in force and duration', () => {
    expect(
      ofKind(map, 'customer')
        .map((c) => c.name.zh)
        .sort(),
    ).toEqual(['上汽', '比亚迪'].sort());
    const flagship = map.sources.find((s) => s.role === 'flagship');
    expect(flagship?.effective).toMatchObject({ from: '2026-01-01', years: 3 });
  });

  it('reads each document’s title, region and date from its text; the Zhumadian draft is not Xinxiang', () => {
    const by = (id: string) => map.sources.find((s) => s.id === id);
    expect(by('xinxiang-etdz-thermal-measures')).toMatchObject({
      title: '新乡经开区汽车热管理产业链健康快速发展十条措施',
      region: '新乡经济技术开发区',
      titleFrom: 'text',
    });
    expect(by('xinxiang-investment-plan')).toMatchObject({
      region: '新乡市',
      date: '2022-12-07',
      kind: 'plan',
    });
    expect(by('zhumadian-industrial-opinions')).toMatchObject({
      region: '驻马店市',
      issuer: null,
      date: null,
    });
    expect(by('henan-zone-cluster-action-plan')).toMatchObject({
      title: '河南省开发区产业集群培育和提升三年行动方案',
      issuer: '河南省人民政府办公厅',
      region: '河南省',
    });
    expect(by('henan-industrial-growth-notice')).toMatchObject({
      region: '河南省',
      titleFrom: 'manifest',
    });
  });

  it('never cites the other city’s document for a Xinxiang fact', () => {
    const all = JSON.stringify({ chains: map.chains, nodes: map.nodes, links: map.links });
    expect(all).not.toContain('"source": "zhumadian-industrial-opinions"');
    expect(all).not.toContain('"source":"zhumadian-industrial-opinions"');
    expect(map.chains[0]?.sources).not.toContain('zhumadian-industrial-opinions');
  });

  it('strips bookmark markers and web-page residue from what it extracts', () => {
    const all = JSON.stringify(map);
    expect(all).not.toContain('bookmark');
    expect(all).not.toContain('OLE_LINK');
    expect(all).not.toContain('400-168-6016'); // hotline in the residue of the city plan
    expect(all).not.toContain('特朗普'); // headline list after the provincial action plan
  });

  it('gives every node pinyin and initials for search', () => {
    const c = gaps(map).find((g) => g.name.zh === '压缩机');
    expect(c?.search).toMatchObject({ pinyin: 'ya suo ji', initials: 'ysj' });
    expect(gaps(map).find((g) => g.name.zh === '电子膨胀阀')?.search.aliases).toContain('EXV');
    for (const n of map.nodes) expect(n.search.pinyin.length, n.id).toBeGreaterThan(0);
  });
});
