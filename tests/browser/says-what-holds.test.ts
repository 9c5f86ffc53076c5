/**
 * The roadmap, the details and the sheet say only what holds (issue 21), in Chinese and English:
 * no other industry's chain offered as support, no focus item twice and a zone inside its county,
 * a gap's measures counted as the documents name them, no pinyin as 英文名, the print sheet's
 * customers and no highlighted paragraph, an offline notice that covers nothing, no quote twice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';
import type { ChainMap, ChainNode } from '../../src/contract/chain-map.ts';
import { chainView } from '../../src/app/model/chain-view.ts';
import { CHAIN, COMPRESSOR } from './ids.ts';

const real = inject('hasRealData');
const atlas = real
  ? (JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap)
  : ({ nodes: [], links: [], chains: [], sources: [] } as unknown as ChainMap);
const CHEM = 'xinxiang-chemicals';
const LANGS = ['zh', 'en'] as const;
const L = {
  zh: { support: '有何支持', hosts: '落在哪', noSupport: '规划未列出该产业的支持措施', sep: '、' },
  en: {
    support: 'What support',
    hosts: 'Where it lands',
    noSupport: 'The plan names no support for this industry',
    sep: ', ',
  },
};
const url = (lang: 'zh' | 'en', params: Record<string, string> = {}) =>
  appUrl({ view: 'panorama', ...params, ...(lang === 'en' ? { lang: 'en' } : {}) });

let page: Page;
const run = pagePerTest((s) => {
  page = s.page;
});

describe.runIf(real)('the 化工 roadmap', () => {
  for (const lang of LANGS) {
    it(`${lang}: 有何支持 offers no chain of another industry; the host places' chains stand apart`, async () => {
      await page.goto(url(lang, { chain: CHEM }));
      const step = page.getByRole('group', { name: new RegExp(`^${L[lang].support}`) });
      await step.waitFor();
      // The step's own list (before any heading of its own): what a document ties to 化工.
      const offered = await step
        .locator(':scope > ul')
        .first()
        .evaluate((ul) => ({
          links: [...ul.querySelectorAll('a')].map((a) =>
            new URL(a.href).searchParams.get('chain'),
          ),
          text: ul.textContent?.trim(),
        }));
      const chemical = atlas.chains.filter((c) => c.name.zh.includes('化工')).map((c) => c.id);
      for (const id of offered.links)
        expect(chemical, `${id} offered as 化工's support`).toContain(id);
      expect(offered.text).toBe(L[lang].noSupport);
      // The thermal chain of 新乡经开区 (a host zone) is linked, under a heading of its own.
      await step.getByRole('heading', { level: 3 }).waitFor();
      const after = step.locator('h3 + ul a');
      await expect(after.count()).resolves.toBeGreaterThan(0);
      await expect(after.first().getAttribute('href')).resolves.toContain(CHAIN);
    });

    it(`${lang}: no item twice in a zone's focus; 获嘉县先进制造业开发区 inside 获嘉县`, async () => {
      await page.goto(url(lang, { chain: CHEM }));
      const step = page.getByRole('group', { name: new RegExp(`^${L[lang].hosts}`) });
      await step.locator('.focus').first().waitFor();
      const notes = await step
        .locator('.focus')
        .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
      expect(notes.length).toBeGreaterThan(0);
      for (const n of notes) {
        const items = n.split(L[lang].sep);
        expect(new Set(items).size, n).toBe(items.length);
      }
      const zone = atlas.nodes.find((x) => x.name.zh === '获嘉县先进制造业开发区')!;
      const county = atlas.nodes.find((x) => x.name.zh === '获嘉县')!;
      const name = (x: ChainNode) => (lang === 'en' ? x.name.en : x.name.zh);
      // The zone's button sits in the list item of its county.
      const holder = await step
        .locator('button')
        .filter({ hasText: name(zone) })
        .evaluate(
          (b) => b.closest('ul')?.closest('li')?.querySelector(':scope > button')?.textContent,
        );
      expect(holder).toBe(name(county));
    });
  }
});

/** What a supports link's quote is: a name of the segment, or a phrase for the whole chain. */
function measuresOf(seg: ChainNode): { specific: number; chainWide: number } {
  const names = new Set([seg.name.zh, ...seg.search.aliases, ...seg.evidence.map((e) => e.quote)]);
  const specific = new Set<string>();
  const all = new Set<string>();
  for (const l of atlas.links)
    if (l.kind === 'supports' && l.target === seg.id && l.source.includes('-measure-')) {
      all.add(l.source);
      if (l.evidence.some((e) => names.has(e.quote))) specific.add(l.source);
    }
  return { specific: specific.size, chainWide: all.size - specific.size };
}

