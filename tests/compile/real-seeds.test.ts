// The compiler on the five real documents: what an investor would read off the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileReal, byId, ofKind, gaps, metric, ROOT, FLAGSHIP, local } from './helpers.ts';
import { checkMap } from '../../src/compile/validate.ts';
import { nodeHost } from '../../src/compile/node/host.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';

const { map: compiled, problems } = await compileReal();
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

  it('is reproducible: two compiles give identical output', async () => {
    expect(JSON.stringify((await compileReal()).map)).toBe(JSON.stringify(map));
  });

  it('meets every contract invariant (schema, quotes, endpoints, DAG)', () => {
    const texts = new Map(
      map.sources.map((s) => [
        s.id,
        readFileSync(join(ROOT, s.file), 'utf8').replace(/^\ufeff/, ''),
      ]),
    );
    expect(checkMap(map, texts, nodeHost().validators.map)).toEqual([]);
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
    expect(byId(map, local('measure-1'))?.heading).toBe('实施链式招商行动');
  });

  it('reads amounts with their kinds (measure 5: 30%, 30万元 a year, 一次性500万元 …)', () => {
    const amounts = byId(map, local('measure-5'))?.amounts ?? [];
    const seen = amounts.map((a) => `${a.value}${a.unit}:${a.kind}`);
    expect(seen).toContain('30%:subsidy-rate');
    expect(seen).toContain('30万元:cap-per-enterprise-per-year');
    expect(seen).toContain('500万元:one-off');
    expect(seen).toContain('60万元:cap-per-project');
    const m10 = (byId(map, local('measure-10'))?.amounts ?? []).map(
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
        (l) => l.kind === 'cites' && l.source === local('measure-3') && l.target === plan?.id,
      ),
    ).toBe(true);
  });

  it('reads key customers, date in force and duration', () => {
    expect(
      ofKind(map, 'customer')
        .map((c) => c.name.zh)
        .sort(),
    ).toEqual(['上汽', '比亚迪'].sort());
    const flagship = map.sources.find((s) => s.id === 'xinxiang-etdz-thermal-measures');
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
    for (const c of map.chains) expect(c.sources).not.toContain('zhumadian-industrial-opinions');
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
    expect(c?.search.pinyin).toBe('ya suo ji');
    expect(c?.search.initials.split(' ')[0]).toBe('ysj');
    expect(map.nodes.find((n) => n.id === 'xinxiang-etdz')?.search.initials.split(' ')).toContain(
      'xxjkq',
    );
    expect(gaps(map).find((g) => g.name.zh === '电子膨胀阀')?.search.aliases).toContain('EXV');
    for (const n of map.nodes) expect(n.search.pinyin.length, n.id).toBeGreaterThan(0);
  });
});

