/**
 * Errors as a member of the public meets them (issue 20, point 9): a stale link keeps the map and
 * says what it did not find; a missing map file says it is missing; a document that gives no map
 * says what is wrong in plain words, the compiler's lines behind 详情 / Details; a preview's
 * figures read as the document writes them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';
import { strings, type Lang } from '../../src/app/i18n/strings.ts';

let page: Page;
pagePerTest((x) => {
  page = x.page;
});
const real = inject('hasRealData');
const LANGS = ['zh', 'en'] as const;
const ROOT = resolve(import.meta.dirname, '../..');

describe('a stale or unknown ?node= keeps the map, with a notice', () => {
  it.each(LANGS)('%s', async (lang) => {
    const t = strings(lang);
    await page.goto(appUrl({ view: 'panorama', node: 'no-such-node-2019', lang }));
    const notice = page.getByRole('status').filter({ hasText: 'no-such-node-2019' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(t.errors.node('no-such-node-2019'));
    // The map is there, not the error page.
    await page.locator('figure.panorama').waitFor();
    await page.getByRole('searchbox', { name: t.search }).waitFor();
    await expect(page.getByRole('heading', { name: t.errorTitle }).count()).resolves.toBe(0);
    // The address no longer names it (a link copied now works); the map can be used.
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBeNull();
    await notice.getByRole('button', { name: t.errors.dismiss }).click();
    await expect(notice.count()).resolves.toBe(0);
    await page.locator('figure.panorama button[aria-pressed]').first().click();
    await page.getByRole('complementary').first().waitFor();
  });

  it('in the force view too, and a good node later clears the notice', async () => {
    await page.goto(appUrl({ view: 'force', node: 'garbage' }));
    const notice = page.getByRole('status').filter({ hasText: 'garbage' });
    await notice.waitFor();
    await page.locator('canvas').first().waitFor();
    await page.getByRole('searchbox', { name: '搜索' }).fill('ysj');
    await page.getByRole('option').first().click();
    await expect.poll(() => notice.count()).toBe(0);
  });
});

describe('a missing ?data= file says it was not found', () => {
  it.each(
    LANGS.flatMap((lang) => ['/nope.json', 'nope.json'].map((data) => [data, lang] as const)),
  )('%s (%s)', async (data, lang: Lang) => {
    const t = strings(lang);
    await page.goto(`${inject('baseUrl')}?data=${encodeURIComponent(data)}&lang=${lang}`);
    await page.getByRole('heading', { name: t.errorTitle }).waitFor();
    const message = await page.getByRole('alert').textContent();
    expect(message).toBe(t.errors.load.notFound);
    expect(message).not.toBe(t.errors.dataUrl);
    await page.getByRole('link', { name: t.errorBack }).waitFor();
    // Every line in view is in the page's language: the program's English detail is folded away.
    const seen = await page.locator('main').innerText();
    if (lang === 'zh') expect(seen).not.toMatch(/[A-Za-z]{2,}/);
    else expect(seen).not.toMatch(/[\u4e00-\u9fff]/);
    await page.getByText(t.errors.detail, { exact: true }).click();
    const opened = await page.locator('main').innerText();
    // Opened, it is said to be the program's words in English (and under English, no Chinese).
    if (lang === 'zh') expect(opened).toMatch(new RegExp(`${t.errors.detailOriginal}\\s*\\S`));
    else expect(opened).not.toMatch(/[\u4e00-\u9fff]/);
    expect(opened.length).toBeGreaterThan(seen.length);
  });

  it('another site is still refused', async () => {
    await page.goto(`${inject('baseUrl')}?data=${encodeURIComponent('//example.com/x.json')}`);
    await expect(page.getByRole('alert').textContent()).resolves.toBe(strings('zh').errors.dataUrl);
  });
});

/** The portal's panorama with the import's chunk loaded (fetched when the pointer reaches 导入文件). */
async function portal(lang: Lang): Promise<void> {
  await page.goto(appUrl({ view: 'panorama', lang }));
  await page.locator('figure.panorama').waitFor();
  await page.locator('label.import').hover();
  await page.locator('.importing').waitFor({ state: 'attached', timeout: 20_000 });
}

/** Chooses a document through 导入文件 / Open a document, as a person does. */
async function choose(lang: Lang, name: string, bytes: Uint8Array): Promise<void> {
  const label = lang === 'zh' ? '导入文件' : 'Open a document';
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByText(label, { exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(bytes) });
}

describe.runIf(real)("an imported file's problems in plain words", () => {
  const notice = new TextEncoder().encode('关于开展安全生产检查的通知\n\n各单位：请做好检查。\n');
  const plain = { zh: '没有读出产业链', en: 'No chain or industry was read' };
  const failed = { zh: '无法导入文件', en: 'The document could not be opened' };
  const details = { zh: '详情', en: 'Details' };

  it.each(LANGS)('%s: the words first, file:line:col behind the toggle', async (lang) => {
    await portal(lang);
    await choose(lang, 'notice.txt', notice);
    const alert = page.getByRole('alert').filter({ hasText: failed[lang] });
    await alert.waitFor({ timeout: 30_000 });
    const seen = await alert.innerText();
    expect(seen).toContain('notice.txt');
    expect(seen).toContain(plain[lang]);
    // Only the page's language in the plain words; no position, no severity.
    expect(seen).not.toMatch(/:\d+:\d+:|error:/);
    expect(seen).not.toContain(lang === 'zh' ? plain.en : plain.zh);
    await alert.getByText(details[lang], { exact: true }).click();
    await expect(alert.innerText()).resolves.toContain('notice.txt:1:1: error: ');
  });
});

describe.runIf(real)('the preview shows figures as the published map does', () => {
  const LIUDONG = readFileSync(
    join(ROOT, 'tests/fixtures/genre/liudong-auto-parts/liudong-auto-parts.txt'),
  );
  it.each([
    ['zh', /突破\d+亿元/, /\d+突破|\d+以上[家亿]/],
    ['en', /over CNY \d+(\.\d+)? bn/, /\d突破|以上/],
  ] as const)('%s', async (lang, good, bad) => {
    await portal(lang);
    await choose(lang, 'liudong.txt', LIUDONG);
    const banner = lang === 'zh' ? '预览：未发布的数据' : 'Preview: not the published map';
    await page.getByRole('region', { name: banner }).waitFor({ timeout: 30_000 });
    const header = await page.getByRole('banner').innerText();
    expect(header).toMatch(good);
    expect(header).not.toMatch(bad);
  });
});
