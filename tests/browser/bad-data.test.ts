/**
 * A broken map never gives a blank page or a stack trace: corrupt, missing, oversized,
 * wrong-version and schema-breaking files (served from synthetic/bad/, see fixtures.ts) each show
 * their own message in the reader's language, with a way back to the default view — in the portal,
 * the presentation (`?mode=present`) and the print sheet (`?sheet=`) alike.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';
import { BAD_MAPS } from './fixtures.ts';
import { COMPRESSOR } from './ids.ts';
import { strings, type Lang } from '../../src/app/i18n/strings.ts';

let page: Page;
pagePerTest((x) => {
  page = x.page;
});

/** The error screen's heading, message and technical line, once it is shown. */
async function errorScreen(lang: Lang): Promise<{ message: string; body: string }> {
  const t = strings(lang);
  await page.getByRole('heading', { name: t.errorTitle }).waitFor({ timeout: 15_000 });
  const message = (await page.getByRole('alert').textContent()) ?? '';
  const body = (await page.locator('body').innerText()) ?? '';
  return { message, body };
}

const cases = (
  Object.entries(BAD_MAPS) as [string, keyof ReturnType<typeof strings>['errors']['load']][]
).flatMap(([file, kind]) => (['zh', 'en'] as const).map((lang) => [file, kind, lang] as const));

