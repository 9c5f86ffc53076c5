/**
 * Everything from the data is text: a map whose chain name, node names, aliases, source title,
 * reference and quoted document text carry `<img onerror>`, `<script>`, `<svg onload>` and
 * `<iframe src=javascript:>` (synthetic/hostile/, see fixtures.ts) shows them literally, in every
 * view, the details, search and the document dialog; nothing runs, and a `javascript:` reference
 * is not a link.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, open, type Session } from './browser.ts';
import { HOSTILE_NODE, PAYLOADS } from './fixtures.ts';

let browser: Browser;
let s: Session;
let page: Page;
let dialogs: string[];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  s = await open(browser);
  page = s.page;
  dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterEach(async () => {
  // Nothing ran: no sentinel, no dialog, no element made from the markup. Then: no page error.
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"], svg[onload], iframe, #app script').count()).toBe(0);
  await s.close();
});

const url = (params: Record<string, string>): string =>
  `${inject('baseUrl')}?${new URLSearchParams({ data: 'synthetic/hostile/map.json', ...params })}`;
const [IMG, SCRIPT, SVG, IFRAME] = PAYLOADS as [string, string, string, string];

describe('hostile text in the data', () => {
  it.each(['force', 'sankey', 'outline'])(
    'the %s view and the details show the markup as text',
    async (view) => {
      await page.goto(url({ view, node: HOSTILE_NODE }));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(SVG);
      const details = page.getByRole('heading', { level: 2, name: `压缩机${IMG}${SCRIPT}` });
      await details.waitFor();
      await expect(details.textContent()).resolves.toBe(`压缩机${IMG}${SCRIPT}`);
      // The javascript: reference is shown as its note, not as a link.
      await expect(page.getByText(`${IFRAME} maintained by ${IMG}`).count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: /maintained by/ }).count()).resolves.toBe(0);
      await expect(page.locator('a[href^="javascript:" i]').count()).resolves.toBe(0);
    },
  );

  it('English names and search results are text too', async () => {
    await page.goto(url({ lang: 'en' }));
    await page.getByRole('searchbox', { name: 'Search' }).fill('Compressor');
    const option = page.getByRole('option').filter({ hasText: 'Compressor<img' }).first();
    await expect(option.textContent()).resolves.toContain(`Compressor${IMG}${SCRIPT}`);
  });

  it('the quoted document text is shown as text in the details and the document dialog', async () => {
    await page.goto(url({ node: HOSTILE_NODE }));
    const quote = page.locator('blockquote').filter({ hasText: '恶意文本' }).first();
    await expect(quote.textContent()).resolves.toContain(`${IMG}${SCRIPT}${SVG}`);
    const panel = page.getByRole('complementary');
    await panel
      .getByRole('button', { name: /查看原文/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect
      .poll(() => dialog.textContent(), { timeout: 10_000 })
      .toContain(`恶意文本${IMG}${SCRIPT}${SVG}`);
    await expect(dialog.textContent()).resolves.toContain(IMG);
  });
});