describe('real seeds: the city level of the atlas', () => {
  const chainNamed = (zh: string) => map.chains.find((c) => c.name.zh === zh);
  const region = (zh: string) => map.nodes.find((n) => n.kind === 'region' && n.name.zh === zh);
  const targets = (chainId: string, kind: string) =>
    map.links
      .filter((l) => l.source === chainId && l.kind === kind)
      .map((l) => byId(map, l.target)?.name.zh);

  it('the thermal chain is featured and lies in the zone node, part of 新乡市', () => {
    const thermal = map.chains.find((c) => c.featured);
    expect(thermal).toMatchObject({
      kind: 'chain',
      region: 'xinxiang-etdz',
      name: { zh: '汽车热管理产业链' },
    });
    expect(byId(map, 'xinxiang-etdz')).toMatchObject({
      kind: 'region',
      level: 'zone',
      parent: 'xinxiang',
    });
    expect(byId(map, 'xinxiang')).toMatchObject({ level: 'city', parent: 'henan' });
    expect(map.chains.filter((c) => c.featured)).toHaveLength(1);
  });

  it('reads the 13 development zones of 专栏十一, each a zone of 新乡市', () => {
    const zones = map.nodes.filter((n) => n.kind === 'region' && n.level === 'zone');
    const listed = zones.filter((z) =>
      map.links.some((l) => l.kind === 'hosts' && l.source === z.id && l.focus !== undefined),
    );
    expect(listed).toHaveLength(13);
    for (const z of listed) expect(z.parent, z.name.zh).toBe('xinxiang');
  });

  it('新乡经济技术开发区 takes in 汽车制造 with the items in brackets as focus', () => {
    const auto = chainNamed('汽车制造');
    const l = map.links.find(
      (x) => x.kind === 'hosts' && x.source === 'xinxiang-etdz' && x.target === auto?.id,
    );
    expect(l?.focus).toEqual([
      '汽车零部件及配件制造',
      '汽车电子制造',
      '新能源汽车整车配套',
      '公路养护材料',
    ]);
    expect(l?.evidence[0]?.quote).toMatch(/^汽车制造\(/);
  });

  it('an item a zone list names twice is one focus (新乡经开区 · 现代化工: 塑料制品业 first and last)', () => {
    const chem = chainNamed('化工产业');
    const l = map.links.find(
      (x) => x.kind === 'hosts' && x.source === 'xinxiang-etdz' && x.target === chem?.id,
    );
    // The plan's own bracket does repeat it; the evidence keeps the sentence as written.
    expect(l?.evidence[0]?.quote.match(/塑料制品业/g)).toHaveLength(2);
    expect(l?.focus?.filter((f) => f === '塑料制品业')).toHaveLength(1);
    for (const h of map.links.filter((x) => x.kind === 'hosts' && x.focus))
      expect(new Set(h.focus).size, `${h.source} → ${h.target}`).toBe(h.focus?.length);
  });

  it('one node per place whatever the spelling: 经开区 and 新乡经开区 are 新乡经济技术开发区', () => {
    expect(
      map.nodes.filter(
        (n) =>
          n.kind === 'region' && /经济技术开发区$/.test(n.name.zh) && n.name.zh.startsWith('新乡'),
      ),
    ).toHaveLength(1);
    const food = chainNamed('食品产业');
    const hostsFood = map.links
      .filter((l) => l.kind === 'hosts' && l.target === food?.id)
      .map((l) => l.source);
    expect(hostsFood).toContain('xinxiang-etdz'); // 依托…、经开区、…
    expect(region('新乡高新技术产业开发区')?.search.aliases).toContain('新乡高新区');
  });

  it('industries: 化工产业 targets 万华化学 and 宝丰能源 and engages the institutes it names', () => {
    const chem = chainNamed('化工产业');
    expect(chem).toMatchObject({ kind: 'industry', region: 'xinxiang' });
    expect(targets(chem?.id as string, 'targets')).toEqual(
      expect.arrayContaining([
        '万华化学',
        '宝丰能源',
        '浙江龙盛',
        '恒逸石化',
        '鲁西化工',
        '龙蟒佰利',
        '上海家化',
      ]),
    );
    expect(targets(chem?.id as string, 'engages')).toContain('国家涂料工程技术研究中心');
    const whhx = map.nodes.find((n) => n.name.zh === '万华化学');
    expect(whhx).toMatchObject({ kind: 'enterprise', search: { initials: 'whhx' } });
    expect(whhx?.evidence[0]?.source).toBe('xinxiang-investment-plan');
    expect(map.nodes.find((n) => n.name.zh === '清华大学')?.kind).toBe('institution');
  });

  it('the body text and the 专栏 box of one industry are one chain (轻纺产业 = 轻纺工业)', () => {
    expect(map.chains.filter((c) => c.name.zh.startsWith('轻纺'))).toHaveLength(1);
    const textile = chainNamed('轻纺产业');
    expect(targets(textile?.id as string, 'targets')).toEqual(
      expect.arrayContaining(['申洲国际', '雅戈尔', '美的']),
    );
    expect(
      map.nodes
        .filter((n) => n.chain === textile?.id && n.kind === 'segment')
        .flatMap((n) => n.evidence.map((e) => e.quote)),
    ).toEqual(expect.arrayContaining(['纺织服装', '绿色纤维纺纱', '服装及家纺']));
  });

  it('focus areas are segments of their industry; firms are shared across the atlas', () => {
    const battery = chainNamed('电池及新能源产业');
    const segs = map.nodes
      .filter((n) => n.chain === battery?.id && n.kind === 'segment')
      .map((n) => n.name.zh);
    expect(segs).toEqual(expect.arrayContaining(['锂电池', '燃料电池', '高端电芯', '电池材料']));
    // 比亚迪: a customer of the thermal chain and a target of the battery industry, one node.
    expect(map.nodes.filter((n) => n.name.zh === '比亚迪')).toHaveLength(1);
    expect(targets(battery?.id as string, 'targets')).toContain('比亚迪');
  });

  it('nothing in the 驻马店 draft is evidence for 新乡', () => {
    const all = JSON.stringify({ chains: map.chains, nodes: map.nodes, links: map.links });
    expect(all).not.toMatch(/"source":\s*"zhumadian-industrial-opinions"/);
    expect(map.sources.find((s) => s.id === 'zhumadian-industrial-opinions')).toMatchObject({
      genre: 'context',
      regionId: 'zhumadian',
    });
  });
});
