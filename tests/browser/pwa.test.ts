/**
 * Offline after the first visit: the service worker takes control, says the site is ready offline,
 * and with the network gone a reload still draws the map, searches, and opens a source document.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, open, reloadOffline } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the site icon', () => {
  it('a first visit finds every file it asks for, the icon and the manifest icons included', async () => {
    const s = await open(browser);
    const { page, context } = s;
    const failed: string[] = [];
    context.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    context.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await page.goto(appUrl());
    await page.getByRole('heading', { level: 1 }).waitFor();
    const icon = await page.locator('link[rel="icon"]').evaluate((l: HTMLLinkElement) => l.href);
    const manifest = await page
      .locator('link[rel="manifest"]')
      .evaluate((l: HTMLLinkElement) => l.href);
    const { icons } = (await (await page.request.get(manifest)).json()) as {
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    // What a browser needs to install it: 192 and 512 px PNGs, and a maskable one.
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const src of [icon, ...icons.map((i) => new URL(i.src, manifest).href)]) {
      const r = await page.request.get(src);
      expect(r.status(), src).toBe(200);
      expect(r.headers()['content-type'], src).toMatch(/^image\//);
    }
    // The icon as the tab shows it: an image that decodes, with its own colours.
    const drawn = await page.evaluate(async (href) => {
      const img = new Image();
      img.src = href;
      await img.decode();
      return img.naturalWidth > 0;
    }, icon);
    expect(drawn).toBe(true);
    expect(failed).toEqual([]);
    await s.close();
  });
});

describe.runIf(inject('hasRealData'))('offline after the first visit', () => {
  it('reloads offline: map, search and source document still work', async () => {
    const s = await open(browser);
    const { page, context } = s;
    await page.goto(appUrl());
    // Really offline: anything not precached fails (reloadOffline checks).
    await reloadOffline(s, 20_000);
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

describe.runIf(inject('hasRealData'))('a new version', () => {
  it('waits for the reader: "有新版本" with Reload, which switches to the new build', async () => {
    // A build of its own, so the test can publish a "new version" of it.
    const root = resolve(import.meta.dirname, '../..');
    const outDir = mkdtempSync(join(tmpdir(), 'chainmap-pwa-'));
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    const address = server.httpServer.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const s = await open(browser);
    const { page } = s;
    try {
      await page.goto(url);
      await page.getByText('已可离线使用').waitFor({ timeout: 20_000 });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      expect(await page.getByText('有新版本').count()).toBe(0);

      appendFileSync(join(outDir, 'sw.js'), '\n// a new version\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = page.getByRole('alertdialog', { name: '有新版本' });
      await prompt.waitFor({ timeout: 20_000 });
      // Nothing changes until the reader chooses.
      expect(
        await page.evaluate(
          async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
        ),
      ).toBe(true);
      await Promise.all([
        page.waitForEvent('framenavigated'),
        prompt.getByRole('button', { name: '重新加载' }).click(),
      ]);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const state = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { waiting: !!r?.waiting, controlled: navigator.serviceWorker.controller !== null };
      });
      expect(state).toEqual({ waiting: false, controlled: true });
      expect(await page.getByText('有新版本').count()).toBe(0);
    } finally {
      await s.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 150_000);
});
