/**
 * Kiosk soak (issue 4: "it runs for days"): builds the kiosk file, opens it from file:// in
 * headless Chromium with the network blocked, and drives 10,000 scripted interactions — search,
 * select (outline, canvas, relations), switch views and language, open and close documents, the
 * home button, and every 1,000 interactions an idle spell into the attract loop and a wake-up tap.
 * Before and after, it forces garbage collection (CDP HeapProfiler.collectGarbage) and reads the
 * JS heap and DOM node counts. Target: growth < 5 %. Prints the figures and writes bench/soak.json.
 * Usage: `npm run bench:soak [-- --interactions 10000 --warmup 1000]`.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';

const args = process.argv.slice(2);
const total = Number(args[args.indexOf('--interactions') + 1] || 10_000) || 10_000;
// Warm-up first, so what fills once (documents, text widths in both languages, layouts) is not
// counted as growth.
const warmup = Number(args[args.indexOf('--warmup') + 1] || 1000) || 1000;
const root = resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'chainmap-soak-'));
await build({ root, mode: 'kiosk', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const file = join(outDir, 'index.html');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const context = await browser.newContext({
  viewport: { width: 1920, height: 1080 },
  reducedMotion: 'reduce',
});
await context.route('**/*', (r) =>
  r.request().url().startsWith('file:') || r.request().url().startsWith('data:')
    ? r.continue()
    : r.abort(),
);
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
// tsx (esbuild keepNames) wraps functions in __name(); functions sent to the page need it too.
await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
await page.goto(`${pathToFileURL(file).href}?idle=1`);
await page.getByRole('heading', { level: 1 }).waitFor();

/** Heap and DOM figures after a forced GC, at the start screen. */
async function measure(p: Page, s: CDPSession) {
  await p.evaluate(() => (document.querySelector('.home') as HTMLButtonElement | null)?.click());
  await p.waitForTimeout(300);
  for (let i = 0; i < 3; i++) await s.send('HeapProfiler.collectGarbage');
  await p.waitForTimeout(200);
  const { metrics } = await s.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    jsHeapUsedBytes: metric('JSHeapUsedSize'),
    domNodesInDocument: await p.evaluate(() => document.getElementsByTagName('*').length),
    domNodesLive: metric('Nodes'),
    eventListeners: metric('JSEventListeners'),
  };
}

/**
 * Runs interactions `from`…`to` in the page: each one a seeded choice of what a visitor does,
 * through the same DOM events a touch or key produces, with a macrotask between them so every
 * update renders.
 */
async function drive(p: Page, from: number, to: number): Promise<void> {
  await p.evaluate(
    async ({ a, b }) => {
      let seed = 12345 + a;
      const rand = (): number => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296;
      const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
      const terms = ['ysj', 'fj', '压缩机', '园区', 'xs', '财政', 'EXV', 'compressor', 'zzz', 'dz'];
      const buttons = (sel: string): HTMLElement[] => [
        ...document.querySelectorAll<HTMLElement>(sel),
      ];
      const viewButton = (i: number): HTMLElement | undefined =>
        buttons('header [role=group] button')[i];
      const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
      for (let i = a; i < b; i++) {
        const r = rand();
        if (r < 0.2) {
          const box = document.querySelector<HTMLInputElement>('input[type=search]');
          if (box) {
            box.value = pick(terms) ?? '';
            box.dispatchEvent(new Event('input', { bubbles: true }));
            await tick();
            box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          }
        } else if (r < 0.35) {
          viewButton(2)?.click();
          await tick();
          pick(buttons('.outline button'))?.click();
        } else if (r < 0.5) {
          viewButton(Math.floor(rand() * 3))?.click();
        } else if (r < 0.62) {
          pick(buttons('aside button.linkish'))?.click();
        } else if (r < 0.72) {
          const open = buttons('aside button').find((el) => el.textContent?.includes('查看原文'));
          open?.click();
          await tick();
          await tick();
          (document.querySelector('dialog[open]') as HTMLDialogElement | null)?.close();
        } else if (r < 0.85) {
          viewButton(0)?.click();
          await tick();
          const c = document.querySelector('canvas');
          if (c) {
            const rect = c.getBoundingClientRect();
            const x = rect.left + rand() * rect.width;
            const y = rect.top + rand() * rect.height;
            c.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
          }
        } else if (r < 0.9) {
          (document.querySelector('header button.lang') as HTMLElement | null)?.click();
        } else {
          (document.querySelector('.home') as HTMLElement | null)?.click();
        }
        await tick();
      }
    },
    { a: from, b: to },
  );
}

