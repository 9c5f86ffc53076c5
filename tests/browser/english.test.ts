/**
 * English an investor reads (issue 20, point 1): under lang=en no firm, segment, industry or zone
 * name on any screen is bare pinyin of its Chinese — unless it is the firm's own name (a curated
 * name with its reference) or marked as a proper name's transliteration; Chinese text shown under
 * English says it is the original; departments are a comma list.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChainMap, ChainNode } from '../../src/contract/chain-map.ts';
import { appUrl, pagePerTest } from './browser.ts';
import { COMPRESSOR } from './ids.ts';

const NAMED = new Set(['segment', 'enterprise', 'customer', 'institution', 'region']);
let page: Page;
pagePerTest((x) => {
  page = x.page;
});

// The map the page itself shows (the build's copy), so the names are judged as served.
let map = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/chain-map.json'), 'utf8'),
) as ChainMap;
const byEn = new Map<string, ChainNode[]>();
let chainsByEn = new Map<string, ChainMap['chains'][number]>();
beforeAll(async () => {
  const served = await fetch(new URL('data/chain-map.json', inject('baseUrl')));
  if (served.ok) map = (await served.json()) as ChainMap;
  for (const n of map.nodes)
    if (NAMED.has(n.kind)) byEn.set(n.name.en.trim(), [...(byEn.get(n.name.en.trim()) ?? []), n]);
  chainsByEn = new Map(map.chains.map((c) => [c.name.en.trim(), c]));
});

/** Whether `word` is nothing but syllables of the pinyin of `zh` (ning + de → "ningde"). */
function isPinyinOf(word: string, zh: string): boolean {
  const syllables = new Set(
    pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).map((x) =>
      x.toLowerCase().replace('ü', 'v'),
    ),
  );
  const w = word.toLowerCase().replace('ü', 'v');
  const ok: boolean[] = [true];
  for (let i = 1; i <= w.length; i++)
    ok[i] = [...syllables].some((s) => i >= s.length && ok[i - s.length] && w.endsWith(s, i));
  return ok[w.length] === true;
}

/** A name whose every word (of 2+ letters) is pinyin of its Chinese. */
export function barePinyin(en: string, zh: string): boolean {
  const words = en.split(/[^A-Za-zÜü]+/).filter((w) => w.length >= 2);
  return words.length > 0 && words.every((w) => isPinyinOf(w, zh));
}

/** The names shown on the page that are bare pinyin and neither curated nor marked. */
async function pinyinNamesOnScreen(): Promise<string[]> {
  const texts: string[] = await page.evaluate(() =>
    [...document.querySelectorAll('button, a, strong, th, td, li, span, h2, h3, [role=option]')]
      .filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0)
      .map((e) => (e.textContent ?? '').trim()),
  );
  const bad = new Set<string>();
  for (const text of new Set(texts)) {
    for (const n of byEn.get(text) ?? [])
      if (
        barePinyin(n.name.en, n.name.zh) &&
        !n.reference?.length &&
        n.name.enSource !== 'transliteration'
      )
        bad.add(`${n.name.zh} → ${n.name.en}`);
    const c = chainsByEn.get(text);
    if (c && barePinyin(c.name.en, c.name.zh)) bad.add(`${c.name.zh} → ${c.name.en}`);
  }
  return [...bad];
}

describe('the pinyin check itself', () => {
  it('tells pinyin from English', () => {
    expect(barePinyin('Li Dian Chi', '锂电池')).toBe(true);
    expect(barePinyin('Ning De Shi Dai', '宁德时代')).toBe(true);
    expect(barePinyin('Xinxiang Dianyuanchanye Development Zone', '新乡电源产业开发区')).toBe(
      false,
    );
    expect(barePinyin('Lithium batteries', '锂电池')).toBe(false);
    expect(barePinyin('CATL', '宁德时代')).toBe(false);
  });
});

