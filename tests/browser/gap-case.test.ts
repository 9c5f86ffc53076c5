/**
 * Every gap its own case (issue 20, point 3): the details of a gap, its print sheet and the
 * officers' table in the outline each carry the 招商要素 check — park, support, amounts,
 * department, target firms, local buyers — saying for each whether the documents state it for the
 * segment, only for the whole chain, only in the industry reference, or not at all, every stated
 * line one click from its sentence. What each line must say is read from the compiled atlas on
 * this side (model/gap-case.ts over the chain), never from the page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { chainView } from '../../src/app/model/chain-view.ts';
import { cityTable, homeCity, indexAtlas, sharedFocus } from '../../src/app/model/atlas.ts';
import { buildGraph } from '../../src/app/model/graph.ts';
import { CASE_ITEMS, chainCases, gapCase } from '../../src/app/model/gap-case.ts';
import { appUrl, pagePerTest } from './browser.ts';
import { COMPRESSOR } from './ids.ts';

let page: Page;
pagePerTest((x) => {
  page = x.page;
});

const SCOPES = {
  zh: { own: '本环节', chain: '全链通用', reference: '行业参考', none: '文件未说明' },
  en: {
    own: 'For this segment',
    chain: 'Chain-wide',
    reference: 'Industry reference',
    none: 'Not stated',
  },
} as const;

function graph() {
  const map = inject('hasRealData')
    ? (JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap)
    : null;
  return map ? buildGraph(chainView(map)) : null;
}
const name = (n: { name: { zh: string; en: string } }, lang: 'zh' | 'en') =>
  n.name[lang] || n.name.zh;

describe.runIf(inject('hasRealData'))('every gap its own case', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: a gap's details check each item, name what is stated and open its sentence`, async () => {
      const g = graph()!;
      const c = gapCase(g, COMPRESSOR)!;
      await page.goto(appUrl({ view: 'panorama', node: COMPRESSOR, lang }));
      const check = page.getByRole('region', {
        name: lang === 'zh' ? '招商要素' : 'Investment checklist',
      });
      await check.waitFor();
      const rows = check.locator('li');
      await expect(rows.count()).resolves.toBe(CASE_ITEMS.length);
      for (const l of c.lines) {
        const row = check.locator(`li[data-item="${l.item}"]`);
        const text = (await row.textContent()) ?? '';
        expect(text).toContain(SCOPES[lang][l.scope]);
        if (l.item !== 'amounts') for (const n of l.nodes) expect(text).toContain(name(n, lang));
      }
      // The compressor's park is the chain's: the sentence it opens is the park's, with its document.
      const park = c.lines.find((l) => l.item === 'park')!;
      if (park.evidence[0]) {
        await check
          .locator('li[data-item="park"]')
          .getByRole('button', { name: lang === 'zh' ? '原文依据: 落户园区' : 'Evidence: Park' })
          .click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await expect.poll(() => dialog.textContent()).toContain(park.evidence[0].quote);
      }
    });

    it(`${lang}: the outline holds the officers' table, a row per gap and what the gaps lack`, async () => {
      const cases = chainCases(graph()!);
      await page.goto(appUrl({ view: 'outline', lang }));
      const table = page.getByRole('region', {
        name: lang === 'zh' ? '招商要素检查' : 'Investment checklist of the gaps',
      });
      await table.waitFor();
      await expect(table.locator('tbody tr').count()).resolves.toBe(cases.length);
      await expect(table.locator('thead th').count()).resolves.toBe(CASE_ITEMS.length + 1);
      for (const c of cases) {
        const row = table.locator('tbody tr', {
          has: page.getByRole('button', { name: name(c.segment, lang), exact: true }),
        });
        const cells = await row.locator('td').allTextContents();
        expect(cells).toEqual(c.lines.map((l) => SCOPES[lang][l.scope]));
      }
      // Each item some gap lacks for itself is counted under the table.
      const lacking = CASE_ITEMS.filter((i) =>
        cases.some((c) => c.lines.find((l) => l.item === i)!.scope !== 'own'),
      );
      await expect(table.locator('.lacking li').count()).resolves.toBe(lacking.length);
      // A gap's name opens its details.
      const first = cases[0]!.segment;
      await table.getByRole('button', { name: name(first, lang), exact: true }).click();
      await page.getByRole('complementary', { name: name(first, lang) }).waitFor();
    });

    it(`${lang}: the print sheet carries the check and marks the segments here that it would supply`, async () => {
      const c = gapCase(graph()!, COMPRESSOR)!;
      await page.goto(appUrl({ sheet: COMPRESSOR, lang }));
      const check = page.locator('dd.case');
      await check.waitFor();
      for (const l of c.lines)
        await expect(check.locator(`li[data-item="${l.item}"] .scope`).textContent()).resolves.toBe(
          SCOPES[lang][l.scope],
        );
      // The segments it would supply that are here already say so.
      const buyers = c.lines.find((l) => l.item === 'buyers')!;
      if (buyers.scope === 'own') {
        const sheet = (await page.locator('article.sheet').textContent()) ?? '';
        for (const n of buyers.nodes)
          expect(sheet).toContain(
            `${name(n, lang)}${lang === 'zh' ? '（本区已有）' : ' (here already)'}`,
          );
      }
    });
  }

  for (const lang of ['zh', 'en'] as const)
    it(`${lang}: the city page lists the focus items several zones chase, each zone opening its sentence`, async () => {
      const a = indexAtlas(JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap);
      const city = homeCity(a)!;
      const shared = sharedFocus(cityTable(a, city.id)!);
      await page.goto(appUrl({ region: city.id, lang }));
      const section = page.getByRole('region', {
        name:
          lang === 'zh'
            ? '错位发展：多个承接地提出的同一方向'
            : 'Overlaps: the same focus in several zones',
      });
      await section.waitFor();
      const items = section.locator('li');
      await expect(items.count()).resolves.toBe(shared.length);
      const first = shared[0]!;
      const li = items.first();
      const text = (await li.textContent()) ?? '';
      expect(text).toContain(first.focus);
      for (const z of first.zones) expect(text).toContain(name(z.zone, lang));
      await li.getByRole('button', { name: name(first.zones[0]!.zone, lang), exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await expect.poll(() => dialog.textContent()).toContain(first.focus);
    });
});
