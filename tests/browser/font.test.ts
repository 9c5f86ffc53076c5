/**
 * The shipped CJK font subset (build/vite-plugin-cjk-font.ts) in a real Chromium: the build links
 * it, preloads the small subset of the first screen's characters (the rest of the subset loads when
 * the page needs it), stays within the font budget (budgets.yaml), and Chinese text renders with it — real glyphs, not the
 * empty boxes ("tofu") a machine without CJK fonts shows. Fails when the font is not shipped.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, type Session, pagePerTest } from './browser.ts';

const FAMILY = 'ChainMap Sans SC';
/** The font budget npm test checks (budgets.yaml), not a second copy of it. */
const MAX_BYTES =
  (
    parse(readFileSync(resolve(import.meta.dirname, '../../budgets.yaml'), 'utf8')) as {
      fontKb: number;
    }
  ).fontKb * 1000;
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

/** The `@font-face` rules of `css` for `family`: their `src` URL and `unicode-range`, in order. */
function faces(css: string, family: string): { url: string; range: string | null }[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)]
    .map((m) => m[1] ?? '')
    .filter((body) => body.includes(`font-family: "${family}"`))
    .map((body) => ({
      url: /url\("([^"]+)"\)/.exec(body)?.[1] ?? '',
      range: /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? null,
    }));
}

/** Whether the CSS `unicode-range` value `range` covers every character of `text`. */
function covers(range: string, text: string): boolean {
  const spans = range.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a ?? '', 16), parseInt(b ?? a ?? '', 16)] as const;
  });
  return [...text].every((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return spans.some(([a, b]) => cp >= a && cp <= b);
  });
}

describe('build', () => {
  it("carries the font stylesheet inline, preloads the first screen's subset, within the font budget in all, and ships the licence", async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(base)).text();
    const preload = linkHrefs(html, 'preload').filter((h) => /fonts\/.*\.woff2$/.test(h));
    expect(preload).toHaveLength(1);
    expect(html).toMatch(/<link\b[^>]*\bas="font"[^>]*\bcrossorigin/);
    // Inline in the head, not a render-blocking request of its own before the first paint.
    expect(linkHrefs(html, 'stylesheet').filter((h) => /fonts\//.test(h))).toEqual([]);
    const head = html.slice(0, html.indexOf('</head>'));
    const css = /<style>([\s\S]*?@font-face[\s\S]*?)<\/style>/.exec(head)?.[1] ?? '';
    const cssUrl = new URL(base);
    expect(css).toContain(`font-family: "${FAMILY}"`);
    const display = [...css.matchAll(/font-display:\s*([\w-]+)/g)].map((m) => m[1]);
    expect(display.length).toBeGreaterThan(0);
    expect(display.every((d) => d === 'swap')).toBe(true);
    expect(css).toContain('--font-cjk:');
    // Two faces: every character but the first screen's, then the first screen's characters
    // from the preloaded file, which the browser prefers for them: each glyph downloads once.
    const [full, first, ...more] = faces(css, FAMILY);
    expect(more).toHaveLength(0);
    expect(full?.range).toBeNull();
    expect(first?.range).toBeTruthy();
    const fontUrl = new URL(full?.url ?? '', cssUrl);
    const firstUrl = new URL(first?.url ?? '', cssUrl);
    expect(firstUrl.href).toBe(new URL(preload[0] ?? '', base).href);
    // The first screen's largest text (the search box) and the shell's text are in the preload.
    expect(covers(first?.range ?? '', '搜索环节、企业、措施（支持拼音首字母，如 ysj）')).toBe(true);
    expect(covers(first?.range ?? '', '正在加载产业链数据… Loading the chain map…')).toBe(true);

    let total = 0;
    for (const url of [fontUrl, firstUrl]) {
      const font = new Uint8Array(await (await fetch(url)).arrayBuffer());
      expect(new TextDecoder().decode(font.slice(0, 4))).toBe('wOF2');
      expect(font.length).toBeGreaterThan(10_000);
      total += font.length;
    }
    expect(total).toBeLessThanOrEqual(MAX_BYTES);

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
    // (`check` alone is true for an undeclared family too, hence the face checks.) Both faces
    // (the whole subset, and the first screen's) have loaded once the view is shown.
    expect(r.faces).toEqual(['loaded', 'loaded']);
    expect(r.loaded).toBeGreaterThanOrEqual(1);
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
