/**
 * Every number says what it is (issue 20, point 2), in both languages: the details panel's
 * amounts, the print sheet's, the header's metrics and the projection's first slide.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';
import { strings } from '../../src/app/i18n/strings.ts';
import { CHAIN, COMPRESSOR } from './ids.ts';

let page: Page;
const { reopen } = pagePerTest((x) => {
  page = x.page;
});

/** 第10条 (loan interest subsidies): 1%, 2 years, 500万元 and 1000万元 caps, a 1% fee rate. */
const LOANS = `${CHAIN}-measure-10`;
/** An amount with a label: words before the figure (zh "贷款贴息 1%", en "Loan interest subsidy: 1%"). */
const LABELLED = { zh: /^[\u4e00-\u9fff]{2,}\s+\d/, en: /^[A-Z][A-Za-z ,-]+: .*\d/ };

describe('amounts and metrics carry their labels', () => {
  it.each(['zh', 'en'] as const)('the details panel of 第10条 (%s)', async (lang) => {
    await page.goto(appUrl({ view: 'panorama', node: LOANS, lang }));
    const items = page.getByRole('complementary').first().locator('ul.amounts li');
    await items.first().waitFor();
    const texts = (await items.allTextContents()).map((x) => x.trim());
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const x of texts) expect(x).toMatch(LABELLED[lang]);
    if (lang === 'zh') {
      expect(texts).toContain('贷款贴息 1%');
      expect(texts).toContain('期限 2年');
      expect(texts).toContain('单个项目每年最高 500万元');
    } else {
      expect(texts).toContain('Loan interest subsidy: 1%');
      expect(texts).toContain('Term: 2 years');
      expect(texts).toContain('Cap per project per year: CNY 5 m');
    }
  });

  it.each(['zh', 'en'] as const)(
    'the header says which figure is today and which the target (%s)',
    async (lang) => {
      await page.goto(appUrl({ view: 'panorama', lang }));
      const metrics = page.locator('header dl.metrics');
      await metrics.waitFor();
      const text = (await metrics.textContent())?.replace(/\s+/g, ' ') ?? '';
      if (lang === 'zh') {
        expect(text).toContain('规模 20亿元 → 目标 50亿级');
        expect(text).toContain('现有企业 10余家 · 目标新引进 30家');
      } else {
        expect(text).toContain('Scale today: CNY 2 bn → Target: CNY 5 bn class');
        expect(text).toContain('Firms today: 10+ firms · New firms targeted: 30 firms');
      }
    },
  );

  it.each(['zh', 'en'] as const)('the print sheet labels each amount (%s)', async (lang) => {
    await page.goto(appUrl({ sheet: COMPRESSOR, lang }));
    const lines = page.locator('.amounts');
    await lines.first().waitFor();
    const all = (await lines.allTextContents()).join(lang === 'zh' ? '；' : '; ');
    const parts = all
      .split(lang === 'zh' ? '；' : '; ')
      .map((x) => x.trim())
      .filter(Boolean);
    expect(parts.length).toBeGreaterThan(0);
    for (const x of parts) expect(x).toMatch(LABELLED[lang]);
  });

  it.each(['zh', 'en'] as const)(
    'the projection’s first slide labels its figures (%s)',
    async (lang) => {
      await page.goto(appUrl({ mode: 'present', lang, step: '2' }));
      const lead = page.locator('p.lead').first();
      await lead.waitFor();
      const text = (await lead.textContent())?.replace(/\s+/g, ' ') ?? '';
      expect(text).toContain(lang === 'zh' ? '目标新引进 30家' : 'New firms targeted: 30 firms');
    },
  );
});

describe('a measure’s details at 1400×900', () => {
  it.each(['zh', 'en'] as const)(
    '%s: its amounts and the segments it names in view at once, the whole sentence one click away',
    async (lang) => {
      const t = strings(lang);
      await reopen({ width: 1400, height: 900 });
      await page.goto(appUrl({ view: 'panorama', node: LOANS, lang }));
      const panel = page.getByRole('complementary').first();
      const amounts = panel.locator('ul.amounts li');
      await amounts.first().waitFor();
      const bottom = (l: ReturnType<typeof panel.locator>) =>
        l.evaluate((e) => e.getBoundingClientRect().bottom);
      // The amounts, and the first segment the measure names, above the fold.
      expect(await bottom(amounts.last())).toBeLessThanOrEqual(900);
      const segments = panel
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: t.kinds.segment, exact: true }) });
      expect(await bottom(segments.getByRole('button').first())).toBeLessThanOrEqual(900);
      // The sentence shows its first lines; one click shows it whole.
      // (Polled: the panel is drawn again when the atlas replaces the first view's map.)
      const quote = panel.locator('blockquote').first();
      await expect
        .poll(() => quote.evaluate((e) => e.scrollHeight > e.clientHeight + 2))
        .toBe(true);
      const more = panel.getByRole('button', { name: t.sentenceWhole });
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
      await more.click();
      await expect
        .poll(() => quote.evaluate((e) => e.scrollHeight <= e.clientHeight + 2))
        .toBe(true);
      await expect(
        panel.getByRole('button', { name: t.sentenceShort }).getAttribute('aria-expanded'),
      ).resolves.toBe('true');
    },
  );
});
