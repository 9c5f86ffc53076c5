/**
 * The shipped CJK font subset (scripts/vite-plugin-cjk-font.ts) in a real Chromium: the build links
 * and preloads it, it stays within 300 kB, and Chinese text renders with it — real glyphs, not the
 * empty boxes ("tofu") a machine without CJK fonts shows. Fails when the font is not shipped.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, type Session, pagePerTest } from './browser.ts';

const FAMILY = 'ChainMap Sans SC';
const MAX_BYTES = 300_000;
const SAMPLE = '压缩机';

let s: Session;
let page: Page;
pagePerTest((x) => {
  s = x;
  page = x.page;
});

/** The `href` of every `<link>` in `html` whose `rel` is `rel`. */
function linkHrefs(html: string, rel: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (new RegExp(`\\brel="${rel}"`).test(tag)) out.push(/\bhref="([^"]+)"/.exec(tag)?.[1] ?? '');
  }
  return out;
}

describe('build', () => {
  it('links the font stylesheet, preloads a woff2 of at most 300 kB, and ships the licence', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(base)).text();
    expect(html).not.toMatch(/<style\b/); // CSP: no inline styles
    const preload = linkHrefs(html, 'preload').filter((h) => /fonts\/.*\.woff2$/.test(h));
    expect(preload).toHaveLength(1);
    expect(html).toMatch(/<link\b[^>]*\bas="font"[^>]*\bcrossorigin/);
    const cssHref = linkHrefs(html, 'stylesheet').find((h) => /fonts\/.*\.css$/.test(h));
    expect(cssHref).toBeDefined();

    const fontUrl = new URL(preload[0] ?? '', base);
    const font = new Uint8Array(await (await fetch(fontUrl)).arrayBuffer());
    expect(new TextDecoder().decode(font.slice(0, 4))).toBe('wOF2');
    expect(font.length).toBeGreaterThan(10_000);
    expect(font.length).toBeLessThanOrEqual(MAX_BYTES);

    const cssUrl = new URL(cssHref ?? '', base);
    const css = await (await fetch(cssUrl)).text();
    expect(css).toContain(`font-family: "${FAMILY}"`);
    expect(css).toContain('font-display: swap');
    expect(css).toContain('--font-cjk:');
    // The stylesheet points at the preloaded file (same URL, so one download).
    const src = /url\("([^"]+)"\)/.exec(css)?.[1] ?? '';
    expect(new URL(src, cssUrl).href).toBe(fontUrl.href);

    const licence = await fetch(new URL('fonts/OFL.txt', base));
    expect(licence.status).toBe(200);
    expect(await licence.text()).toContain('SIL OPEN FONT LICENSE');
  });
});

describe('rendering', () => {
  it('loads the shipped face for Chinese text', async () => {
    await page.goto(appUrl());
    await page.locator('h1').waitFor();
    const r = await page.evaluate(
      async ({ family, sample }) => {
        await document.fonts.ready;
        const loaded = await document.fonts.load(`16px "${family}"`, sample);
        const faces = [...document.fonts]
          .filter((f) => f.family.replace(/"/g, '') === family)
          .map((f) => f.status);
        return {
          loaded: loaded.length,
          faces,
          check: document.fonts.check(`16px "${family}"`, sample),
        };
      },
      { family: FAMILY, sample: SAMPLE },
    );
    // (`check` alone is true for an undeclared family too, hence the face checks.)
    expect(r.faces).toEqual(['loaded']);
    expect(r.loaded).toBe(1);
    expect(r.check).toBe(true);
  });

  it('draws real glyphs, unlike the fallback: different pixels, full-width advances', async () => {
    await page.goto(appUrl());
    await page.locator('h1').waitFor();
    const r = await page.evaluate(
      async ({ family, sample }) => {
        await document.fonts.load(`48px "${family}"`, sample);
        const canvas = document.createElement('canvas');
        canvas.width = 200;
        canvas.height = 80;
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        if (!ctx) throw new Error('no 2d context');
        const shipped = `48px "${family}"`;
        const missing = '48px "ChainMap No Such Family"';
        const pixels = (font: string, text: string): string => {
          ctx.clearRect(0, 0, canvas.width, canvas.height);
          ctx.font = font;
          ctx.fillStyle = '#000';
          ctx.fillText(text, 4, 60);
          return canvas.toDataURL();
        };
        const widths = (font: string): number[] => {
          ctx.font = font;
          return [...sample].map((c) => ctx.measureText(c).width);
        };
        const [a, b] = [...sample];
        return {
          shippedWidths: widths(shipped),
          fallbackWidths: widths(missing),
          shippedSame: pixels(shipped, a ?? '') === pixels(shipped, b ?? ''),
          fallbackSame: pixels(missing, a ?? '') === pixels(missing, b ?? ''),
          shippedVsFallback: pixels(shipped, sample) === pixels(missing, sample),
          blank: pixels(shipped, sample) === pixels(shipped, ''),
        };
      },
      { family: FAMILY, sample: SAMPLE },
    );
    expect(r.blank).toBe(false);
    expect(r.shippedVsFallback).toBe(false);
    // Distinct characters, distinct glyphs (tofu boxes all look alike).
    expect(r.shippedSame).toBe(false);
    // Noto Sans SC ideographs advance one em.
    for (const w of r.shippedWidths) expect(w).toBeCloseTo(48, 0);
    // On a machine without CJK fonts (CI, kiosk) the fallback is tofu: same box for every
    // character, of another width. Machines with CJK fonts draw real fallback glyphs instead.
    if (r.fallbackSame) {
      for (const w of r.fallbackWidths) expect(Math.abs(w - 48)).toBeGreaterThan(2);
    }
  });

  it('renders the app heading with the shipped font', async () => {
    await page.goto(appUrl());
    const h1 = page.locator('h1');
    await h1.waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const text = (await h1.textContent()) ?? '';
    const cjk = [...text].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(cjk).toBeGreaterThan(0);
    // What Chromium actually drew the heading's text with.
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const custom = fonts.filter((f) => f.isCustomFont);
    expect(custom.map((f) => f.postScriptName)).toEqual(['NotoSansSC-Regular']);
    expect(custom[0]?.glyphCount ?? 0).toBeGreaterThanOrEqual(cjk);
    await cdp.detach();
  });
});