describe.runIf(real)(
  'a gap card counts the measures that name it or its chain, each labelled; what all gaps share is said once',
  () => {
    const gaps = atlas.nodes.filter((n) => n.status === 'gap');
    const label = {
      zh: (s: number, w: number) => `${s}项专项措施 · ${w}项全链措施`,
      en: (s: number, w: number) => `${s} specific · ${w} chain-wide measure${w === 1 ? '' : 's'}`,
    };
    /** The print sheet's two group headings. */
    const groupLabels = {
      zh: (s: number, w: number) => [`${s}项专项措施`, `${w}项全链措施`],
      en: (s: number, w: number) => [
        `${s} specific measure${s === 1 ? '' : 's'}`,
        `${w} chain-wide measure${w === 1 ? '' : 's'}`,
      ],
    };
    for (const lang of LANGS)
      it(`${lang}: the card, the details and the print sheet`, async () => {
        await page.goto(url(lang));
        await page.locator('figure.panorama .card.gap').first().waitFor();
        expect(gaps.length).toBeGreaterThan(0);
        const name = (id: string) => {
          const n = atlas.nodes.find((x) => x.id === id)!;
          return lang === 'en' ? n.name.en : n.name.zh;
        };
        for (const g of gaps) {
          const { specific, chainWide } = measuresOf(g);
          // Every gap of the flagship is named by 第1条 and by the fund of 第10条 (关键环节).
          expect(specific + chainWide).toBeGreaterThan(0);
          const card = page.locator(`figure.panorama .card[data-id="${g.id}"]`);
          // The card's name says its measures; its line, as every gap shares them, what it supplies.
          await expect(card.getAttribute('aria-label')).resolves.toContain(
            label[lang](specific, chainWide),
          );
          const feeds = atlas.links
            .filter((l) => l.kind === 'supplies' && l.source === g.id)
            .map((l) => l.target);
          expect(feeds.length).toBeGreaterThan(0);
          const line = (await card.locator('.count').textContent()) ?? '';
          expect(line).toContain(name(feeds[0]!));
          expect(line).toContain(
            lang === 'en'
              ? feeds.length > 1
                ? `+${feeds.length - 1}`
                : 'Supplies'
              : feeds.length > 1
                ? `等${feeds.length}个环节`
                : '供给',
          );
        }
        // What every gap shares is said once, above the tiers, each measure opening its record.
        const shared = page.locator('figure.panorama .shared');
        await expect(shared.textContent()).resolves.toContain(
          lang === 'en' ? `All ${gaps.length} gaps share` : `${gaps.length}个缺口共享`,
        );
        const all = measuresOf(gaps[0]!);
        await expect(shared.getByRole('button').count()).resolves.toBe(
          all.specific + all.chainWide,
        );
        const first = shared.getByRole('button').first();
        const measureId = (await first.getAttribute('data-id'))!;
        await first.click();
        await expect(
          page.getByRole('complementary', { name: name(measureId) }).isVisible(),
        ).resolves.toBe(true);
        // The details list them apart, under their labels.
        const compressor = gaps.find((g) => g.id === COMPRESSOR)!;
        await page.locator(`figure.panorama .card[data-id="${COMPRESSOR}"]`).click();
        const panel = page.getByRole('complementary', {
          name: lang === 'en' ? compressor.name.en : compressor.name.zh,
        });
        const { specific, chainWide } = measuresOf(compressor);
        const heads =
          lang === 'en' ? ['Measures for this segment', 'Chain-wide'] : ['专项措施', '全链措施'];
        for (const [head, n] of [
          [heads[0]!, specific],
          [heads[1]!, chainWide],
        ] as const) {
          const list = panel
            .locator('section')
            .filter({ has: page.getByRole('heading', { name: new RegExp(`^${head}`) }) })
            .locator('ul.measures > li');
          await expect(list.count()).resolves.toBe(n);
        }
        // The print sheet labels its groups with the same counts.
        await page.goto(appUrl({ sheet: COMPRESSOR, ...(lang === 'en' ? { lang: 'en' } : {}) }));
        const sheet = page.locator('article.sheet');
        await sheet.waitFor();
        const groups = await sheet.locator('h3').evaluateAll((hs) => hs.map((h) => h.textContent));
        const [s, w] = groupLabels[lang](specific, chainWide);
        expect(groups).toEqual(expect.arrayContaining([s, w]));
      });
  },
);

