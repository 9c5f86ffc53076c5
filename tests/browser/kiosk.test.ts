/**
 * The kiosk file: built like `npm run build:kiosk` (one self-contained index.html), opened from
 * file:// with every non-file request aborted, on an emulated touch screen in landscape
 * (1920×1080) and portrait (1080×1920). Made for fingers: every target at least 48 px, no text under
 * 18 px, the page fits the screen; search with the on-screen keyboard; the picture above the
 * details in portrait with the controls in the lower half; a countdown before the idle reset, then
 * the attract loop; a tap brings back the start; an uncaught error resets the view; nothing of the
 * portal (notices, share, downloads).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { appUrl, launchBrowser } from './browser.ts';
import { touchAudit, type TouchAudit } from './touch-audit.ts';
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

/** The kiosk's two screens. */
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };

/** A touch-screen page on the kiosk file with all network blocked; `blocked` lists what it tried. */
async function kiosk(
  search = '',
  viewport = LANDSCAPE,
): Promise<{
  context: BrowserContext;
  page: Page;
  blocked: string[];
  errors: string[];
}> {
  const context = await browser.newContext({
    viewport,
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

/** The kiosk's search panel, opened from the bar. */
async function openSearch(page: Page, name = '搜索'): Promise<void> {
  await page.getByRole('button', { name, exact: true }).tap();
  await page.getByRole('dialog', { name }).waitFor();
}

/** A result button of the open search panel whose name starts with `name`. */
function result(page: Page, name: string): Locator {
  return page.locator('.kiosk-search').getByRole('button', { name: new RegExp(`^${name}`) });
}

/** Taps letters on the on-screen keyboard. */
async function typeKeys(page: Page, keys: string): Promise<void> {
  for (const k of keys) await page.getByRole('button', { name: k, exact: true }).tap();
}

/** The figures the note on issue 12 quotes, collected as the tests measure them. */
const figures: Record<string, { target: number; text: number; space: number }> = {};
function record(where: string, a: TouchAudit): void {
  const was = figures[where] ?? { target: Infinity, text: Infinity, space: Infinity };
  figures[where] = {
    target: Math.min(was.target, a.smallestTarget.px),
    text: Math.min(was.text, a.smallestText.px),
    space: Math.min(was.space, a.closestTargets.px),
  };
}
afterAll(() => {
  for (const [where, f] of Object.entries(figures))
    console.log(
      `kiosk ${where}: smallest target ${f.target} px, smallest text ${f.text} px, ` +
        `closest targets ${f.space} px apart`,
    );
});

describe.runIf(inject('hasRealData'))('kiosk file', () => {
  it('is one file within budget (budgets.yaml, the budget npm test checks)', () => {
    const { kioskFileMb } = parse(readFileSync(join(root, 'budgets.yaml'), 'utf8')) as {
      kioskFileMb: number;
    };
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(statSync(join(outDir, 'index.html')).size).toBeLessThan(kioskFileMb * 1e6);
  });

  it('opens from file:// with no network: panorama, search, document, shipped font', async () => {
    const { context, page, blocked, errors } = await kiosk();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '汽车热管理产业链',
    );
    // The panorama alone: no view needs dragging or small text, so there is no view switch.
    await page.locator('figure.panorama').waitFor();
    await expect(page.getByRole('button', { name: '关系图', exact: true }).count()).resolves.toBe(
      0,
    );
    await openSearch(page);
    // A physical keyboard, if one is attached, types too.
    await page.getByRole('searchbox', { name: '搜索' }).fill('ysj');
    await result(page, '压缩机').tap();
    const panel = page.getByRole('complementary', { name: '压缩机' });
    // The quote's sentence comes from the embedded document text.
    await expect(panel.locator('blockquote mark').first().textContent()).resolves.toBe('压缩机');
    await panel.getByRole('button', { name: '查看原文' }).first().tap();
    await expect(page.locator('dialog[open]').textContent()).resolves.toContain('压缩机');
    await page.locator('dialog[open]').getByRole('button', { name: '关闭' }).tap();
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

  for (const [name, viewport] of [
    ['landscape', LANDSCAPE],
    ['portrait', PORTRAIT],
  ] as const) {
    it(`is made for fingers in ${name}: targets ≥ 48 px, text ≥ 18 px, no scrolling`, async () => {
      const { context, page, errors } = await kiosk(`?node=${COMPRESSOR}`, viewport);
      const panel = page.getByRole('complementary', { name: '压缩机' });
      await panel.waitFor();
      await panel.locator('blockquote mark').first().waitFor();
      const audits: [string, TouchAudit][] = [];
      const measure = async (state: string): Promise<void> => {
        const a = await touchAudit(page);
        record(name, a);
        audits.push([state, a]);
      };
      await measure('a segment selected');
      // The page fits the screen: the picture never scrolls, nor does the page.
      const fits = await page.evaluate(() => ({
        page: document.documentElement.scrollHeight <= innerHeight + 1,
        wide: document.documentElement.scrollWidth <= innerWidth + 1,
        picture: (() => {
          const v = document.querySelector('main.view')!;
          return v.scrollHeight <= v.clientHeight + 1;
        })(),
      }));
      expect(fits).toEqual({ page: true, wide: true, picture: true });
      await openSearch(page);
      await typeKeys(page, 'YSJ');
      await result(page, '压缩机').waitFor();
      await measure('search with results');
      await result(page, '压缩机').tap();
      await panel.getByRole('button', { name: '查看原文' }).first().tap();
      await page.locator('dialog[open] mark').waitFor();
      await measure('a document open');
      await page.locator('dialog[open]').getByRole('button', { name: '关闭' }).tap();
      await page.getByRole('button', { name: 'English' }).tap();
      await page.getByRole('complementary', { name: 'Electric compressor' }).waitFor();
      await measure('in English');
      for (const [state, a] of audits) {
        expect(a.targets, state).toBeGreaterThan(20);
        expect(a.smallTargets, state).toEqual([]);
        // Spaced: no two targets a finger can reach closer than 8 px.
        expect(a.closestTargets.px, `${state}: ${a.closestTargets.what}`).toBeGreaterThanOrEqual(8);
        expect(a.smallText, state).toEqual([]);
      }
      // The kiosk's controls are well over the minimum: 56 px and more.
      const controls = await page
        .locator('.bar button, .kiosk-search button, .kiosk-search input')
        .evaluateAll((els) => els.map((el) => Math.min(el.clientWidth, el.clientHeight)));
      expect(Math.min(...controls)).toBeGreaterThanOrEqual(56);
      // Text cannot be selected (inputs excepted); no context menu.
      const style = await page.evaluate(() => ({
        body: getComputedStyle(document.body).userSelect,
        menu: !document.body.dispatchEvent(
          new MouseEvent('contextmenu', { bubbles: true, cancelable: true }),
        ),
      }));
      expect(style).toEqual({ body: 'none', menu: true });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('searches with the on-screen keyboard: Y S J → 压缩机, backspace, clear, in both languages', async () => {
    const { context, page } = await kiosk();
    await openSearch(page);
    const box = page.getByRole('searchbox', { name: '搜索' });
    // The input keeps its label and opens no keyboard of the system.
    await expect(box.getAttribute('inputmode')).resolves.toBe('none');
    await expect(page.getByRole('group', { name: '拼音首字母键盘' }).count()).resolves.toBe(1);
    await typeKeys(page, 'YSJ');
    await expect(box.inputValue()).resolves.toBe('ysj');
    const hit = result(page, '压缩机');
    await expect(hit.textContent()).resolves.toContain('招商缺口');
    // The keys leave the focus in the input.
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByRole('button', { name: /退格/ }).tap();
    await expect(box.inputValue()).resolves.toBe('ys');
    await page.getByRole('button', { name: '清除', exact: true }).tap();
    await expect(box.inputValue()).resolves.toBe('');
    await expect(page.locator('.kiosk-search .result').count()).resolves.toBe(0);
    await typeKeys(page, 'FJ');
    await result(page, '风机').tap();
    await page.getByRole('complementary', { name: '风机' }).waitFor();
    await expect(page.getByRole('dialog', { name: '搜索' }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'English' }).tap();
    await openSearch(page, 'Search');
    await page.getByRole('button', { name: 'Clear', exact: true }).tap();
    await typeKeys(page, 'YSJ');
    const en = result(page, 'Electric compressor');
    await expect(en.textContent()).resolves.toContain('压缩机');
    await en.tap();
    await page.getByRole('complementary', { name: 'Electric compressor' }).waitFor();
    await context.close();
  });

  it('in portrait: the picture fills the width on top, the details below, the controls in the lower half', async () => {
    const { context, page } = await kiosk(`?node=${COMPRESSOR}`, PORTRAIT);
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const panorama = await box('figure.panorama');
    const details = await box('aside.details');
    // The picture spans the screen; a chosen node's details rise over its lower part and reach
    // down to the bar (tests/browser/kiosk-room.test.ts measures the room they get).
    expect(panorama.width).toBeGreaterThan(PORTRAIT.width * 0.95);
    expect(details.y).toBeLessThan(PORTRAIT.height / 2);
    expect(details.y + details.height).toBeGreaterThan(PORTRAIT.height * 0.9);
    const half = PORTRAIT.height / 2;
    const bar = await page
      .locator('.bar button')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(bar).toHaveLength(3);
    for (const top of bar) expect(top).toBeGreaterThan(half);
    await openSearch(page);
    await typeKeys(page, 'YSJ');
    const search = await page
      .locator('.kiosk-search :is(button, input)')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(search.length).toBeGreaterThan(30);
    for (const top of search) expect(top).toBeGreaterThan(half);
    await context.close();
  });

  it('keeps the way back to the start in the same place', async () => {
    for (const viewport of [LANDSCAPE, PORTRAIT]) {
      const { context, page } = await kiosk(`?node=${COMPRESSOR}`, viewport);
      // By its place in the bar: its name changes with the language.
      const home = page.locator('.bar .home');
      await expect(home.textContent()).resolves.toBe('回到首页');
      const at = async () => {
        const b = (await home.boundingBox())!;
        return [Math.round(b.x), Math.round(b.y)];
      };
      const first = await at();
      expect(first[0]).toBeLessThan(60);
      expect(first[1]).toBeGreaterThan(viewport.height - 120);
      await openSearch(page);
      expect(await at()).toEqual(first);
      await page.getByRole('button', { name: '关闭', exact: true }).tap();
      await page.getByRole('button', { name: 'English' }).tap();
      expect(await at()).toEqual(first);
      await context.close();
    }
  });

  it('warns with a countdown before the reset; Stay cancels it; then the attract loop', async () => {
    const { context, page } = await kiosk(`?idle=6&node=${COMPRESSOR}`);
    const warning = page.getByRole('alertdialog');
    // idle 6 s: the countdown shows for the last 3.
    await warning.waitFor({ timeout: 6000 });
    await expect(warning.textContent()).resolves.toMatch(/\d 秒后返回首页/);
    expect(new URL(page.url()).searchParams.get('node')).toBe(COMPRESSOR);
    const during = await touchAudit(page);
    record('landscape', during);
    expect([during.smallTargets, during.smallText]).toEqual([[], []]);
    await page.getByRole('button', { name: '继续浏览' }).tap();
    await warning.waitFor({ state: 'detached' });
    // Stayed: nothing was reset.
    await page.waitForTimeout(1500);
    expect(new URL(page.url()).searchParams.get('node')).toBe(COMPRESSOR);
    await expect(page.getByRole('complementary', { name: '压缩机' }).count()).resolves.toBe(1);
    // Left alone again: the countdown, then the attract loop with its call to touch.
    await warning.waitFor({ timeout: 6000 });
    const seconds = Number((await warning.textContent())?.match(/\d+/)?.[0]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(3);
    await page.getByText('触摸屏幕开始浏览').waitFor({ timeout: 6000 });
    await expect(warning.count()).resolves.toBe(0);
    const attract = await touchAudit(page);
    record('landscape', attract);
    expect([attract.smallTargets, attract.smallText]).toEqual([[], []]);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('node'))
      .toMatch(new RegExp(`^${CHAIN}-(up|mid|down)-`));
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
    const { context, page } = await kiosk(`?node=${COMPRESSOR}`);
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('simulated fault');
      }),
    );
    await page.getByText('出现问题，已自动返回首页。').waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await openSearch(page);
    await typeKeys(page, 'FJ');
    await result(page, '风机').waitFor();
    await context.close();
  });

  it('shows nothing of the portal: no notices, share, downloads or links out', async () => {
    const { context, page } = await kiosk(`?node=${COMPRESSOR}`);
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    await page.waitForTimeout(1500);
    const portal = await page.evaluate(() => ({
      prompt: document.querySelectorAll('.pwa, .share-menu, .tools, .legend').length,
      downloads: document.querySelectorAll('a[download], a[target=_blank]:not([href^=http])')
        .length,
      text: ['已可离线使用', '有新版本', '分享链接', '下载', '导出'].filter((w) =>
        document.body.innerText.includes(w),
      ),
      // Links to other sites show as text: not pressable.
      linksOut: [...document.querySelectorAll('a[href^="http"]')].filter(
        (a) => getComputedStyle(a).pointerEvents !== 'none',
      ).length,
    }));
    expect(portal).toEqual({ prompt: 0, downloads: 0, text: [], linksOut: 0 });
    const external = page.locator('a[href^="http"]').first();
    if (await external.count()) {
      const left = await external.evaluate(
        (a) => !a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })),
      );
      expect(left).toBe(true);
    }
    expect(page.url().startsWith('file:')).toBe(true);
    await context.close();
  });
});

describe('kiosk mode of the web build (?mode=kiosk)', () => {
  it('mounts no update prompt and registers no service worker', async () => {
    const context = await browser.newContext({ viewport: LANDSCAPE, hasTouch: true });
    const page = await context.newPage();
    await page.goto(appUrl({ mode: 'kiosk', view: 'panorama' }));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: '回到首页' }).waitFor();
    await page.waitForTimeout(2000);
    const found = await page.evaluate(async () => ({
      prompt: document.querySelectorAll('.pwa').length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(found).toEqual({ prompt: 0, workers: 0 });
    await context.close();
  });
});
