/**
 * The kiosk stays in its room (issue 20, point 6), on the web build's `?mode=kiosk` with a touch
 * screen in both orientations and both languages: no link leaves the kiosk (a reference is text),
 * no address runs out of the details panel, every card of the start screen is in view (none behind
 * the bar), and in portrait a chosen node's details get most of the screen, its sentences in view.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';
import { strings, type Lang } from '../../src/app/i18n/strings.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { COMPRESSOR } from './ids.ts';

let page: Page;
const run = pagePerTest((x) => {
  page = x.page;
});
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const SCREENS = [
  ['landscape', LANDSCAPE],
  ['portrait', PORTRAIT],
] as const;
const LANGS = ['zh', 'en'] as const;
const cases = LANGS.flatMap((lang) => SCREENS.map(([name, size]) => [lang, name, size] as const));
const real = inject('hasRealData');

async function kiosk(lang: Lang, size: { width: number; height: number }, node?: string) {
  await run.reopen({ ...size, touch: true });
  await page.goto(appUrl({ mode: 'kiosk', view: 'panorama', lang, ...(node ? { node } : {}) }));
  await page.locator('figure.panorama[data-drawn="true"]').waitFor();
  await page.getByRole('button', { name: lang === 'zh' ? '回到首页' : 'Back to start' }).waitFor();
  if (node) await page.locator('aside.details h2').waitFor();
}

describe.runIf(real)('no link leaves the kiosk; no address runs out of the panel', () => {
  const map = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../data/chain-map.json'), 'utf8'),
  ) as ChainMap;
  const refs = map.nodes.find((n) => n.id === COMPRESSOR)?.reference?.map((r) => r.url) ?? [];

  it.each(cases)('%s, %s', async (lang, _name, size) => {
    await kiosk(lang, size, COMPRESSOR);
    const panel = page.locator('aside.details');
    await panel.locator('blockquote').first().waitFor();
    const found = await page.evaluate(() => ({
      out: [...document.querySelectorAll('a[href]')]
        .filter((a) => {
          const href = (a as HTMLAnchorElement).href;
          return new URL(href).origin !== location.origin || a.getAttribute('target') === '_blank';
        })
        .map((a) => (a as HTMLAnchorElement).href),
    }));
    expect(found.out).toEqual([]);
    // The references are still there, as text to read.
    expect(refs.length).toBeGreaterThan(0);
    const text = await panel.innerText();
    for (const url of refs) expect(text.replace(/\s+/g, '')).toContain(url);
    // Nothing in the panel is wider than the panel.
    const wider = await panel.evaluate((aside) => {
      const box = aside.getBoundingClientRect();
      return [...aside.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > box.right + 1)
        .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`);
    });
    expect(wider).toEqual([]);
    expect(await panel.evaluate((a) => a.scrollWidth - a.clientWidth)).toBeLessThanOrEqual(0);
  });
});

describe.runIf(real)('every card of the start screen is in view', () => {
  it.each(cases)('%s, %s', async (lang, _name, size) => {
    await kiosk(lang, size);
    const out = await page.evaluate(() => {
      const bar = document.querySelector('.bar')!.getBoundingClientRect().top;
      const view = document.querySelector('main.view')!.getBoundingClientRect();
      const bottom = Math.min(bar, view.bottom);
      return [...document.querySelectorAll('figure.panorama button')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return r.bottom > bottom + 0.5 || r.right > Math.min(innerWidth, view.right) + 0.5;
        })
        .map((b) => b.textContent?.trim().slice(0, 30));
    });
    expect(out).toEqual([]);
    // And none of them needs the picture scrolled.
    const scrolls = await page
      .locator('main.view')
      .evaluate((v) => v.scrollHeight - v.clientHeight);
    expect(scrolls).toBeLessThanOrEqual(1);
  });
});

describe.runIf(real)('a card names its firms whole where the kiosk has room', () => {
  // In Chinese the card has two lines for its firms: the whole name (豫新汽车热管理科技有限公司, not
  // 豫新汽车热管…).
  it.each(SCREENS)('zh, %s', async (_name, size) => {
    await kiosk('zh', size);
    const lines = await page
      .locator('figure.panorama .firms')
      .evaluateAll((els) =>
        els.map((e) => [e.textContent?.trim(), e.scrollHeight - e.clientHeight]),
      );
    expect(lines.length).toBeGreaterThan(0);
    for (const [text, cut] of lines) {
      expect(text).toBe('豫新汽车热管理科技有限公司');
      expect(cut).toBeLessThan(8); // no line hidden (a clamped line is ≈ 22 px; rounding a few)
    }
  });
});

describe.runIf(real)('portrait gives the details room', () => {
  it.each(LANGS)('%s: most of the screen, the sentences in view, × puts it away', async (lang) => {
    await kiosk(lang, PORTRAIT, COMPRESSOR);
    const t = strings(lang);
    const panel = page.locator('aside.details');
    const quote = panel.locator('blockquote').first();
    // The bare quote is replaced by its whole sentence once the document's text is here.
    await expect
      .poll(async () => (await quote.textContent())?.length ?? 0)
      .toBeGreaterThan('压缩机'.length);
    const bar = (await page.locator('.bar').boundingBox())!;
    const box = (await panel.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(0.5 * PORTRAIT.height);
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y + 1);
    const q = (await quote.boundingBox())!;
    expect(q.y).toBeGreaterThanOrEqual(box.y);
    expect(q.y + q.height).toBeLessThanOrEqual(box.y + box.height);
    await expect(quote.textContent()).resolves.toContain('压缩机');
    await page.getByRole('button', { name: t.closeDetails }).tap();
    await expect.poll(() => panel.locator('h2').count()).toBe(0);
    // Put away, the picture is whole again and the start screen's hint is below it.
    const picture = (await page.locator('main.view').boundingBox())!;
    expect((await panel.boundingBox())!.y).toBeGreaterThanOrEqual(picture.y + picture.height - 1);
  });
});
