import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { chainView, pickChain } from '../model/chain-view.ts';
import { buildGraph } from '../model/graph.ts';
import { cityTable, indexAtlas } from '../model/atlas.ts';
import { strings } from '../i18n/strings.ts';
import { cityPicture, pagePicture, panoramaPicture, roadmapPicture } from './page-columns.ts';

const atlasMap = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
const atlas = indexAtlas(atlasMap);
const graph = buildGraph(chainView(atlasMap));
// The chain on screen (the featured one).
const chain = pickChain(atlasMap) ?? null;

describe('the pages as pictures', () => {
  it('the panorama: its tiers left to right, gaps marked, the park and the customers', () => {
    const pic = panoramaPicture(graph, chain, 'zh', strings('zh'));
    expect(pic.columns.map((c) => c.title)).toEqual(['上游', '中游', '下游', '服务', '客户']);
    const mid = pic.columns[1]!.items;
    expect(mid.filter((i) => i.tone === 'gap').map((i) => i.label)).toContain('压缩机');
    expect(pic.subtitle).toMatch(/汽车热管理产业园 · 700亩/);
    expect(pic.sources.length).toBeGreaterThan(0);
  });

  it('an industry’s roadmap: the five questions, its firms and places from the plan', () => {
    const pic = roadmapPicture(atlas, 'xinxiang-chemicals', 'en', strings('en'))!;
    // The five questions, then the host places' own chains apart.
    expect(pic.columns.map((c) => c.title)).toEqual([
      'What to attract',
      'Whom to attract',
      'Whom to work with',
      'Where it lands',
      'What support',
      "The host places' own chains",
    ]);
    const wanhua = atlasMap.nodes.find((n) => n.name.zh === '万华化学')!;
    expect(pic.columns[1]!.items.map((i) => i.label)).toContain(wanhua.name.en);
    expect(pic.columns[3]!.items.some((i) => i.note)).toBe(true);
  });

  it('the roadmap picture says what the page says: no other industry as support, a zone in its county', () => {
    const pic = roadmapPicture(atlas, 'xinxiang-chemicals', 'zh', strings('zh'))!;
    expect(pic.columns[4]!.items.map((i) => i.label)).toEqual(['规划未列出该产业的支持措施']);
    expect(pic.columns[5]!.items.map((i) => i.label)).toEqual(['汽车热管理产业链']);
    const hosts = pic.columns[3]!.items.map((i) => i.label);
    expect(hosts.indexOf('获嘉县先进制造业开发区（位于获嘉县）')).toBe(hosts.indexOf('获嘉县') + 1);
    for (const it of pic.columns[3]!.items) {
      const focus = it.note?.split('、') ?? [];
      expect(new Set(focus).size, it.label).toBe(focus.length);
    }
  });

  it('the city: a column per zone, in two rows; a zone page has one column', () => {
    const table = cityTable(atlas, 'xinxiang')!;
    const city = cityPicture(table, 'zh', strings('zh'));
    expect(city.columns).toHaveLength(table.zones.length);
    expect(city.perRow).toBeLessThan(city.columns.length);
    const zone = table.zones[0]!;
    const one = cityPicture(table, 'zh', strings('zh'), zone.id);
    expect(one.columns.map((c) => c.title)).toEqual([zone.name.zh]);
    expect(one.title).toContain(zone.name.zh);
  });

  it('pagePicture names what is on screen', () => {
    const t = strings('zh');
    const at = (regionId: string | null, view: 'panorama' | 'force' | 'sankey') =>
      pagePicture({ atlas, regionId, graph, chain, view, lang: 'zh', t }).kind;
    expect([
      at('xinxiang', 'force'),
      at(null, 'panorama'),
      at(null, 'force'),
      at(null, 'sankey'),
    ]).toEqual(['city', 'panorama', 'network', 'sankey']);
  });
});
