import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { breadcrumb, cityTable, homeCity, indexAtlas, ownerOf, roadmap } from './atlas.ts';

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

  it('roadmap support: the chain documents in the host places (汽车制造 → the thermal chain in 新乡经开区)', () => {
    expect(roadmap(a, named('汽车制造').id)?.support.map((c) => c.id)).toEqual([thermal.id]);
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
