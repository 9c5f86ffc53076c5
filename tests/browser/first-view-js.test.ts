/**
 * The first view's JavaScript (issue 20, point 11): before any interaction, counting what is
 * fetched on idle, the portal fetches at most 90 kB gzip of JavaScript; the next tap's code comes
 * when the pointer or the keyboard reaches its button.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { pagePerTest } from './browser.ts';

let page: Page;
pagePerTest((x) => {
  page = x.page;
});

/**
 * Records every script the page fetches, with its gzip size (as a server that compresses sends it),
 * once per address: a script fetched again (the map checks' worker, started for the first view's
 * map and again for the atlas) comes from the browser's cache, its hashed name never changes.
 */
function recordScripts(p: Page): { url: string; gzip: number }[] {
  const out: { url: string; gzip: number }[] = [];
  p.on('response', (r: Response) => {
    if (r.request().resourceType() !== 'script' && !/\.m?js(\?|$)/.test(r.url())) return;
    if (r.url().includes('/sw.js') || r.url().includes('workbox')) return;
    r.body().then(
      (b) =>
        out.some((x) => x.url === r.url()) ||
        out.push({ url: r.url(), gzip: gzipSync(b, { level: 9 }).length }),
      () => undefined,
    );
  });
  return out;
}

describe('the first view’s JavaScript', () => {
  it('is at most 90 kB gzip until the network has been idle for 3 s, and hovering a view button fetches that view', async () => {
    const scripts = recordScripts(page);
    await page.goto(inject('baseUrl'));
    await page.locator('.columns').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(3000);
    await page.waitForLoadState('networkidle');
    const total = scripts.reduce((s, x) => s + x.gzip, 0);
    const report = scripts.map((x) => `${x.url.split('/').pop()} ${(x.gzip / 1000).toFixed(1)} kB`);
    console.log(`first view JS: ${(total / 1000).toFixed(1)} kB gzip\n  ${report.join('\n  ')}`);
    expect(total, report.join(', ')).toBeLessThanOrEqual(90_000);
    // The force view's code is not among them, and arrives once the pointer is on its button.
    const before = scripts.length;
    await page.getByRole('button', { name: '关系图' }).hover();
    await expect.poll(() => scripts.length, { timeout: 5000 }).toBeGreaterThan(before);
    const t0 = Date.now();
    await page.getByRole('button', { name: '关系图' }).click();
    await page.locator('canvas').first().waitFor();
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
