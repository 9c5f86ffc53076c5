/**
 * Offline after the first visit: the service worker takes control, says the site is ready offline,
 * and with the network gone a reload still draws the map, searches, and opens a source document.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.runIf(inject('hasRealData'))('offline after the first visit', () => {
  it('reloads offline: map, search and source document still work', async () => {
    const s = await open(browser);
    const { page, context } = s;
    await page.goto(appUrl());
    await page.getByText('已可离线使用').waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    // Really offline: anything not precached fails.
    const reached = await page.evaluate(() =>
      fetch(`not-cached-${Date.now()}.json`).then(
        () => true,
        () => false,
      ),
    );
    expect(reached).toBe(false);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '汽车热管理产业链' }).waitFor();
    await page.locator('canvas').waitFor();
    const inked = await page.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1000);

    await page.getByRole('searchbox', { name: '搜索' }).fill('ysj');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('压缩机');
    await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
    const panel = page.getByRole('complementary', { name: '压缩机' });
    await expect(panel.locator('blockquote mark').first().textContent()).resolves.toBe('压缩机');
    await context.setOffline(false);
    await s.close();
  });

  it('tells an English reader it is ready offline', async () => {
    const s = await open(browser);
    await s.page.goto(appUrl({ lang: 'en' }));
    await s.page.getByText('Ready to work offline').waitFor({ timeout: 20_000 });
    await s.close();
  });
});
