/** Launches the system Chromium through playwright-core, as the DEVELOPERS rules require. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

/** A page in a fresh browser context, and a way to close it (throws if the page had errors). */
export interface Session {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/**
 * Launches Chromium headless with the agreed flags. playwright's `launch` always starts from a
 * fresh temporary profile (it refuses an explicit --user-data-dir; that is launchPersistentContext).
 */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A fresh context (viewport; reduced motion unless asked otherwise) and page in `browser`. */
/** What a test page can ask for: viewport, reduced motion (the default), touch. */
export interface OpenOptions {
  width?: number;
  height?: number;
  reducedMotion?: boolean;
  touch?: boolean;
}

export async function open(browser: Browser, options: OpenOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    hasTouch: options.touch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    },
  };
}

/**
 * Waits until the force view has drawn a complete picture: the nodes come a frame before their
 * labels, and the view records a `force-draw` measure only for a complete one.
 */
export async function pictureDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('force-draw').length > 0);
}

/**
 * The app URL with `params`; runs against the real data/chain-map.json when it is compiled, and a
 * generated 300-node map otherwise (or when `synthetic` asks for a size).
 */
export function appUrl(params: Record<string, string> = {}, synthetic?: number): string {
  const p = new URLSearchParams();
  if (synthetic || !inject('hasRealData')) p.set('data', `synthetic/map-${synthetic ?? 300}.json`);
  // The tests written for the network view name no view; the bare URL now opens the panorama.
  if (!('view' in params)) p.set('view', 'force');
  for (const [k, v] of Object.entries(params)) p.set(k, v);
  const s = p.toString();
  return `${inject('baseUrl')}${s ? `?${s}` : ''}`;
}

/**
 * The usual hooks of a browser test file: one Chromium for the file and a fresh page for every
 * test, closed after it (failing the test on page errors). `onPage` receives each new session;
 * `reopen` swaps the current one for a page with other options (a phone, a touch screen).
 */
export function pagePerTest(onPage: (s: Session) => void): {
  reopen: (options: OpenOptions) => Promise<void>;
} {
  let browser: Browser | undefined;
  let current: Session | undefined;
  const start = async (options: OpenOptions = {}) => {
    if (!browser) throw new Error('Chromium did not start');
    current = await open(browser, options);
    onPage(current);
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => start());
  afterEach(async () => {
    await current?.close();
  });
  return {
    reopen: async (options) => {
      await current?.close();
      await start(options);
    },
  };
}

/**
 * The first visit's end, offline: waits until the service worker says the site is ready offline
 * and controls the page, takes the network away and checks it is really gone (anything not
 * precached fails), then reloads. The caller checks what still works.
 */
export async function reloadOffline(s: Session, timeout = 30_000): Promise<void> {
  const { page, context } = s;
  await page.getByText('已可离线使用').waitFor({ timeout });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const reached = await page.evaluate(() =>
    fetch(`not-cached-${Date.now()}.json`).then(
      () => true,
      () => false,
    ),
  );
  if (reached) throw new Error('offline, yet a file that is not precached was fetched');
  await page.reload();
}
