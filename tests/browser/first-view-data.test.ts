/**
 * The first screen waits for one chain, not for the atlas (issue 20, Lighthouse): the portal's
 * default page fetches the first view's map (the featured chain and the places, a fraction of the
 * atlas) and the atlas after the page has settled; a page the first view's map does not hold (a
 * place's page, a search, another chain) gets the atlas at once, never an error or a wrong page.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';
import { strings } from '../../src/app/i18n/strings.ts';

let page: Page;
pagePerTest((x) => {
  page = x.page;
});
const maps = (p: Page): string[] => {
  const seen: string[] = [];
  p.on('request', (r) => {
    const m = /(first-view|chain-map)-[\w-]+\.json$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1] as string);
  });
  return seen;
};
/** Holds the atlas back until the returned function is called. */
async function holdAtlas(): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/chain-map-[\w-]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}
const panorama = (params: Record<string, string> = {}) => appUrl({ view: 'panorama', ...params });

describe.runIf(inject('hasRealData'))('the first view’s map, then the atlas', () => {
  it('the default page draws the chain from the first view’s map, then the atlas arrives', async () => {
    const seen = maps(page);
    await page.goto(panorama());
    await page.getByRole('button', { name: /^压缩机；招商缺口/ }).waitFor();
    expect(seen[0]).toBe('first-view');
    await expect.poll(() => seen.includes('chain-map'), { timeout: 15_000 }).toBe(true);
    // With the atlas, the firms the city's industries target are found by search.
    await page.getByRole('searchbox', { name: '搜索' }).fill('whhx');
    await expect
      .poll(() => page.getByRole('option').first().textContent(), { timeout: 10_000 })
      .toContain('万华化学');
    // The chain is still on screen, as it was.
    await page.getByRole('button', { name: /^压缩机；招商缺口/ }).waitFor();
  });

  it('a search typed before the atlas has come says it is coming, then finds', async () => {
    const release = await holdAtlas();
    await page.goto(panorama());
    await page.getByRole('button', { name: /^压缩机；招商缺口/ }).waitFor();
    await page.getByRole('searchbox', { name: '搜索' }).fill('whhx');
    await page.getByRole('status').filter({ hasText: '正在载入全部图谱' }).waitFor();
    await expect(page.getByRole('option').count()).resolves.toBe(0);
    release();
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('万华化学');
  });

  it('a search the first view’s map can answer is answered at once', async () => {
    await page.route(/chain-map-[\w-]+\.json$/, () => undefined); // the atlas never comes
    await page.goto(panorama());
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('ysj');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('压缩机');
    await box.press('Enter');
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
  });

  it('the city page, before the atlas has come, waits for it and shows the whole city', async () => {
    // The atlas is held back until the city link is clicked.
    const release = await holdAtlas();
    await page.goto(panorama());
    const nav = page.getByRole('navigation', { name: '位置' });
    await nav.getByRole('link', { name: '新乡市' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('xinxiang');
    // No error and no half-empty table while the atlas is on its way.
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    release();
    const table = page.getByRole('table');
    await table.waitFor();
    await expect(table.getByRole('rowheader').count()).resolves.toBeGreaterThanOrEqual(13);
  });

  it('an atlas that fails leaves the chain on screen; the city page then says why', async () => {
    await page.route(/chain-map-[\w-]+\.json$/, (route) =>
      route.fulfill({ status: 404, body: 'Not Found' }),
    );
    await page.goto(panorama());
    await page.getByRole('button', { name: /^压缩机；招商缺口/ }).waitFor();
    await page.waitForTimeout(1500); // the atlas has been asked for and refused
    await expect(page.getByRole('button', { name: /^压缩机；招商缺口/ }).count()).resolves.toBe(1);
    const nav = page.getByRole('navigation', { name: '位置' });
    await nav.getByRole('link', { name: '新乡市' }).click();
    await page.getByText(strings('zh').errors.load.notFound).waitFor();
  });

  it('a place’s page opened by its address fetches the atlas at once', async () => {
    // (index.html preloads the first view's map for every address; the app does not wait for it.)
    let settled = false;
    await page.route(/first-view-[\w-]+\.json$/, async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      settled = true;
      await route.continue();
    });
    await page.goto(panorama({ region: 'xinxiang' }));
    await page.getByRole('table').waitFor();
    expect(settled).toBe(false);
  });
});
