/** Launches the system Chromium through playwright-core, as the DEVELOPERS rules require. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** A browser with a fresh profile, and a way to close both. */
export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Launches Chromium headless with the agreed flags and a fresh user-data-dir. */
export async function launch(
  options: { width?: number; height?: number; reducedMotion?: boolean } = {},
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'chainmap-chromium-'));
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
      `--user-data-dir=${profile}`,
    ],
  });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    browser,
    context,
    page,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    },
  };
}

/**
 * The app URL with `params`; runs against the real data/chain-map.json when it is compiled, and a
 * generated 300-node map otherwise (or when `synthetic` is asked for).
 */
export function appUrl(params: Record<string, string> = {}, synthetic?: number): string {
  const p = new URLSearchParams();
  if (synthetic || !inject('hasRealData')) p.set('data', `synthetic/map-${synthetic ?? 300}.json`);
  for (const [k, v] of Object.entries(params)) p.set(k, v);
  const s = p.toString();
  return `${inject('baseUrl')}${s ? `?${s}` : ''}`;
}
