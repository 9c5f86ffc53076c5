/**
 * The kiosk file: built like `npm run build:kiosk` (one self-contained index.html), opened from
 * file:// with every non-file request aborted. Search and all views work, it is touch-first, it
 * idles into the attract loop through the gap segments, a tap brings back the start, and an
 * uncaught error resets the view.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { CHAIN, COMPRESSOR, NEV_OEM } from './ids.ts';

const root = resolve(import.meta.dirname, '../..');
let outDir: string;
let fileUrl: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'chainmap-kiosk-'));
  await build({ root, mode: 'kiosk', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  fileUrl = pathToFileURL(join(outDir, 'index.html')).href;
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** A touch-screen page on the kiosk file with all network blocked; `blocked` lists what it tried. */
async function kiosk(search = ''): Promise<{
  context: BrowserContext;
  page: Page;
  blocked: string[];
  errors: string[];
}> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    reducedMotion: 'reduce',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${fileUrl}${search}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, blocked, errors };
}

describe.runIf(inject('hasRealData'))('kiosk file', () => {
  it('is one file within budget', () => {
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(statSync(join(outDir, 'index.html')).size).toBeLessThan(1.5e6);
  });

  it('opens from file:// with no network: search, views, document, shipped font', async () => {
    const { context, page, blocked, errors } = await kiosk();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '汽车热管理产业链',
    );
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('ysj');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('压缩机');
    await box.press('Enter');
    const panel = page.getByRole('complementary', { name: '压缩机' });
    // The quote's sentence comes from the embedded document text.
    await expect(panel.locator('blockquote mark').first().textContent()).resolves.toBe('压缩机');
    await panel.getByRole('button', { name: '查看原文' }).first().tap();
    await expect(page.locator('dialog[open]').textContent()).resolves.toContain('压缩机');
    await page.locator('dialog[open]').getByRole('button', { name: '关闭' }).tap();
    for (const view of ['桑基图', '大纲', '关系图']) {
      await page.getByRole('button', { name: view, exact: true }).tap();
      expect(
        await page.getByRole('button', { name: view, exact: true }).getAttribute('aria-pressed'),
      ).toBe('true');
    }
    await page.getByRole('button', { name: '桑基图', exact: true }).tap();
    expect(await page.locator('svg rect').count()).toBeGreaterThan(10);
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces = [...document.fonts].filter((f) => f.family.includes('ChainMap Sans SC'));
      const h1 = getComputedStyle(document.querySelector('h1')!).fontFamily;
      return faces.some((f) => f.status === 'loaded') && h1.includes('ChainMap Sans SC');
    });
    expect(font).toBe(true);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is touch-first: 44 px targets, no selection, no context menu, no links out', async () => {
    const { context, page } = await kiosk(`?node=${COMPRESSOR}`);
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, summary, [role=option], a[href]')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(
          ({ el, r }) =>
            r.width > 2 &&
            r.height > 2 &&
            getComputedStyle(el).visibility !== 'hidden' &&
            !el.closest('.sr-only') &&
            // Links out are plain text in the kiosk: not targets at all.
            getComputedStyle(el).pointerEvents !== 'none',
        )
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(
          ({ el, r }) =>
            `${el.tagName} "${el.textContent?.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    );
    expect(small).toEqual([]);
    const style = await page.evaluate(() => ({
      body: getComputedStyle(document.body).userSelect,
      input: getComputedStyle(document.querySelector('input')!).userSelect,
    }));
    expect(style).toEqual({ body: 'none', input: 'text' });
    const menu = await page.evaluate(
      () =>
        !document.body.dispatchEvent(
          new MouseEvent('contextmenu', { bubbles: true, cancelable: true }),
        ),
    );
    expect(menu).toBe(true);
    // External references show as text: a tap does not leave the kiosk.
    const external = page.locator('a[href^="http"]').first();
    if (await external.count()) {
      expect(await external.evaluate((a) => getComputedStyle(a).pointerEvents)).toBe('none');
      const left = await external.evaluate(
        (a) => !a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })),
      );
      expect(left).toBe(true);
    }
    expect(page.url().startsWith('file:')).toBe(true);
    await context.close();
  });

  it('idles into the attract loop through the gaps; a tap returns to the start', async () => {
    const { context, page } = await kiosk(`?idle=2&node=${NEV_OEM}&view=outline`);
    const attract = page.getByText('触摸屏幕开始浏览');
    await attract.waitFor({ timeout: 8000 });
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 2; i++) {
      const node = new URL(page.url()).searchParams.get('node');
      if (node) seen.add(node);
      await page.waitForTimeout(250);
    }
    expect(seen.size).toBeGreaterThanOrEqual(2);
    for (const id of seen) expect(id).toMatch(new RegExp(`^${CHAIN}-(up|mid|down)-`));
    // The view went back to the start view, and a gap's details are shown.
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBeNull();
    await expect(page.locator('aside .badge.gap').first().textContent()).resolves.toBe('招商缺口');

    await page.touchscreen.tap(900, 500);
    await attract.waitFor({ state: 'detached' });
    await expect.poll(() => new URL(page.url()).search).toBe('?idle=2');
    await expect(page.locator('aside').first().textContent()).resolves.toContain(
      '在图中点击或搜索',
    );
    await context.close();
  });

  it('heals itself: an uncaught error resets the view and says so', async () => {
    const { context, page } = await kiosk(`?node=${COMPRESSOR}&view=sankey`);
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('simulated fault');
      }),
    );
    await page.getByText('出现问题，已自动返回首页。').waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.getByRole('searchbox', { name: '搜索' }).fill('fj');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('风机');
    await context.close();
  });
});