describe('a broken ?data= file', () => {
  it.each(cases)('%s → the %s message (%s)', async (file, kind, lang) => {
    const t = strings(lang);
    await page.goto(
      `${inject('baseUrl')}?data=synthetic/bad/${file}${lang === 'en' ? '&lang=en' : ''}`,
    );
    const { message, body } = await errorScreen(lang);
    expect(message).toBe(t.errors.load[kind]);
    // The download is cut off after 20 MB (src/app/data/load.test.ts checks that it stops early).
    // A short detail at most, never a stack trace.
    expect(body).not.toMatch(/\bat \S+ \(|\.js:\d+:\d+|Error:/);
    expect(body.length).toBeLessThan(800);
    await expect(page.getByRole('link', { name: t.errorBack }).count()).resolves.toBe(1);
  });

  it('the way back opens the default view', async () => {
    await page.goto(appUrl({ data: 'synthetic/bad/version-1.json' }));
    await page.getByRole('link', { name: strings('zh').errorBack }).click();
    if (inject('hasRealData')) {
      await page.getByRole('searchbox', { name: '搜索' }).waitFor();
      await expect.poll(() => new URL(page.url()).search).toBe('');
    } else {
      // Without a compiled default map, the way back still shows a message, never a blank page.
      await page.getByRole('heading').first().waitFor();
    }
  });
});

describe('a broken default map', () => {
  // The first view's map and the atlas alike (the build writes both from the same compile).
  const defaultMap = /\/(assets\/(?:chain-map|first-view)[^/]*|data\/chain-map)\.json$/;
  it.each([
    ['truncated', 'corrupt', { body: '{"schemaVersion":2,"nodes":[' }],
    ['404', 'notFound', { status: 404, body: 'Not Found' }],
    ['500', 'network', { status: 500, body: 'oops' }],
    ['version 3', 'version', { body: '{"schemaVersion":3}' }],
    ['version 1', 'version', { body: '{"schemaVersion":1,"nodes":[]}' }],
    ['an empty object of version 2', 'schema', { body: '{"schemaVersion":2}' }],
  ] as const)('%s → the %s message', async (_name, kind, response) => {
    await page.route(defaultMap, (route) =>
      route.fulfill({ contentType: 'application/json', ...response }),
    );
    await page.goto(inject('baseUrl'));
    const { message } = await errorScreen('zh');
    expect(message).toBe(strings('zh').errors.load[kind]);
  });

  it('the network failing → the network message in English', async () => {
    await page.route(defaultMap, (route) => route.abort('connectionreset'));
    await page.goto(`${inject('baseUrl')}?lang=en`);
    const { message } = await errorScreen('en');
    expect(message).toBe(strings('en').errors.load.network);
  });
});

describe('a broken map in the presentation and the print sheet', () => {
  const modes = [
    ['present mode', 'mode=present'],
    ['the print sheet', `sheet=${COMPRESSOR}`],
  ] as const;
  const files = ['missing.json', 'version-1.json', 'dangling.json'] as const;
  const modeCases = modes.flatMap(([name, query]) =>
    files.flatMap((file) =>
      (['zh', 'en'] as const).map((lang) => [name, file, BAD_MAPS[file], lang, query] as const),
    ),
  );

  it.each(modeCases)('%s: %s → the %s message (%s)', async (_name, file, kind, lang, query) => {
    const t = strings(lang);
    await page.goto(
      `${inject('baseUrl')}?${query}&data=synthetic/bad/${file}${lang === 'en' ? '&lang=en' : ''}`,
    );
    const { message, body } = await errorScreen(lang);
    expect(message).toBe(t.errors.load[kind]);
    expect(message).not.toBe(t.errors.data);
    expect(body).toContain(t.errors.detail);
    expect(body).not.toMatch(/\bat \S+ \(|\.js:\d+:\d+|Error:/);
    const back = page.getByRole('link', { name: t.errorBack });
    // A presentation goes back to the presentation (with the default map); a sheet to the portal.
    const place = query.startsWith('mode=present') ? 'mode=present' : '';
    const expected = [place, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
    expect(await back.getAttribute('href')).toBe(expected ? `?${expected}` : '/');
  });

  it.each(modes)('%s with a ?data= on another site → the data-address message', async (_n, q) => {
    await page.goto(`${inject('baseUrl')}?${q}&data=https://example.com/map.json&lang=en`);
    const { message } = await errorScreen('en');
    expect(message).toBe(strings('en').errors.dataUrl);
  });

  it('the way back from present mode opens the presentation of the default map, same language', async () => {
    await page.goto(`${inject('baseUrl')}?mode=present&data=synthetic/bad/corrupt.json&lang=en`);
    await errorScreen('en');
    await page.getByRole('link', { name: strings('en').errorBack }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?mode=present&lang=en');
    if (inject('hasRealData')) await page.locator('main.present').waitFor();
  });
});

describe('a part of the app that cannot be fetched', () => {
  it('without the checking worker, the map is checked on the page and shown', async () => {
    await page.route('**/*check-map-worker*', (r) => r.abort());
    await page.goto(appUrl());
    await page.getByRole('searchbox', { name: '搜索' }).waitFor();
    if (inject('hasRealData')) await page.locator('canvas').waitFor();
    expect(await page.getByRole('heading', { name: strings('zh').errorTitle }).count()).toBe(0);
  });

  it('without the checking worker, a broken map still gets its message', async () => {
    await page.route('**/*check-map-worker*', (r) => r.abort());
    await page.goto(appUrl({ data: 'synthetic/bad/version-1.json', lang: 'en' }));
    const { message } = await errorScreen('en');
    expect(message).toBe(strings('en').errors.load[BAD_MAPS['version-1.json']]);
  });

  it.each([
    ['the presentation', 'PresentMode', { mode: 'present' }],
    ['the print sheet', 'PrintSheet', { sheet: COMPRESSOR }],
    ['the force view', 'ForceView', {}],
    ['the details panel', 'DetailsPanel', {}],
  ] as const)('%s: its chunk failing gives a message, not a blank page', async (_n, chunk, q) => {
    await page.route(`**/assets/${chunk}-*.js`, (r) => r.abort());
    await page.goto(appUrl({ ...q, lang: 'en' }));
    const { message } = await errorScreen('en');
    // Not the data's message: the map itself downloaded fine.
    expect(message).toBe(strings('en').errors.part);
  });
});
