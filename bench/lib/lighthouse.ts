/**
 * Lighthouse (the npm package) driving the system Chromium: performance and accessibility scores
 * of one URL, with its default mobile throttling (simulated), median of several runs; of several
 * builds in turns, each beside the others (`runLighthouseBeside`).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export interface LighthouseResult {
  runs: number;
  performance: number;
  accessibility: number;
  metrics: Record<string, string>;
}

/** One Lighthouse run on `url` in a fresh Chromium. */
async function once(url: string, runs: number): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
  });
  try {
    const r = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!r) throw new Error('lighthouse returned nothing');
    const a = r.lhr.audits;
    const v = (id: string) => a[id]?.displayValue ?? '';
    return {
      runs,
      performance: Math.round((r.lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((r.lhr.categories.accessibility?.score ?? 0) * 100),
      metrics: {
        fcp: v('first-contentful-paint'),
        lcp: v('largest-contentful-paint'),
        tbt: v('total-blocking-time'),
        cls: v('cumulative-layout-shift'),
        si: v('speed-index'),
      },
    };
  } finally {
    await chrome.kill();
  }
}

/** The run with the median performance score. */
function median(results: LighthouseResult[]): LighthouseResult {
  const sorted = [...results].sort((x, y) => x.performance - y.performance);
  return sorted[Math.floor(sorted.length / 2)] as LighthouseResult;
}

/** Runs Lighthouse `runs` times on `url` and keeps the run with the median performance score. */
export async function runLighthouse(url: string, runs = 5): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(url, runs));
  return median(results);
}

/**
 * Lighthouse on several builds in the same run, taking turns (this build, the baseline, this
 * build, …), so that a noisy spell of the shared machine falls on both alike; the median of each.
 */
export async function runLighthouseBeside(
  urls: Record<string, string>,
  runs = 5,
): Promise<Record<string, LighthouseResult>> {
  const results: Record<string, LighthouseResult[]> = {};
  for (let i = 0; i < runs; i++)
    for (const [name, url] of Object.entries(urls))
      (results[name] ??= []).push(await once(url, runs));
  return Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
}
