/**
 * `?embed=1` inside another site's iframe: the map fills the frame, the page never scrolls, and
 * the header keeps only the essentials.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { appUrl, launchBrowser, open } from './browser.ts';
import { COMPRESSOR } from './ids.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads `src` in a `w`×`h` iframe of a host page and returns the frame once the map is drawn. */
async function framed(src: string, w: number, h: number) {
  const s = await open(browser, { width: 1200, height: 900 });
  await s.page.goto(`${new URL(appUrl()).origin}/404-host-page`);
  await s.page.setContent(
    `<h1>政府门户</h1><iframe title="产业链图谱" src="${src}" width="${w}" height="${h}" style="border:0"></iframe>`,
  );
  const frame = (await (await s.page.$('iframe'))!.contentFrame()) as Frame;
  await frame.waitForSelector('canvas');
  await frame.waitForTimeout(300);
  return { s, frame };
}

async function measure(frame: Frame) {
  return frame.evaluate(() => {
    const canvas = document.querySelector('canvas')!.getBoundingClientRect();
    const se = document.scrollingElement!;
    return {
      scrollH: se.scrollHeight,
      innerH: innerHeight,
      canvas: {
        top: canvas.top,
        bottom: canvas.bottom,
        width: canvas.width,
        height: canvas.height,
      },
    };
  });
}

describe('embed', () => {
  it.each([
    [960, 540],
    [640, 480],
  ])(
    'fills a %i×%i iframe without scrolling, metrics hidden, search and views kept',
    async (w, h) => {
      const { s, frame } = await framed(appUrl({ embed: '1' }), w, h);
      const m = await measure(frame);
      expect(m.innerH).toBe(h);
      expect(m.scrollH).toBeLessThanOrEqual(h);
      // The map takes most of the frame and ends inside it.
      expect(m.canvas.bottom).toBeLessThanOrEqual(h + 1);
      expect(m.canvas.height).toBeGreaterThan(h * (w < 800 ? 0.35 : 0.55));
      expect(m.canvas.width).toBeGreaterThan(w * (w < 800 ? 0.9 : 0.5));
      // Essentials stay: search and the view switch; the headline metrics go.
      expect(await frame.getByRole('searchbox', { name: '搜索' }).isVisible()).toBe(true);
      expect(await frame.getByRole('button', { name: '桑基图' }).isVisible()).toBe(true);
      expect(await frame.locator('header .metrics').isVisible()).toBe(false);
      await s.close();
    },
  );

  it('without embed=1 the same frame scrolls (the page chrome is there)', async () => {
    const { s, frame } = await framed(appUrl(), 640, 480);
    const m = await measure(frame);
    expect(m.scrollH).toBeGreaterThan(480);
    expect(await frame.locator('header .metrics').isVisible()).toBe(true);
    await s.close();
  });
});

describe.runIf(inject('hasRealData'))('the place survives an interaction and a reload', () => {
  it.each([
    [{ embed: '1' }, 'header .metrics', false],
    [{ mode: 'kiosk', idle: '60' }, 'button.home', true],
  ])('%o: choosing a node keeps it in the address', async (place, probe, shown) => {
    const s = await open(browser, { width: 1200, height: 900 });
    const { page } = s;
    await page.goto(appUrl(place));
    if ('mode' in place) {
      // The kiosk shows the panorama and no search box: a finger chooses the card.
      await page.getByRole('button', { name: /^压缩机；/ }).click();
    } else {
      const box = page.getByRole('searchbox', { name: '搜索' });
      await box.fill('ysj');
      await box.press('Enter');
    }
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    const kept = (): Record<string, string> => {
      const p = new URL(page.url()).searchParams;
      return Object.fromEntries(Object.keys(place).map((k) => [k, p.get(k) ?? '']));
    };
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(COMPRESSOR);
    expect(kept()).toEqual(place);
    // A reload (the kiosk heals itself with one) comes back to the same place and node.
    await page.reload();
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    expect(await page.locator(probe).isVisible()).toBe(shown);
    expect(kept()).toEqual(place);
    await s.close();
  });
});
