// "It reads, it does not know": change a document and the map follows; documents we wrote in the
// same genre about other zones compile into their own chains.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  sandbox,
  byId,
  gaps,
  metric,
  ofKind,
  ROOT,
  FLAGSHIP,
  featured,
  local,
  type Sandbox,
} from './helpers.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';

let box: Sandbox | null = null;
afterEach(() => box?.cleanup());

const edited = async (change: (t: string) => string): Promise<ChainMap> => {
  box = sandbox();
  box.edit(`seeds/${FLAGSHIP}`, change);
  const { map, problems } = await box.compile();
  expect(problems.errors).toEqual([]);
  return map as ChainMap;
};

describe('an edited flagship', () => {
  it('drops 压缩机 from the key links → the compressor is no longer a gap', async () => {
    const map = await edited((t) => t.replace('瞄准压缩机、', '瞄准'));
    expect(gaps(map).map((g) => g.name.zh)).not.toContain('压缩机');
    expect(gaps(map)).toHaveLength(6);
    expect(byId(map, local('mid-e-compressor'))?.status).toBe('context');
  });

  it('changes 700亩 to 800亩 → the park and its metric say 800', async () => {
    const map = await edited((t) => t.replace('约700亩', '约800亩'));
    expect(ofKind(map, 'park')[0]?.areaMu).toBe(800);
    expect(metric(map, 'park-area')?.value).toBe(800);
  });

  it('removes a 责任部门 → that department no longer answers for the measure', async () => {
    const map = await edited((t) =>
      t.replace(
        '（责任部门：区自然资源和规划局、区住房和城市建设局、区综合行政执法局）',
        '（责任部门：区住房和城市建设局、区综合行政执法局）',
      ),
    );
    const forM2 = map.links
      .filter((l) => l.kind === 'responsible-for' && l.target === local('measure-2'))
      .map((l) => l.source);
    expect(forM2).not.toContain('xinxiang-etdz-qu-zi-ran-zi-yuan-he-gui-hua-ju');
    expect(forM2).toHaveLength(2);
    expect(byId(map, 'xinxiang-etdz-qu-zi-ran-zi-yuan-he-gui-hua-ju')).toBeUndefined();
  });

  it('changes the scale and firm targets → the metrics follow, numerals included', async () => {
    const map = await edited((t) =>
      t
        .replace('整体规模达到20亿元', '整体规模达到二十五亿元')
        .replace('新引进30家', '新引进４０家'),
    );
    expect(metric(map, 'scale-current')?.value).toBe(25);
    expect(metric(map, 'enterprises-new-target')?.value).toBe(40);
  });
});

