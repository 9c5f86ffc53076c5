/**
 * Zero requests to any other origin at run time: a reader's whole visit — search, the three views,
 * details, the document dialog, the language switch, the share and download menu, an image export,
 * a print sheet, the presentation — while every request of the page, its workers and the service
 * worker is recorded.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, open } from './browser.ts';
import { COMPRESSOR } from './ids.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('a whole visit requests nothing from another origin', async () => {
  const s = await open(browser);
  const { page, context } = s;
  const origin = new URL(inject('baseUrl')).origin;
  const requests: string[] = [];
  let fromServiceWorker = 0;
  // Context-level: pages, dedicated workers and the service worker's own fetches (its precache).
  context.on('request', (r) => {
    requests.push(r.url());
    if (r.serviceWorker()) fromServiceWorker++;
  });
  // The CSP blocks an other-origin fetch before it becomes a request; an attempt still shows up
  // as a violation (checked on each page of the visit).
  await context.addInitScript(() => {
    const w = window as { __csp?: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp?.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations = async (): Promise<string[]> =>
    (await page.evaluate(() => (window as { __csp?: string[] }).__csp)) ?? [];
  await page.goto(appUrl());

  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.fill('ysj');
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
  const panel = page.getByRole('complementary');
  await panel.getByRole('heading', { level: 2 }).waitFor();

  // The document dialog, opened from the details.
  await panel.getByRole('button', { name: '查看原文' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expect.poll(() => dialog.locator('mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await page.keyboard.press('Escape');

  for (const view of ['桑基图', '大纲', '关系图'])
    await page.getByRole('button', { name: view, exact: true }).click();

  await page.getByRole('button', { name: '语言: English' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).waitFor();
  await page.getByRole('button', { name: 'Language: 中文' }).click();
  await page.getByRole('searchbox', { name: '搜索' }).waitFor();

  // Share (clipboard may be refused headless: the fallback field appears instead) and download.
  await page.getByRole('button', { name: '分享链接' }).click();
  await page.getByText('下载', { exact: true }).click();
  await page.getByRole('group', { name: '下载数据与图片' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG 矢量图' }).click();
  await download;
  // A downloaded data file is fetched from the portal too.
  const json = await page.getByRole('link', { name: '产业链图谱（JSON）' }).getAttribute('href');
  expect(new URL(json ?? '', page.url()).origin).toBe(origin);

  expect(await violations()).toEqual([]);

  // The print sheet and the presentation load the map in their own way.
  await page.goto(appUrl({ sheet: COMPRESSOR }));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  expect(await violations()).toEqual([]);
  await page.goto(appUrl({ mode: 'present' }));
  await page.getByRole('heading').first().waitFor();
  await page.waitForTimeout(500);
  expect(await violations()).toEqual([]);
  await s.close();

  const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  console.log(
    `requests recorded during the visit: ${requests.length} (${fromServiceWorker} by the service worker), other origins: ${foreign.length}`,
  );
  expect(requests.length).toBeGreaterThan(10);
  expect(foreign).toEqual([]);
});
