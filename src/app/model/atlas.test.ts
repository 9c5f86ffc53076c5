import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Chain, ChainMap } from '../../contract/chain-map.ts';
import {
  breadcrumb,
  cityTable,
  homeCity,
  indexAtlas,
  ownerOf,
  roadmap,
  sameIndustry,
  sharedFocus,
} from './atlas.ts';

const a = indexAtlas(JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap);
const thermal = a.map.chains.find((c) => c.featured)!;
const named = (zh: string) => a.map.chains.find((c) => c.name.zh === zh)!;

describe('the atlas model, on the compiled atlas', () => {
  it('breadcrumb: 新乡市 › 新乡经济技术开发区 › 汽车热管理产业链', () => {
    expect(breadcrumb(a, { chain: thermal.id }).map((c) => c.name.zh)).toEqual([
      '新乡市',
      '新乡经济技术开发区',
      '汽车热管理产业链',
    ]);
    expect(breadcrumb(a, { region: 'xinxiang' }).map((c) => c.id)).toEqual(['xinxiang']);
    expect(breadcrumb(a, { chain: named('化工产业').id }).map((c) => c.name.zh)).toEqual([
      '新乡市',
      '化工产业',
    ]);
  });

  it('home city: the featured chain’s', () => expect(homeCity(a)?.id).toBe('xinxiang'));

  it('city table: the 13 zones of the zone list (and 平原示范区, named by 依托 clauses), each cell the focus its zone list names', () => {
    const t = cityTable(a, 'xinxiang')!;
    expect(t.zones).toHaveLength(14);
    expect(t.zones.map((z) => z.name.zh)).toContain('平原示范区');
    expect(t.zones.map((z) => z.name.zh)).toContain('新乡经济技术开发区');
    const auto = t.industries.find((c) => c.name.zh === '汽车制造')!;
    expect(t.cell('xinxiang-etdz', auto.id)?.focus).toEqual([
      '汽车零部件及配件制造',
      '汽车电子制造',
      '新能源汽车整车配套',
      '公路养护材料',
    ]);
    expect(t.cell('xinxiang-etdz', auto.id)?.evidence[0]?.source).toBe('xinxiang-investment-plan');
    expect(t.chainsIn('xinxiang-etdz').map((c) => c.id)).toEqual([thermal.id]);
    // A zone that does not take in an industry has no cell.
    const services = t.zones.find((z) => z.name.zh.includes('现代服务业'))!;
    expect(t.cell(services.id, auto.id)).toBeNull();
  });

  it('roadmap of 化工产业: focus → targets → institutions → host places', () => {
    const r = roadmap(a, named('化工产业').id)!;
    expect(r.focus.map((n) => n.name.zh)).toContain('功能性薄膜');
    expect(r.targets.map((t) => t.node.name.zh).slice(0, 2)).toEqual(['万华化学', '宝丰能源']);
    expect(r.engages.every((e) => e.evidence.length > 0)).toBe(true);
    expect(r.hosts.map((h) => h.region.name.zh)).toEqual(
      expect.arrayContaining(['获嘉县', '延津县']),
    );
    // 现代化工 of the zone list is this industry (glossary alias): the zones that take it in host it.
    expect(r.hosts.some((h) => h.region.level === 'zone' && h.focus.length > 0)).toBe(true);
  });

  it('roadmap support: only what a document ties to the industry; the host places’ own chains apart', () => {
    // 化工产业: the plan names no measure for it and no 化工 chain lies in its places; the
    // thermal chain of 新乡经开区 (one of its host zones) is that zone's own chain, not its support.
    const chem = roadmap(a, named('化工产业').id)!;
    expect(chem.support.measures).toEqual([]);
    expect(chem.support.chains).toEqual([]);
    expect(chem.support.placeChains.map((c) => c.id)).toEqual([thermal.id]);
    // Nor is the thermal chain 汽车制造's own: no document says it is part of that industry.
    expect(roadmap(a, named('汽车制造').id)?.support.chains).toEqual([]);
    // The chain document's own roadmap has its numbered measures.
    expect(roadmap(a, thermal.id)?.support.measures.map((m) => m.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
  });

  it('sameIndustry: by the names without their endings', () => {
    const chain = (zh: string, title?: string): Chain => ({
      id: zh,
      kind: 'chain',
      name: { zh, en: '' },
      region: '',
      sources: [],
      metrics: [],
      ...(title ? { title } : {}),
    });
    expect(sameIndustry(chain('化工产业链'), chain('化工产业'))).toBe(true);
    expect(sameIndustry(chain('化工产业链'), chain('化工产业', '现代化工'))).toBe(true);
    expect(sameIndustry(chain('汽车热管理产业链'), chain('化工产业'))).toBe(false);
    expect(sameIndustry(chain('汽车热管理产业链'), chain('汽车制造'))).toBe(false);
  });

  it('roadmap hosts: a zone inside its county, every focus item once', () => {
    const r = roadmap(a, named('化工产业').id)!;
    const huojia = r.hosts.find((h) => h.region.name.zh === '获嘉县')!;
    expect(huojia.inside.map((h) => h.region.name.zh)).toEqual(['获嘉县先进制造业开发区']);
    expect(r.hosts.map((h) => h.region.name.zh)).not.toContain('获嘉县先进制造业开发区');
    const yanjin = r.hosts.find((h) => h.region.name.zh === '延津县')!;
    expect(yanjin.inside.map((h) => h.region.name.zh)).toEqual(['延津县先进制造业开发区']);
    for (const h of [...r.hosts, ...r.hosts.flatMap((x) => x.inside)])
      expect(new Set(h.focus).size, h.region.name.zh).toBe(h.focus.length);
  });

  it('owner: a node’s chain, a place’s parent, a firm’s first industry', () => {
    const whhx = a.map.nodes.find((n) => n.name.zh === '万华化学')!;
    expect(ownerOf(a, whhx)?.zh).toBe('化工产业');
    expect(ownerOf(a, a.nodes.get('xinxiang-etdz')!)?.zh).toBe('新乡市');
    expect(
      ownerOf(
        a,
        a.map.nodes.find((n) => n.chain === thermal.id)!,
      )?.zh,
    ).toBe('汽车热管理产业链');
  });
});

describe('sharedFocus: the focus items several zones of a city chase', () => {
  const t = cityTable(a, 'xinxiang')!;
  const shared = sharedFocus(t);
  it('lists each item two or more zones name, in its industry, most zones first', () => {
    expect(shared.length).toBeGreaterThan(0);
    for (const s of shared) {
      expect(s.zones.length).toBeGreaterThan(1);
      for (const z of s.zones) expect(t.cell(z.zone.id, s.industry.id)?.focus).toContain(s.focus);
    }
    const counts = shared.map((s) => s.zones.length);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });
  it('misses none: every item named in two zones of one industry is there', () => {
    let expected = 0;
    for (const c of t.industries) {
      const n = new Map<string, number>();
      for (const z of t.zones)
        for (const f of t.cell(z.id, c.id)?.focus ?? []) n.set(f, (n.get(f) ?? 0) + 1);
      expected += [...n.values()].filter((v) => v > 1).length;
    }
    expect(shared.length).toBe(expected);
  });
  it('gives each zone the sentence that names the item when there is one', () => {
    for (const s of shared)
      for (const z of s.zones) {
        const cell = t.cell(z.zone.id, s.industry.id)!;
        if (cell.evidence.some((e) => e.quote.includes(s.focus)))
          expect(z.evidence?.quote).toContain(s.focus);
      }
  });
  it('one zone alone overlaps with nothing', () => {
    expect(sharedFocus(t, t.zones.slice(0, 1))).toEqual([]);
  });
});
