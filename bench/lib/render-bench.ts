/**
 * Render timing in headless Chromium: time from navigation to the first complete force view (the
 * first canvas draw), and frame times during 5 s of scripted drag-pans and wheel-zooms with real
 * input events — with, as a baseline from the same page, the frame times of 1 s of doing nothing.
 */
import { launchChromium } from '../../scripts/lib/chromium.ts';

export interface RenderBench {
  url: string;
  /** navigation start → end of the first force-view draw, median over `loads` page loads */
  firstViewMs: number;
  loads: number;
  inputEvents: number;
  frames: number;
  frameP50Ms: number;
  frameP95Ms: number;
  idleFrameP95Ms: number;
  drawP50Ms: number;
  drawP95Ms: number;
  /**
   * Main-thread CPU time per frame during the pan/zoom (Chromium's thread clock, so a busy machine
   * inflates it far less than wall-clock frame times): script, style, layout and, in a software
   * canvas, its raster.
   */
  mainCpuPerFrameMs: number;
}

const q = (xs: number[], p: number): number => {
  const s = [...xs].sort((x, y) => x - y);
  return Math.round((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN) * 100) / 100;
};

// Strings, not functions, go into the page: tsx's keep-names helper does not exist there.
const START_FRAMES = `(() => {
  window.__frames = []; window.__stop = false; performance.clearMeasures('force-draw');
  let last = performance.now();
  const tick = (now) => { if (window.__skip) window.__skip = false; else window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => { window.__stop = true; return { frames: window.__frames.slice(1), draws: performance.getEntriesByName('force-draw').map((e) => e.duration) }; })()`;
/**
 * The offset from canvas point (x, y) to the nearest point with only background around it (no
 * node, label or highlighted link within 12 px), searched in rings up to 400 px; [0, 0] if none.
 * It reads the canvas once; the frame it runs in is left out of the frame times.
 */
export const BACKGROUND_NEAR = `((x, y) => {
  window.__skip = true;
  const c = document.querySelector('canvas');
  const d = devicePixelRatio || 1;
  const W = c.width;
  const H = c.height;
  const data = c.getContext('2d').getImageData(0, 0, W, H).data;
  const r = Math.round(12 * d);
  const clear = (px, py) => {
    px = Math.round(px * d);
    py = Math.round(py * d);
    if (px - r < 0 || py - r < 0 || px + r >= W || py + r >= H) return false;
    for (let yy = py - r; yy <= py + r; yy += 2)
      for (let xx = px - r; xx <= px + r; xx += 2) {
        const i = 4 * (yy * W + xx);
        if (Math.min(data[i], data[i + 1], data[i + 2]) < 235) return false;
      }
    return true;
  };
  for (let ring = 0; ring <= 400; ring += 8)
    for (let k = 0; k < Math.max(1, ring / 2); k++) {
      const t = (2 * Math.PI * k) / Math.max(1, ring / 2);
      const dx = Math.round(ring * Math.cos(t));
      const dy = Math.round(ring * Math.sin(t));
      if (clear(x + dx, y + dy)) return [dx, dy];
    }
  return [0, 0];
})`;
const FIRST_DRAW = `(() => { const e = performance.getEntriesByName('force-draw')[0]; return e ? e.startTime + e.duration : null; })()`;

/** Measures `url` (a page showing the force view). */
export async function benchRender(url: string, loads = 3): Promise<RenderBench> {
  const browser = await launchChromium();
  try {
    const firstViews: number[] = [];
    for (let i = 0; i < loads; i++) {
      const ctx = await browser.newContext({
        viewport: { width: 1600, height: 1000 },
        serviceWorkers: 'block',
        // The timing probes are strings evaluated in the page; the strict CSP would refuse them.
        bypassCSP: true,
      });
      const p = await ctx.newPage();
      await p.goto(url);
      await p.waitForFunction(FIRST_DRAW, null, { timeout: 120_000 });
      firstViews.push((await p.evaluate(FIRST_DRAW)) as number);
      await ctx.close();
    }
    const ctx = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      serviceWorkers: 'block',
      bypassCSP: true,
    });
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(FIRST_DRAW, null, { timeout: 120_000 });
    await page.waitForTimeout(500);
    await page.evaluate(START_FRAMES);
    await page.waitForTimeout(1000);
    const idle = (await page.evaluate(STOP_FRAMES)) as { frames: number[] };
    const box = await page.locator('canvas').first().boundingBox();
    if (!box) throw new Error('no canvas on the page');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async (): Promise<number> =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
        ?.value ?? NaN;
    const cpu0 = await threadTime();
    let probeS = 0;
    await page.evaluate(START_FRAMES);
    const end = Date.now() + 5000;
    let i = 0;
    let ox = 0;
    let oy = 0;
    while (Date.now() < end) {
      // A drag-pan in a small circle, then a burst of wheel zoom in or out over the nodes. A pan
      // starts on empty background (pressing on a node would drag that node instead).
      const a = i / 6;
      if (i % 40 === 0) {
        const t = await threadTime();
        const at = (await page.evaluate(
          `${BACKGROUND_NEAR}(${cx + 150 * Math.cos(a) - box.x}, ${cy + 100 * Math.sin(a) - box.y})`,
        )) as [number, number];
        [ox, oy] = at;
        // The probe's own CPU time is not the view's.
        probeS += (await threadTime()) - t;
      }
      if (i % 40 === 30) [ox, oy] = [0, 0];
      await page.mouse.move(cx + 150 * Math.cos(a) + ox, cy + 100 * Math.sin(a) + oy);
      if (i % 40 === 0) await page.mouse.down();
      if (i % 40 === 30) await page.mouse.up();
      if (i % 40 >= 30) await page.mouse.wheel(0, i % 80 < 40 ? -120 : 120);
      i++;
    }
    await page.mouse.up();
    const busy = (await page.evaluate(STOP_FRAMES)) as { frames: number[]; draws: number[] };
    const cpuMs = ((await threadTime()) - cpu0 - probeS) * 1000;
    return {
      url,
      firstViewMs: Math.round(q(firstViews, 0.5)),
      loads,
      inputEvents: i,
      frames: busy.frames.length,
      frameP50Ms: q(busy.frames, 0.5),
      frameP95Ms: q(busy.frames, 0.95),
      idleFrameP95Ms: q(idle.frames, 0.95),
      drawP50Ms: q(busy.draws, 0.5),
      drawP95Ms: q(busy.draws, 0.95),
      mainCpuPerFrameMs: Math.round((cpuMs / Math.max(1, busy.frames.length)) * 100) / 100,
    };
  } finally {
    await browser.close();
  }
}
