/**
 * A legend per view (issue 20, point 10): each view's legend shows only what that view draws —
 * the panorama its cards' outlines, the network its shapes, the Sankey its bars, an industry's
 * roadmap its firms and institutions, the outline none.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';

let page: Page;
pagePerTest((x) => {
  page = x.page;
});
const legend = () => page.locator('figure.legend');
const items = () => legend().locator('li').allTextContents();
/** Kinds only the network draws as shapes: a panorama's legend never names them. */
const NETWORK_ONLY = ['措施', '部门', '政策'];

describe('a legend per view', () => {
  it('the panorama: its cards’ outlines, drawn as the cards draw them, and no network shapes', async () => {
    await page.goto(appUrl({ view: 'panorama' }));
    await page.locator('figure.panorama[data-drawn="true"]').waitFor();
    const shown = await items();
    expect(shown).toContain('招商缺口（虚线粗框）');
    expect(shown).toContain('产业链环节（细框）');
    for (const kind of NETWORK_ONLY) expect(shown).not.toContain(kind);
    expect(await legend().locator('svg').count()).toBe(0);
    // The legend's gap box is outlined as a gap card is.
    const style = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => {
          const s = getComputedStyle(e);
          return [s.borderTopStyle, s.borderTopColor];
        });
    expect(await style('figure.legend .box.gap')).toEqual(await style('figure.panorama .card.gap'));
    if (inject('hasRealData'))
      expect(await style('figure.legend .box.present')).toEqual(
        await style('figure.panorama .card.present'),
      );
  });

  it('the network: one shape per kind on the map and the gap outline', async () => {
    await page.goto(appUrl({ view: 'force' }));
    await page.locator('figure.force canvas').waitFor();
    const shown = await items();
    expect(shown).toContain('环节');
    expect(shown).toContain('招商缺口（虚线粗框）');
    expect(await legend().locator('svg path').count()).toBe(shown.length);
  });

  it('the Sankey: only the kinds it draws as bars', async () => {
    await page.goto(appUrl({ view: 'sankey' }));
    await page.locator('figure.sankey').waitFor();
    const shown = await items();
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(['环节', '客户', '招商缺口（虚线粗框）']).toContain(s);
  });

  it('the outline, which says what each line is in words, has none', async () => {
    await page.goto(appUrl({ view: 'outline' }));
    await page.locator('.outline').first().waitFor();
    expect(await legend().count()).toBe(0);
  });

  it.runIf(inject('hasRealData'))(
    'an industry’s roadmap: firms (and institutions), no gap outline it does not draw',
    async () => {
      await page.goto(appUrl({ view: 'panorama', chain: 'xinxiang-chemicals' }));
      await page.locator('figure.roadmap').waitFor();
      const shown = await items();
      expect(shown).toContain('企业（细框）');
      expect(shown).toContain('机构（双线框）');
      expect(shown.some((s) => s.startsWith('招商缺口'))).toBe(false);
    },
  );

  it.runIf(inject('hasRealData')).each(['zh', 'en'])(
    '%s: a roadmap with no institution has no legend (no lone, empty firm box)',
    async (lang) => {
      await page.goto(
        appUrl({ view: 'panorama', chain: 'xinxiang-batteries-and-new-energy', lang }),
      );
      await page.locator('figure.roadmap').waitFor();
      // Its firms are cards like every other: the column heading says what they are.
      await page
        .getByRole('button', { name: lang === 'zh' ? '宁德时代' : 'CATL', exact: true })
        .waitFor();
      expect(await legend().count()).toBe(0);
    },
  );

  it('in English too', async () => {
    await page.goto(appUrl({ view: 'panorama', lang: 'en' }));
    await page.locator('figure.panorama[data-drawn="true"]').waitFor();
    const shown = await items();
    expect(shown).toContain('Investment gap (thick dashed outline)');
    expect(shown).toContain('Chain link (thin outline)');
  });
});
