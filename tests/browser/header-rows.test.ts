/**
 * The portal's header keeps to two rows from 1280 px on (issue 20: in English it wrapped to three
 * or four and pushed the map down): its title, figures and switches lie in at most two rows, the
 * tools below in one, in Chinese and English.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';

let page: Page;
const { reopen } = pagePerTest((x) => {
  page = x.page;
});

/** How many rows the visible children of `selector` stand in (boxes that overlap share a row). */
function rows(selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const boxes = [...el.children]
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .sort((a, b) => a.top - b.top);
    let n = 0;
    let bottom = -Infinity;
    for (const r of boxes) {
      if (r.top >= bottom - 1) n++;
      bottom = Math.max(bottom, r.bottom);
    }
    return n;
  });
}

describe('the header from 1280 px on', () => {
  const cases = [1280, 1400, 1600, 1920].flatMap((w) =>
    (['zh', 'en'] as const).map((lang) => [w, lang] as const),
  );
  it.each(cases)('%i px, %s: at most two rows, the tools in one', async (w, lang) => {
    await reopen({ width: w, height: 900 });
    await page.goto(appUrl({ view: 'panorama', lang }));
    await page.locator('figure.panorama[data-drawn="true"]').waitFor();
    const header = page.getByRole('banner');
    await header.getByRole('heading', { level: 1 }).waitFor();
    expect(await rows('.app > header')).toBeLessThanOrEqual(2);
    expect(await rows('#tools')).toBe(1);
    // The map starts in the top third of the screen.
    const top = await page
      .locator('figure.panorama')
      .evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeLessThan(300);
  });
});
