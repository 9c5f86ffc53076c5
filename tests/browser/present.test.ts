/**
 * Fair projection (`?mode=present`): the tour stepped by a presenter remote's keys, by taps and
 * swipes, the step in the URL (back/forward work), B blanks, and the on-screen QR code decodes
 * (with an independent decoder, jsQR) to the portal link of the current step; the full-screen
 * button enters and leaves full screen in both languages, and is absent without the Fullscreen API.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, open } from './browser.ts';

const jsQrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const step = (page: Page): string | null => new URL(page.url()).searchParams.get('step');
const title = (page: Page) => page.locator('#slide-title h2').textContent();

/** Decodes the QR code on screen: its SVG drawn onto a canvas, read by jsQR. */
async function decodeQr(page: Page): Promise<string | null> {
  // Evaluated, not added as a <script>: the app's CSP allows no inline scripts.
  await page.evaluate(readFileSync(jsQrPath, 'utf8'));
  return page.evaluate(async () => {
    const svg = document.querySelector('svg.qr') as SVGSVGElement;
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = c.height = 400;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 400);
    ctx.drawImage(img, 40, 40, 320, 320);
    const d = ctx.getImageData(0, 0, 400, 400);
    type JsQr = (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
    return (window as unknown as { jsQR: JsQr }).jsQR(d.data, 400, 400)?.data ?? null;
  });
}

describe.runIf(inject('hasRealData'))('present mode', () => {
  it('steps with remote keys, keeps the step in the URL, and back/forward restore it', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(appUrl({ mode: 'present' }));
    await expect(title(page)).resolves.toBe('汽车热管理产业链');
    const counter = await page.locator('.counter').textContent();
    const total = Number(/\/ (\d+)/.exec(counter ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(6);

    await page.keyboard.press('PageDown');
    await expect.poll(() => step(page)).toBe('2');
    await expect(title(page)).resolves.toBe('上游环节');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step(page)).toBe('3');
    await expect(title(page)).resolves.toMatch(/^招商缺口：/);
    await page.keyboard.press(' ');
    await expect.poll(() => step(page)).toBe('4');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => step(page)).toBe('2');
    await page.goBack();
    await expect.poll(() => step(page)).toBe('3');
    await expect(title(page)).resolves.toMatch(/^招商缺口：/);
    await page.goForward();
    await expect(title(page)).resolves.toBe('上游环节');
    await page.keyboard.press('End');
    await expect(title(page)).resolves.toBe('联系部门');
    await expect(page.locator('#slide-title').textContent()).resolves.toContain('区财政局');
    await s.close();
  });

  it('a deep link opens its step; the QR code decodes to that step on the portal', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(appUrl({ mode: 'present', step: '3' }));
    await expect(title(page)).resolves.toMatch(/^招商缺口：/);
    const qr = page.getByRole('img', { name: /扫码在手机上查看本页/ });
    const url = await qr.getAttribute('data-qr-url');
    expect(url).toMatch(new RegExp(`^${inject('baseUrl')}\\?node=[a-z-]+$`));
    await expect(decodeQr(page)).resolves.toBe(url);
    // …and that link opens the gap named on the slide, in the portal.
    const name = (await title(page))!.replace('招商缺口：', '');
    await page.goto(url!);
    await page.getByRole('complementary', { name }).waitFor();
    await s.close();
  });

  it('B blanks the screen and stops stepping; B again shows the same slide', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(appUrl({ mode: 'present', step: '2' }));
    await page.locator('#slide-title h2').waitFor();
    await page.keyboard.press('b');
    const covered = await page.evaluate(
      () => document.elementFromPoint(960, 540)?.classList.contains('blank') ?? false,
    );
    expect(covered).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(() => step(page)).toBe('2');
    await page.keyboard.press('B');
    expect(await page.locator('.blank').count()).toBe(0);
    await expect(title(page)).resolves.toBe('上游环节');
    await s.close();
  });

  it('taps on the right/left half and swipes step the tour', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(appUrl({ mode: 'present', step: '2' }));
    await page.locator('#slide-title h2').waitFor();
    await page.mouse.click(1500, 500);
    await expect.poll(() => step(page)).toBe('3');
    await page.mouse.click(300, 500);
    await expect.poll(() => step(page)).toBe('2');
    // Swipe left (finger moves right → left): next.
    await page.mouse.move(1400, 500);
    await page.mouse.down();
    await page.mouse.move(1100, 510, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => step(page)).toBe('3');
    // A swipe that starts or ends on a button still steps (a finger lands wherever it lands).
    const chip = await page.locator('#slide-title button').first().boundingBox();
    if (!chip) throw new Error('slide 3 has no button to swipe across');
    const [cx, cy] = [chip.x + chip.width / 2, chip.y + chip.height / 2];
    await page.mouse.move(cx + 300, cy);
    await page.mouse.down();
    await page.mouse.move(cx, cy, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => step(page)).toBe('4');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await s.close();
  });

  it.each([
    [1920, 1080],
    [3840, 2160],
  ])('at %i×%i the type scales with the screen and nothing scrolls', async (w, h) => {
    const s = await open(browser, { width: w, height: h });
    const { page } = s;
    await page.goto(appUrl({ mode: 'present', step: '3' }));
    await page.locator('#slide-title h2').waitFor();
    const m = await page.evaluate(() => ({
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      h2: parseFloat(getComputedStyle(document.querySelector('#slide-title h2')!).fontSize),
      scroll: document.scrollingElement!.scrollHeight,
      textFits:
        document.querySelector('.text')!.scrollHeight <=
        document.querySelector('.text')!.clientHeight + 1,
      bg: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(m.root).toBeGreaterThanOrEqual(w / 70);
    expect(m.h2).toBeGreaterThanOrEqual(w / 32);
    expect(m.scroll).toBeLessThanOrEqual(h);
    expect(m.textFits).toBe(true);
    expect(m.bg).toBe('rgb(0, 0, 0)');
    await s.close();
  });
});

describe('present mode: the full-screen button', () => {
  const fullscreenElement = (page: Page) =>
    page.evaluate(() => document.fullscreenElement?.tagName ?? null);

  it.each([
    ['zh', '全屏', '退出全屏'],
    ['en', 'Full screen', 'Exit full screen'],
  ] as const)(
    '(%s) enters and leaves full screen without stepping the tour',
    async (lang, on, off) => {
      const s = await open(browser, { width: 1920, height: 1080 });
      const { page } = s;
      await page.goto(appUrl({ mode: 'present', step: '2', ...(lang === 'en' ? { lang } : {}) }));
      const button = page.getByRole('button', { name: on, exact: true });
      await button.waitFor();
      expect(await fullscreenElement(page)).toBeNull();
      // The button sits on the left half, where a tap would step back: it must not.
      expect((await button.boundingBox())!.x).toBeLessThan(960);
      await button.click();
      await expect.poll(() => fullscreenElement(page)).toBe('HTML');
      await page.getByRole('button', { name: off, exact: true }).click();
      await expect.poll(() => fullscreenElement(page)).toBeNull();
      await page.getByRole('button', { name: on, exact: true }).waitFor();
      expect(step(page)).toBe('2');
      await s.close();
    },
  );

  it('is not offered where the Fullscreen API is unavailable', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.addInitScript(() =>
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }),
    );
    await page.goto(appUrl({ mode: 'present', step: '2' }));
    await page.getByRole('button', { name: '下一页' }).waitFor();
    expect(await page.getByRole('button', { name: /全屏/ }).count()).toBe(0);
    await s.close();
  });
});