describe('a document we wrote: same industry, another zone, other phrasing', () => {
  it('yields that zone’s chain, gaps, park and measures', async () => {
    box = sandbox(join(ROOT, 'tests/fixtures/xuchang-thermal'));
    const { map: m, problems } = await box.compile();
    expect(problems.errors).toEqual([]);
    const map = m as ChainMap;
    const chain = featured(map);
    expect(chain).toMatchObject({ region: 'xuchang-etdz', name: { zh: '汽车热管理产业链' } });
    const scoped = (id: string) => `${chain?.id}-${id}`;
    expect(metric(map, 'scale-current')).toMatchObject({ value: 15, qualifier: '约' });
    expect(metric(map, 'enterprises-current')?.value).toBe(8);
    expect(metric(map, 'enterprises-new-target')).toMatchObject({ value: 20, qualifier: '余' });
    expect(metric(map, 'scale-target')).toMatchObject({ value: 100, qualifier: '级' });
    expect(
      gaps(map)
        .map((g) => g.id)
        .sort(),
    ).toEqual([
      scoped('mid-cold-plate'),
      scoped('mid-controller'),
      scoped('mid-e-pump'),
      scoped('mid-hvac-heatpump'),
      scoped('mid-sensors'),
    ]);
    expect(ofKind(map, 'park')[0]).toMatchObject({
      areaMu: 500,
      location: '东城大道以北',
      standard: '七通一平',
    });
    const measures = ofKind(map, 'measure');
    expect(measures.map((x) => x.number)).toEqual([1, 2, 3, 4, 5]);
    const m3 = (byId(map, scoped('measure-3'))?.amounts ?? []).map(
      (a) => `${a.value}${a.unit}:${a.kind}`,
    );
    expect(m3).toEqual(['10%:subsidy-rate', '200万元:one-off']);
    const m4 = (byId(map, scoped('measure-4'))?.amounts ?? []).map(
      (a) => `${a.value}${a.unit}:${a.kind}`,
    );
    expect(m4).toEqual([
      '2%:interest-subsidy-rate',
      '3年:term',
      '100万元:cap-per-enterprise-per-year',
    ]);
    expect(
      map.links.filter((l) => l.kind === 'responsible-for' && l.target === scoped('measure-4')),
    ).toHaveLength(2);
    expect(map.sources[0]?.effective).toMatchObject({ from: '2027-03-01', years: 5 });
    // The Xinxiang zone's local firm is not placed in another zone.
    expect(ofKind(map, 'enterprise')).toEqual([]);
  });

  it('a different industry is drawn on its own library chain: its gaps in tiers where the library names them, a warning naming the file for the rest', async () => {
    box = sandbox(join(ROOT, 'tests/fixtures/xuchang-biomed'));
    const { map: m, problems } = await box.compile();
    expect(problems.errors).toEqual([]);
    const map = m as ChainMap;
    expect(featured(map)?.name.zh).toBe('生物医药产业链');
    expect(featured(map)?.library?.id).toBe('biomedicine');
    const g = gaps(map);
    expect(g.map((x) => x.evidence[0]?.quote)).toEqual([
      '原料药',
      '医疗器械',
      '体外诊断试剂',
      'CRO服务',
    ]);
    const unclassified = g.filter((x) => x.tier === 'unclassified');
    expect(
      problems.warnings.filter(
        (w) => w.code === 'segment-unmatched' && w.message.includes('data/chains/biomedicine.yaml'),
      ),
    ).toHaveLength(unclassified.length);
    expect(g.length - unclassified.length).toBeGreaterThan(0);
    expect(ofKind(map, 'park')[0]?.areaMu).toBe(300);
  });

  it('a document dropped into seeds/ becomes its own chain in its own place, with no code change; the thermal chain never cites it', async () => {
    box = sandbox();
    box.write(
      'seeds/new-biomed-measures.txt',
      readFileSync(join(ROOT, 'tests/fixtures/xuchang-biomed/xuchang-biomed-measures.txt')),
    );
    const { map: m, problems } = await box.compile();
    expect(problems.errors).toEqual([]);
    const map = m as ChainMap;
    expect(map.sources.find((s) => s.id === 'new-biomed-measures')).toMatchObject({
      title: '许昌经开区生物医药产业链发展十条措施',
      region: '许昌经济技术开发区',
      regionId: 'xuchang-etdz',
      genre: 'chain',
      kind: 'measures',
      date: '2026-07-01',
    });
    const biomed = map.chains.find((c) => c.sources[0] === 'new-biomed-measures');
    expect(biomed).toMatchObject({
      kind: 'chain',
      region: 'xuchang-etdz',
      name: { zh: '生物医药产业链' },
    });
    expect(map.nodes.filter((n) => n.chain === biomed?.id && n.kind === 'measure')).toHaveLength(3);
    // The featured chain is still the thermal chain, and nothing of it cites the Xuchang document.
    const thermal = featured(map);
    expect(thermal?.name.zh).toBe('汽车热管理产业链');
    expect(thermal?.sources).not.toContain('new-biomed-measures');
    const thermalFacts = map.nodes.filter((n) => n.chain === thermal?.id);
    expect(JSON.stringify(thermalFacts)).not.toContain('new-biomed-measures');
  });
});