describe('under lang=en, names are English', () => {
  const screens: [string, Record<string, string>][] = [
    ['the portal panorama', { view: 'panorama' }],
    ['the city page', { view: 'panorama', region: 'xinxiang' }],
    [
      'the battery industry’s roadmap',
      { view: 'panorama', chain: 'xinxiang-batteries-and-new-energy' },
    ],
    ['the chemicals roadmap', { view: 'panorama', chain: 'xinxiang-chemicals' }],
    ['the food roadmap', { view: 'panorama', chain: 'xinxiang-food' }],
    ['the biotech roadmap', { view: 'panorama', chain: 'xinxiang-biotech-and-new-medicines' }],
    ['the equipment roadmap', { view: 'panorama', chain: 'xinxiang-equipment-manufacturing' }],
    ['the outline view', { view: 'outline' }],
  ];
  it.each(screens)('%s shows no bare pinyin name', async (_, params) => {
    await page.goto(appUrl({ ...params, lang: 'en' }));
    await page.locator('main').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main button, main a').length > 3);
    await expect.poll(pinyinNamesOnScreen, { timeout: 3000 }).toEqual([]);
  });

  it('the city page names every zone in English words, no pinyin word inside (新乡电源产业开发区)', async () => {
    await page.goto(appUrl({ view: 'panorama', region: 'xinxiang', lang: 'en' }));
    await page
      .getByRole('link', { name: 'Xinxiang Power Supply Industry Development Zone' })
      .waitFor();
    const zones = map.nodes.filter((n) => n.kind === 'region' && n.level === 'zone');
    for (const z of zones) {
      // Each word of the name that is not the place's own name is English.
      const words = z.name.en.split(/[^A-Za-z]+/).filter((w) => w.length >= 4);
      const pinyinWords = words.filter((w) => barePinyin(w, z.name.zh));
      const place = map.nodes.filter((n) => n.kind === 'region' && n.id !== z.id);
      const placeWords = new Set(place.flatMap((p) => p.name.en.split(/[^A-Za-z]+/)));
      expect(
        pinyinWords.filter((w) => !placeWords.has(w)),
        z.name.zh,
      ).toEqual([]);
    }
  });

  it('the firms a roadmap targets carry their own names (宁德时代 → CATL)', async () => {
    await page.goto(
      appUrl({ view: 'panorama', chain: 'xinxiang-batteries-and-new-energy', lang: 'en' }),
    );
    await page.getByRole('button', { name: 'CATL', exact: true }).waitFor();
    await page.getByRole('button', { name: 'CATL', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'CATL' });
    await panel.waitFor();
    // Where the name comes from: the firm's own site, one click away.
    await expect(
      panel.getByRole('link', { name: /CATL/ }).first().getAttribute('href'),
    ).resolves.toContain('catl.com');
  });

  it('search results: a firm and a segment found by Chinese show English names', async () => {
    await page.goto(appUrl({ view: 'panorama', lang: 'en' }));
    const queries: [string, string][] = [
      ['宁德时代', 'CATL'],
      ['锂电池', 'Lithium batteries'],
      ['万华', 'Wanhua Chemical'],
    ];
    for (const [q, name] of queries) {
      await page.getByRole('searchbox').fill(q);
      await expect(page.getByRole('option').first().textContent()).resolves.toContain(name);
      await expect.poll(pinyinNamesOnScreen).toEqual([]);
    }
  });

  it('a transliterated firm says so in its details (双汇 → Shuanghui)', async () => {
    expect(map.nodes.find((n) => n.name.zh === '双汇')?.name.enSource).toBe('transliteration');
    await page.goto(appUrl({ view: 'panorama', chain: 'xinxiang-food', lang: 'en' }));
    await page.getByRole('button', { name: 'Shuanghui', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Shuanghui' });
    // The English name and where it came from are in the record, behind its button (issue 21).
    await panel.getByRole('button', { name: 'Record fields' }).click();
    await panel.getByText('transliteration of a proper name').waitFor();
  });

  it('the city table’s cells say that their Chinese is the original; zh shows no such label', async () => {
    await page.goto(appUrl({ view: 'panorama', region: 'xinxiang', lang: 'en' }));
    const cell = page
      .locator('table button.cell')
      .filter({ hasText: /[\u4e00-\u9fff]/ })
      .first();
    await expect(cell.textContent()).resolves.toMatch(/^Original:/);
    await page.goto(appUrl({ view: 'panorama', region: 'xinxiang' }));
    const zhCell = page
      .locator('table button.cell')
      .filter({ hasText: /[\u4e00-\u9fff]/ })
      .first();
    await expect(zhCell.textContent()).resolves.not.toMatch(/Original|原文/);
  });

  it('a quote under English is labelled as the original; departments are a comma list', async () => {
    await page.goto(appUrl({ view: 'panorama', node: COMPRESSOR, lang: 'en' }));
    const panel = page.getByRole('complementary').first();
    await panel.locator('blockquote').first().waitFor();
    await expect(panel.locator('figure.evidence').first().textContent()).resolves.toMatch(
      /^\s*Original:/,
    );
    const depts = await panel.locator('p.depts').allTextContents();
    expect(depts.length).toBeGreaterThan(0);
    expect(depts.filter((d) => d.includes('、'))).toEqual([]);
    expect(depts.some((d) => /Bureau[^,]*, \S/.test(d))).toBe(true);
  });

  it('the print sheet: Chinese is labelled as the original, no name doubled, a narrow label column', async () => {
    await page.goto(appUrl({ sheet: COMPRESSOR, lang: 'en' }));
    const sheet = page.locator('article.sheet');
    await sheet.locator('dl.facts').first().waitFor();
    // Every run of Chinese in the header and the facts sits in a zh-CN element after "Original:".
    const unlabelled = await sheet.evaluate((root) => {
      const out: string[] = [];
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const text = n.textContent ?? '';
        const el = n.parentElement!;
        if (!/[\u3400-\u9fff]/.test(text) || !el.closest('dl.facts, .sub')) continue;
        const zh = el.closest('[lang="zh-CN"]');
        const label = zh?.previousElementSibling;
        if (!zh || !label?.classList.contains('original-label')) out.push(text.trim());
      }
      return out;
    });
    expect(unlabelled).toEqual([]);
    const firms = await sheet.locator('dd.reference-firms').innerText();
    expect(firms).toContain('Hanon Systems');
    expect(firms).not.toMatch(/[\u3400-\u9fff]/);
    // No name repeated as its own source: "Hanon Systems (Hanon Systems)".
    expect(firms).not.toMatch(/(\b[\w ]+?)\s*[(（]\1[)）]/i);
    // The label column is narrow: under a quarter of the sheet's width.
    const widths = await sheet.evaluate((root) => ({
      dt: Math.max(
        ...[...root.querySelectorAll('dl.facts dt')].map((d) => d.getBoundingClientRect().width),
      ),
      sheet: root.getBoundingClientRect().width,
    }));
    expect(widths.dt / widths.sheet).toBeLessThan(0.25);
  });

  it('the battery roadmap: only Chinese text is labelled as the original', async () => {
    await page.goto(
      appUrl({ view: 'panorama', chain: 'xinxiang-batteries-and-new-energy', lang: 'en' }),
    );
    const roadmap = page.locator('figure.roadmap');
    await roadmap.getByRole('button', { name: 'CATL', exact: true }).waitFor();
    const labelled = await roadmap
      .locator('.original-label')
      .evaluateAll((ls) => ls.map((l) => l.nextElementSibling?.textContent ?? ''));
    expect(labelled.length).toBeGreaterThan(0);
    for (const text of labelled) expect(text).toMatch(/[\u3400-\u9fff]/);
    // The zone's English name under its chain is shown, unlabelled.
    const chain = roadmap.locator('a.item').first();
    await expect(chain.innerText()).resolves.toContain('Xinxiang Economic');
    await expect(chain.innerText()).resolves.not.toContain('Original:');
  });
});
