/**
 * The atlas at scale in headless Chromium: how long the featured chain's panorama takes to be
 * complete after navigation, and how long switching chains and opening the city table take, on a
 * page that has the atlas loaded. "Complete" is the first frame after the page shows it: the
 * heading names the chain and its panorama (or roadmap) is drawn, or the city table has its rows.
 * The baseline of each, from the same run: the compiled atlas for the first view, and a frame
 * with nothing to change (Back/Forward to the same address) for the switches.
 */
import { launchChromium } from '../../scripts/lib/chromium.ts';

export interface AtlasBench {
  chains: number;
  nodes: number;
  firstPanoramaMs: { atlas: number; compiledAtlas: number };
  switchChainMs: { p50: number; p95: number; n: number };
  openCityMs: { p50: number; p95: number; n: number };
  nothingToChangeMs: { p50: number; p95: number };
}

const q = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN) * 10) / 10;
};

/** In the page: records when the panorama (or an industry's roadmap) is first drawn. */
const WATCH_FIRST = `(() => {
  const seen = () => document.querySelector('figure.panorama[data-drawn], figure.roadmap');
  new MutationObserver((_, o) => {
    if (!seen()) return;
    o.disconnect();
    requestAnimationFrame(() => (window.__firstPanorama = performance.now()));
  }).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/**
 * In the page: goes to `search` as Back/Forward would, and resolves with the milliseconds until
 * the frame after `done()` holds.
 */
const GO = `(async ([search, kind, name]) => {
  const done = () => {
    if (kind === 'same') return true;
    if (kind === 'city') return document.querySelectorAll('table tbody tr').length > 0;
    const h1 = document.querySelector('h1');
    return !!h1 && h1.textContent.trim() === name &&
      !!document.querySelector('figure.panorama[data-drawn], figure.roadmap');
  };
  const t0 = performance.now();
  await new Promise((resolve) => {
    const check = () => {
      if (!done()) return false;
      o.disconnect();
      requestAnimationFrame(() => resolve(undefined));
      return true;
    };
    const o = new MutationObserver(check);
    o.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    history.pushState(null, '', search);
    dispatchEvent(new PopStateEvent('popstate'));
    check();
  });
  return performance.now() - t0;
})`;

export async function benchAtlas(
  origin: string,
  atlas: { path: string; chains: { id: string; name: string }[]; city: string; nodes: number },
  loads = 5,
  switches = 30,
): Promise<AtlasBench> {
  const browser = await launchChromium();
  try {
    const first = async (search: string): Promise<number> => {
      const times: number[] = [];
      for (let i = 0; i < loads; i++) {
        const ctx = await browser.newContext({
          viewport: { width: 1600, height: 1000 },
          serviceWorkers: 'block',
          // The probes are strings evaluated in the page; the strict CSP would refuse them.
          bypassCSP: true,
        });
        await ctx.addInitScript(WATCH_FIRST);
        const page = await ctx.newPage();
        await page.goto(`${origin}/${search}`);
        await page.waitForFunction('window.__firstPanorama', null, { timeout: 60_000 });
        times.push((await page.evaluate('window.__firstPanorama')) as number);
        await ctx.close();
      }
      return q(times, 0.5);
    };
    const data = `data=${encodeURIComponent(atlas.path)}`;
    const firstAtlas = await first(`?${data}&view=panorama`);
    const firstCompiled = await first('?view=panorama');

    const ctx = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      serviceWorkers: 'block',
      bypassCSP: true,
    });
    const page = await ctx.newPage();
    await page.goto(`${origin}/?${data}&view=panorama`);
    await page.locator('figure.panorama[data-drawn]').waitFor({ timeout: 60_000 });
    const go = (search: string, kind: string, name = ''): Promise<number> =>
      page.evaluate(`${GO}(${JSON.stringify([search, kind, name])})`) as Promise<number>;
    const sw: number[] = [];
    const city: number[] = [];
    const same: number[] = [];
    for (let i = 0; i < switches; i++) {
      const c = atlas.chains[(i * 7) % atlas.chains.length]!;
      sw.push(
        await go(`?${data}&view=panorama&chain=${encodeURIComponent(c.id)}`, 'chain', c.name),
      );
      same.push(await go(`?${data}&view=panorama&chain=${encodeURIComponent(c.id)}`, 'same'));
      city.push(
        await go(`?${data}&view=panorama&region=${encodeURIComponent(atlas.city)}`, 'city'),
      );
    }
    await ctx.close();
    return {
      chains: atlas.chains.length,
      nodes: atlas.nodes,
      firstPanoramaMs: { atlas: Math.round(firstAtlas), compiledAtlas: Math.round(firstCompiled) },
      switchChainMs: { p50: q(sw, 0.5), p95: q(sw, 0.95), n: sw.length },
      openCityMs: { p50: q(city, 0.5), p95: q(city, 0.95), n: city.length },
      nothingToChangeMs: { p50: q(same, 0.5), p95: q(same, 0.95) },
    };
  } finally {
    await browser.close();
  }
}