describe.runIf(real)('the details panel', () => {
  it('zh: no pinyin field; the record behind a button that says whether it is open', async () => {
    // A Chinese name whose English is its pinyin (a transliterated firm): the first of any chain.
    const letters = (x: string) => x.toLowerCase().replace(/[^a-z]/g, '');
    const found = atlas.chains
      .flatMap((c) => chainView(atlas, c.id).nodes.map((n) => [c.id, n] as const))
      .find(
        ([, n]) =>
          /[\u4e00-\u9fff]/.test(n.name.zh) &&
          n.search &&
          letters(n.name.en) === letters(n.search.pinyin),
      );
    expect(found, 'a node named by its pinyin').toBeDefined();
    const [chain, pinyinNamed] = found!;
    await page.goto(url('zh', { chain, node: pinyinNamed.id }));
    const panel = page.getByRole('complementary', { name: pinyinNamed.name.zh });
    const toggle = panel.getByRole('button', { name: '记录字段' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(panel.getByText('中文名').isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await panel.getByText('中文名').waitFor();
    expect(await panel.textContent()).not.toContain(pinyinNamed.name.en);
    await expect(panel.getByText('英文名').count()).resolves.toBe(0);
    // A real English name is still there: 压缩机 → Electric compressor.
    await page.goto(url('zh', { node: COMPRESSOR }));
    const seg = page.getByRole('complementary', { name: '压缩机' });
    await seg.getByRole('button', { name: '记录字段' }).click();
    await seg.getByText('Electric compressor').waitFor();
  });

  it('en: the record behind its button, the English name in it', async () => {
    await page.goto(url('en', { node: COMPRESSOR }));
    const panel = page.getByRole('complementary', { name: 'Electric compressor' });
    const toggle = panel.getByRole('button', { name: 'Record fields' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await panel.getByText('English name').waitFor();
  });

  for (const lang of LANGS)
    it(`${lang}: no details panel repeats a quote, over every node of the flagship and of 化工`, async () => {
      const views = [
        { chain: CHAIN, nodes: chainView(atlas, CHAIN).nodes },
        { chain: CHEM, nodes: chainView(atlas, CHEM).nodes },
      ];
      let checked = 0;
      for (const v of views) {
        await page.goto(url(lang, { chain: v.chain }));
        await page.locator('aside.details').waitFor();
        for (const n of v.nodes) {
          // Choose it as Back/Forward would: the address changes, the app follows.
          await page.evaluate((id) => {
            const u = new URL(location.href);
            u.searchParams.set('node', id);
            history.pushState(null, '', u);
            dispatchEvent(new PopStateEvent('popstate'));
          }, n.id);
          const panel = page.getByRole('complementary', {
            name: lang === 'en' && n.name.en.trim() ? n.name.en : n.name.zh,
            exact: true,
          });
          await panel.waitFor();
          const quotes = () =>
            panel.locator('blockquote').evaluateAll((qs) => qs.map((q) => q.textContent?.trim()));
          // Once its documents are read, each sentence is shown once.
          await expect
            .poll(
              async () => {
                const q = await quotes();
                return q.length - new Set(q).size;
              },
              { timeout: 5000 },
            )
            .toBe(0);
          if (n.evidence.length) {
            await expect
              .poll(async () => (await quotes()).length, { timeout: 5000 })
              .toBeGreaterThan(0);
          }
          checked++;
        }
      }
      expect(checked).toBe(views.reduce((k, v) => k + v.nodes.length, 0));
    });
});

describe.runIf(real)('the print sheet', () => {
  for (const lang of LANGS)
    it(`${lang}: lists the customers the screen shows, the quote in bold, no highlighted paragraph`, async () => {
      await page.goto(url(lang));
      // The customers the panorama shows at its downstream end.
      const column = page.locator('figure.panorama section[role="group"]').last();
      await column.locator('.card').first().waitFor();
      const shown = await column
        .locator('.card')
        .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
      expect(shown).toHaveLength(2);
      if (lang === 'zh') expect(shown).toEqual(['上汽', '比亚迪']);
      await page.goto(appUrl({ sheet: COMPRESSOR, ...(lang === 'en' ? { lang: 'en' } : {}) }));
      const sheet = page.locator('article.sheet');
      await sheet.locator('blockquote').first().waitFor();
      const text = (await sheet.textContent()) ?? '';
      for (const c of shown) expect(text).toContain(c);
      // Printed as on paper: nothing on a coloured background, and no whole paragraph set apart.
      await page.emulateMedia({ media: 'print' });
      await expect
        .poll(() => sheet.locator('blockquote mark').count(), { timeout: 5000 })
        .toBeGreaterThan(0);
      const marks = await sheet.locator('blockquote').evaluateAll((qs) =>
        qs.map((q) => ({
          quote: q.textContent?.trim() ?? '',
          marks: [...q.querySelectorAll('mark')].map((m) => ({
            text: m.textContent?.trim() ?? '',
            background: getComputedStyle(m).backgroundColor,
            weight: Number(getComputedStyle(m).fontWeight),
          })),
        })),
      );
      for (const q of marks)
        for (const m of q.marks) {
          expect(m.background, m.text).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
          expect(m.weight, m.text).toBeGreaterThanOrEqual(700);
          expect(m.text, 'a whole paragraph set apart').not.toBe(q.quote);
        }
    });
});

describe.runIf(real)('the offline notice', () => {
  const cases = [
    ['a phone, the panorama', { width: 390, height: 844, touch: true }, {}],
    ['the desktop, the city page', { width: 1280, height: 860 }, { region: 'xinxiang' }],
  ] as const;
  for (const lang of LANGS)
    for (const [what, viewport, params] of cases)
      it(`${lang}, ${what}: its box covers no card`, async () => {
        await run.reopen(viewport);
        await page.goto(url(lang, params));
        const notice = page.getByText(lang === 'en' ? 'Ready to work offline' : '已可离线使用');
        await notice.waitFor({ timeout: 30_000 });
        const hits = await notice.evaluate((n) => {
          const a = n.getBoundingClientRect();
          const cards = document.querySelectorAll(
            'figure.panorama .card, .roadmap .item, main.place td, main.place th, main.place a, main.place h2, main.place h3',
          );
          return [...cards]
            .filter((c) => {
              const b = c.getBoundingClientRect();
              return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            })
            .map((c) => c.textContent?.trim().slice(0, 20));
        });
        expect(hits).toEqual([]);
      });
});
