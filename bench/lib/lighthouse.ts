/**
 * Lighthouse (the npm package) driving the system Chromium: performance and accessibility scores
 * of one URL, with its default mobile throttling (simulated), median of several runs.
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

/** Runs Lighthouse `runs` times on `url` and keeps the run with the median performance score. */
export async function runLighthouse(url: string, runs = 3): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) {
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
      results.push({
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
      });
    } finally {
      await chrome.kill();
    }
  }
  results.sort((x, y) => x.performance - y.performance);
  return results[Math.floor(results.length / 2)] as LighthouseResult;
}
