/**
 * The portal remembers the reader's language and view in localStorage, and survives whatever is
 * found there: garbage, broken JSON, markup, a megabyte, a store that throws on every access or is
 * full. The app then starts in its defaults (Chinese, network view) and keeps working.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, open, type Session } from './browser.ts';
import { PREFS_KEY } from '../../src/app/state/storage.ts';

let browser: Browser;
let s: Session;
let page: Page;
let dialogs: number;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  s = await open(browser);
  page = s.page;
  dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
});
afterEach(async () => {
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // Throws on an uncaught page error.
  await s.close();
});

/** The app is up in Chinese with the network view pressed. */
async function expectDefaults(): Promise<void> {
  await page.getByRole('searchbox', { name: '搜索' }).waitFor();
  await expect(
    page.getByRole('button', { name: '关系图', exact: true }).getAttribute('aria-pressed'),
  ).resolves.toBe('true');
}

/** Switching language still works (and must not throw when storage does). */
async function expectLanguageSwitch(): Promise<void> {
  await page.getByRole('button', { name: '语言: English' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).waitFor();
}

describe('remembered preferences', () => {
  it('language and view come back on the next visit; the URL still wins', async () => {
    // A visit by the bare address (no view in it): the remembered view applies.
    const bare = () => {
      const u = new URL(appUrl());
      u.searchParams.delete('view');
      return u.href;
    };
    await page.goto(appUrl());
    await expectDefaults();
    await expectLanguageSwitch();
    await page.getByRole('button', { name: 'Sankey', exact: true }).click();
    await page.goto(bare());
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    await expect(
      page.getByRole('button', { name: 'Sankey', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // The restored state is in the address, so the link can be shared and Back keeps it.
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.goto(appUrl({ lang: 'zh', view: 'force' }));
    await expectDefaults();
  });
});

const GARBAGE: [string, string][] = [
  ['not JSON', 'not json'],
  ['broken JSON', '{"lang":"en",'],
  ['markup', '{"lang":"<script>window.__pwned=1</script>","view":"<img src=x onerror=alert(1)>"}'],
  ['javascript:', '{"lang":"javascript:alert(1)","view":"javascript:alert(1)"}'],
  ['wrong types', '{"lang":1,"view":["sankey"]}'],
  ['an array', '["en","sankey"]'],
  ['null', 'null'],
  ['prototype pollution', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}'],
  ['NUL and controls', '\u0000\u0001{"lang":"en"}\u001b'],
  ['a megabyte', `{"lang":"en","pad":"${'x'.repeat(1024 * 1024)}"}`],
  ['lone surrogates', '{"lang":"\uD800en"}'],
];

describe('a corrupted stored value', () => {
  it.each(GARBAGE)('%s → the defaults', async (_name, value) => {
    await page.addInitScript(
      ([key, v]) => {
        try {
          localStorage.setItem(key, v);
        } catch {
          // A quota smaller than the value: then nothing is stored, which is also fine.
        }
      },
      [PREFS_KEY, value] as const,
    );
    await page.goto(appUrl());
    await expectDefaults();
    expect(await page.evaluate(() => ({}) as { polluted?: unknown }).then((o) => o.polluted)).toBe(
      undefined,
    );
    await expectLanguageSwitch();
  });
});

describe('a storage that fails', () => {
  it.each([
    [
      'getItem and setItem throw',
      () => {
        Storage.prototype.getItem = () => {
          throw new DOMException('denied', 'SecurityError');
        };
        Storage.prototype.setItem = () => {
          throw new DOMException('denied', 'SecurityError');
        };
      },
    ],
    [
      'the localStorage property throws',
      () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
      },
    ],
    [
      'the store is full',
      () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      },
    ],
  ])('%s → the defaults, and switching still works', async (_name, sabotage) => {
    await page.addInitScript(sabotage);
    await page.goto(appUrl());
    await expectDefaults();
    await expectLanguageSwitch();
    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  });
});
