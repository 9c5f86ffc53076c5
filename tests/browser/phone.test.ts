/**
 * A phone that works (issue 20, point 4), at 390×844 with touch, in Chinese and English: the
 * picture comes first, the controls fold behind one button, a tapped card's details open as a
 * sheet over the picture (in view at once, and closed by its ×), and the picture keeps a margin
 * from both edges.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';

let page: Page;
const { reopen } = pagePerTest((x) => {
  page = x.page;
});
const W = 390;
const H = 844;
const LANGS = [
  [
    'zh',
    {
      menu: '菜单',
      close: '关闭详情',
      search: '搜索',
      view: '关系图',
      share: '分享链接',
      crumbs: '位置',
    },
  ],
  [
    'en',
    {
      menu: 'Menu',
      close: 'Close details',
      search: 'Search',
      view: 'Network',
      share: 'Share link',
      crumbs: 'Breadcrumb',
    },
  ],
] as const;

describe('a 390×844 phone', () => {
  for (const [lang, s] of LANGS) {
    const url = appUrl({ view: 'panorama', ...(lang === 'en' ? { lang } : {}) });

    it(`${lang}: the picture comes first, with the controls behind one button`, async () => {
      await reopen({ width: W, height: H, touch: true });
      await page.goto(url);
      await page.locator('figure.panorama[data-drawn="true"]').waitFor();
      // The picture starts in the top third of the screen, its first cards in the top half.
      const top = (sel: string) =>
        page
          .locator(sel)
          .first()
          .evaluate((e) => e.getBoundingClientRect().top);
      expect(await top('figure.panorama')).toBeLessThan(H / 3);
      expect(await top('figure.panorama .card')).toBeLessThan(H / 2);
      // The way back is one line: the place one step up.
      const crumbs = page.getByRole('navigation', { name: s.crumbs });
      if (inject('hasRealData')) {
        const shown = await crumbs
          .getByRole('link')
          .evaluateAll((as) =>
            as.filter((a) => a.getClientRects().length > 0).map((a) => a.textContent),
          );
        expect(shown).toHaveLength(1);
        expect((await crumbs.boundingBox())!.height).toBeLessThan(40);
      }
      // Search stays; the view switch, the legend and the share menu wait behind 菜单.
      await expect(page.getByRole('searchbox', { name: s.search }).isVisible()).resolves.toBe(true);
      const menu = page.getByRole('button', { name: s.menu, exact: true });
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      const view = page.getByRole('button', { name: s.view, exact: true });
      await expect(view.isVisible()).resolves.toBe(false);
      await expect(page.locator('figure.legend').isVisible()).resolves.toBe(false);
      await menu.tap();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(view.isVisible()).resolves.toBe(true);
      await expect(page.locator('figure.legend').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('button', { name: s.share }).isVisible()).resolves.toBe(true);
      // Choosing a view folds the controls again, and the view is shown.
      await view.tap();
      await page.locator('figure.force').waitFor();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(view.isVisible()).resolves.toBe(false);
    });

    it(`${lang}: a tapped card opens its details as a sheet in view; × closes it`, async () => {
      await reopen({ width: W, height: H, touch: true });
      await page.goto(url);
      await page.locator('figure.panorama[data-drawn="true"]').waitFor();
      // Nothing chosen: no sheet over the picture.
      await expect(page.locator('aside.details').isVisible()).resolves.toBe(false);
      // A card below the first screen, as a person would scroll to it and tap.
      const card = page.locator('figure.panorama .card').nth(12);
      const name = (await card.locator('strong, .name').first().textContent())?.trim() ?? '';
      expect(name.length).toBeGreaterThan(0);
      await card.scrollIntoViewIfNeeded();
      await card.tap();
      const sheet = page.getByRole('complementary', { name });
      await sheet.waitFor();
      const box = (await sheet.boundingBox())!;
      // Over the foot of the screen, whole, without scrolling to it.
      expect(box.y).toBeGreaterThan(H * 0.3);
      expect(box.y + box.height).toBeLessThanOrEqual(H + 1);
      expect(box.width).toBeGreaterThanOrEqual(W - 1);
      await expect(sheet.getByRole('heading', { name, level: 2 }).isVisible()).resolves.toBe(true);
      await sheet.getByRole('button', { name: s.close }).tap();
      await expect.poll(() => page.locator('aside.details').isVisible()).toBe(false);
      await expect(
        page.evaluate(() => new URL(location.href).searchParams.get('node')),
      ).resolves.toBeNull();
    });

    it(`${lang}: the cards keep a margin from both edges, and nothing runs off the side`, async () => {
      await reopen({ width: W, height: H, touch: true });
      await page.goto(url);
      await page.locator('figure.panorama[data-drawn="true"]').waitFor();
      const edges = await page
        .locator('figure.panorama .card')
        .evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]),
        );
      expect(Math.min(...edges.map((e) => e[0]!))).toBeGreaterThanOrEqual(8);
      expect(Math.max(...edges.map((e) => e[1]!))).toBeLessThanOrEqual(W - 8);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