const t0 = performance.now();
for (let i = -warmup; i < 0; i += 100) await drive(page, i, Math.min(0, i + 100));
const before = await measure(page, cdp);
let attractLoops = 0;
/** A sample after every 1,000 interactions, to tell a plateau (caches, optimised code) from a leak. */
const series: ({ interactions: number } & Awaited<ReturnType<typeof measure>>)[] = [];
for (let i = 0; i < total; i += 100) {
  await drive(page, i, Math.min(total, i + 100));
  if ((i + 100) % 1000 === 0) {
    // Idle into the attract loop (idle=1 s; each gap stays 1 s), then a tap wakes it.
    await page.getByText('触摸屏幕开始浏览').waitFor({ timeout: 5000 });
    await page.waitForTimeout(1500);
    attractLoops++;
    await page.locator('.shield').dispatchEvent('pointerdown');
    await page.waitForTimeout(450);
    const sample = { interactions: i + 100, ...(await measure(page, cdp)) };
    series.push(sample);
    console.log(
      `${sample.interactions}: heap ${(sample.jsHeapUsedBytes / 1e6).toFixed(2)} MB, ` +
        `${sample.domNodesInDocument} DOM nodes, ${sample.domNodesLive} live, ${sample.eventListeners} listeners`,
    );
  }
}
// The last sample is the end state when the run ends on a 1,000 boundary; measuring twice in a
// row would compare a different moment (the start screen just re-rendered).
const last = series.at(-1);
const after =
  last?.interactions === total
    ? (({ interactions: _n, ...m }) => m)(last)
    : await measure(page, cdp);
const seconds = Math.round((performance.now() - t0) / 100) / 10;
await browser.close();

const pct = (a: number, b: number): number => Math.round(((b - a) / a) * 1000) / 10;
const result = {
  date: new Date().toISOString(),
  interactions: total,
  warmup,
  attractLoops,
  seconds,
  kioskFileBytes: statSync(file).size,
  before,
  after,
  growthPercent: {
    jsHeapUsed: pct(before.jsHeapUsedBytes, after.jsHeapUsedBytes),
    domNodesInDocument: pct(before.domNodesInDocument, after.domNodesInDocument),
    domNodesLive: pct(before.domNodesLive, after.domNodesLive),
    eventListeners: pct(before.eventListeners, after.eventListeners),
  },
  // The second half alone: a leak keeps growing here, a warm-up effect does not.
  secondHalfGrowthPercent: (() => {
    const mid = series.find((x) => x.interactions >= total / 2) ?? before;
    return {
      jsHeapUsed: pct(mid.jsHeapUsedBytes, after.jsHeapUsedBytes),
      domNodesLive: pct(mid.domNodesLive, after.domNodesLive),
      eventListeners: pct(mid.eventListeners, after.eventListeners),
    };
  })(),
  series,
  targetPercent: 5,
  pageErrors: errors.length,
};
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
const mb = (b: number): string => `${(b / 1e6).toFixed(2)} MB`;
console.log(`kiosk soak: ${total} interactions, ${attractLoops} attract loops, ${seconds} s`);
console.log(
  `JS heap      ${mb(before.jsHeapUsedBytes)} → ${mb(after.jsHeapUsedBytes)} (${result.growthPercent.jsHeapUsed} %)`,
);
console.log(
  `DOM nodes    ${before.domNodesInDocument} → ${after.domNodesInDocument} in the document (${result.growthPercent.domNodesInDocument} %), ` +
    `${before.domNodesLive} → ${after.domNodesLive} live incl. detached (${result.growthPercent.domNodesLive} %)`,
);
console.log(
  `listeners    ${before.eventListeners} → ${after.eventListeners} (${result.growthPercent.eventListeners} %)`,
);
console.log(
  `page errors  ${errors.length}${errors.length ? `: ${errors.slice(0, 3).join(' | ')}` : ''}`,
);
console.log(
  `second half  heap ${result.secondHalfGrowthPercent.jsHeapUsed} %, live nodes ${result.secondHalfGrowthPercent.domNodesLive} %, listeners ${result.secondHalfGrowthPercent.eventListeners} %`,
);
const worst = Math.max(result.growthPercent.jsHeapUsed, result.growthPercent.domNodesLive);
console.log(worst < 5 ? 'within the 5 % target' : 'OVER the 5 % target');
console.log('written to bench/soak.json');
