/**
 * Portal extras in a real Chromium: share the deep link, download the open data, export the view
 * as PNG and SVG (title, legend, source line, solid background), and the one-page A4 sheet per gap.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, type Session, pagePerTest } from './browser.ts';
import { COMPRESSOR, NEV_OEM } from './ids.ts';

let s: Session;
let page: Page;
pagePerTest((x) => {
  s = x;
  page = x.page;
});

describe.runIf(inject('hasRealData'))('share and download', () => {
  it('Share copies the deep link of the current view from the keyboard and says so', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(appUrl({ view: 'sankey', node: COMPRESSOR }));
    const share = page.getByRole('button', { name: '分享链接' });
    await share.focus();
    await page.keyboard.press('Enter');
    await page.locator('.share-menu [role=status]', { hasText: '链接已复制' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${inject('baseUrl')}?view=sankey&node=${COMPRESSOR}`);
  });

  it('the download menu links the open data files of the build', async () => {
    await page.goto(appUrl());
    await page.getByText('下载', { exact: true }).click();
    const expected: [string, RegExp][] = [
      // The whole atlas (its places too), not only the chain on the screen.
      ['产业链图谱（JSON）', /"schemaVersion":\s*2[^]*"kind":\s*"region"/],
      ['节点表（CSV）', /^\ufeff?id,.*,level,parent/],
      ['关系表（CSV）', /^\ufeff?source,target,kind,.*focus/],
      ['原文依据表（CSV）', /quote/],
      ['数据结构说明（JSON Schema）', /"\$schema"/],
    ];
    for (const [name, body] of expected) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const res = await page.request.get(new URL(href!, page.url()).href);
      expect(res.status(), name).toBe(200);
      expect(await res.text(), name).toMatch(body);
    }
  });
});

async function download(name: string): Promise<{ file: string; bytes: Buffer }> {
  await page.getByText('下载', { exact: true }).click();
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await d.path();
  return { file: d.suggestedFilename(), bytes: readFileSync(path) };
}

describe.runIf(inject('hasRealData'))('export the current view', () => {
  it.each([
    ['PNG 图片（1920×1080，适合幻灯片）', 1920, 1080],
    ['PNG 图片（A4 横向打印，300 dpi）', 3508, 2480],
  ])('%s: the size asked, an opaque background, a title and legend drawn', async (name, w, h) => {
    await page.goto(appUrl({ node: COMPRESSOR }));
    const { file, bytes } = await download(name);
    expect(file).toBe(`chainmap-network-${w}x${h}.png`);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([w, h]);
    // Decode it in the page: corners are opaque white; the title band and the map have ink.
    const stats = await page.evaluate(async (b64) => {
      // Decoded from bytes (the app's CSP allows no fetch of data: URLs).
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
      const ink = (x: number, y: number, ww: number, hh: number) => {
        const d = ctx.getImageData(x, y, ww, hh).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 128) n++;
        return n;
      };
      const s = img.width / 1920;
      return {
        corner: px(2, 2),
        far: px(img.width - 3, img.height - 3),
        title: ink(0, 0, img.width, Math.round(100 * s)),
        map: ink(0, Math.round(150 * s), img.width, Math.round(700 * s)),
        source: ink(0, img.height - Math.round(75 * s), img.width, Math.round(50 * s)),
      };
    }, bytes.toString('base64'));
    expect(stats.corner).toEqual([255, 255, 255, 255]);
    expect(stats.far).toEqual([255, 255, 255, 255]);
    expect(stats.title).toBeGreaterThan(500);
    expect(stats.map).toBeGreaterThan(2000);
    expect(stats.source).toBeGreaterThan(500);
  });

  it('SVG of the Sankey view: text stays text, with title, legend, gaps and the source documents', async () => {
    await page.goto(appUrl({ view: 'sankey' }));
    const { file, bytes } = await download('SVG 矢量图');
    expect(file).toBe('chainmap-sankey-1920x1080.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toContain('<title>汽车热管理产业链 · 桑基图</title>');
    expect(svg).toMatch(/<rect x="0" y="0" width="1920" height="1080" fill="#ffffff"\/>/);
    for (const text of ['>压缩机<', '>电子膨胀阀<', '>招商缺口（虚线粗框）<', '>园区<'])
      expect(svg).toContain(text);
    expect(svg).toMatch(/>来源：《[^<]*新乡经开区汽车热管理产业链健康快速发展十条措施/);
    // It is a valid SVG document the browser can render.
    const ok = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') ===
        null,
      svg,
    );
    expect(ok).toBe(true);
  });

  // The page on screen, not a network: the panorama's tiers, an industry's five questions, a
  // city's zones, each with the documents it comes from.
  it.each([
    [
      'the panorama',
      { view: 'panorama' },
      'chainmap-panorama-1920x1080.svg',
      '汽车热管理产业链 · 全景图',
      ['>上游<', '>中游<', '>下游<', '>压缩机<', '>招商缺口（虚线粗框）<', '700亩'],
      '新乡经开区汽车热管理产业链健康快速发展十条措施',
    ],
    [
      'an industry’s roadmap',
      { view: 'panorama', chain: 'xinxiang-chemicals' },
      'chainmap-roadmap-1920x1080.svg',
      '化工产业招商路线图',
      ['>招什么<', '>招谁<', '>对接谁<', '>落在哪<', '>有何支持<', '>万华化学<'],
      '十四五',
    ],
    [
      'the city page',
      { view: 'panorama', region: 'xinxiang' },
      'chainmap-city-1920x1080.svg',
      '新乡市产业图谱',
      ['>新乡经济技术开发区<', '>汽车制造<'],
      '十四五',
    ],
  ])('SVG of %s shows that page', async (_what, params, name, title, texts, source) => {
    await page.goto(appUrl(params));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const { file, bytes } = await download('SVG 矢量图');
    expect(file).toBe(name);
    const svg = bytes.toString('utf8');
    expect(svg).toContain(`<title>${title}</title>`);
    for (const text of texts) expect(svg).toContain(text);
    expect(svg).toMatch(new RegExp(`>来源：《[^<]*${source}`));
    // No network picture: no edge lines, and nothing of the chain's measures or departments.
    expect(svg).not.toMatch(/<line /);
  });

  it('SVG carries the shipped CJK font: opened alone, with no network, its text uses that font', async () => {
    await page.goto(appUrl({ view: 'sankey' }));
    const { bytes } = await download('SVG 矢量图');
    const svg = bytes.toString('utf8');
    const embedded =
      /<defs><style>[^<]*?@font-face \{ font-family: "ChainMap Sans SC"; src: url\("data:font\/woff2;base64,([A-Za-z0-9+/=]+)"\)/.exec(
        svg,
      )?.[1];
    expect(embedded).toBeDefined();
    // The very files the app ships, both: the first @font-face of its stylesheet (every character
    // but the first screen's), and the first screen's file with its range.
    expect(svg.match(/@font-face \{ font-family: "ChainMap Sans SC"/g)).toHaveLength(2);
    expect(svg).toMatch(/unicode-range: U\+20-7E/);
    // The font stylesheet is inline in the page's head, its URLs relative to the page.
    const css = (await page.locator('head style').allTextContents()).join('\n');
    const href = /url\("([^"]+\.woff2)"\)/.exec(css)?.[1];
    const shipped = await (await page.request.get(new URL(href!, page.url()).href)).body();
    expect(Buffer.from(embedded!, 'base64').equals(shipped)).toBe(true);
    // Opened on its own at another address, every other request refused: the file alone has it.
    const viewer = await s.context.newPage();
    const requests: string[] = [];
    await viewer.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url() === 'http://figure.test/map.svg'
        ? route.fulfill({ contentType: 'image/svg+xml', body: svg })
        : route.abort();
    });
    await viewer.goto('http://figure.test/map.svg');
    const result = await viewer.evaluate(async () => {
      // The faces the text needs (the first screen's file, and the file of every other
      // character, which has no range), from the data: URLs in the file.
      await document.fonts.load('16px "ChainMap Sans SC"', '压缩机');
      await document.fonts.ready;
      const text = [...document.querySelectorAll('text')].find((t) => t.textContent === '压缩机');
      return {
        root: document.documentElement.localName,
        family: text ? getComputedStyle(text).fontFamily : null,
        loaded: [...document.fonts]
          .filter((f) => f.status === 'loaded')
          .map((f) => f.family.replace(/"/g, '')),
        usable: document.fonts.check('16px "ChainMap Sans SC"', '压缩机'),
      };
    });
    expect(result.root).toBe('svg');
    expect(result.family).toMatch(/^"ChainMap Sans SC"/);
    expect(result.loaded).toContain('ChainMap Sans SC');
    expect(result.usable).toBe(true);
    expect(requests).toEqual(['http://figure.test/map.svg']);
    await viewer.close();
  });
});

describe.runIf(inject('hasRealData'))('investment sheet (招商推介单)', () => {
  it('says what, why (quoted with its document), where, support with amounts, whom to contact, and links back by QR', async () => {
    await page.goto(appUrl({ sheet: COMPRESSOR }));
    await page.getByRole('heading', { level: 1, name: '压缩机' }).waitFor();
    const why = page.locator('section', { has: page.getByRole('heading', { name: '为什么招引' }) });
    await expect(why.locator('blockquote mark').first().textContent()).resolves.toBe('压缩机');
    await expect(why.locator('cite').first().textContent()).resolves.toContain('十条措施');
    const where = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: /^落户园区/ }),
    });
    await expect(where.textContent()).resolves.toMatch(
      /700亩[\s\S]*花园路与榆东路区域[\s\S]*九通一平/,
    );
    const support = await page
      .locator('section', { has: page.getByRole('heading', { name: '支持措施' }) })
      .textContent();
    expect(support).toMatch(/第10条[\s\S]*500万元/);
    expect(support).toContain('区财政局');
    await expect(
      page
        .locator('section', { has: page.getByRole('heading', { name: '联系部门' }) })
        .textContent(),
    ).resolves.toMatch(/区商务局|区财政局/);
    const qr = page.getByRole('img', { name: /扫码查看在线图谱/ });
    expect(await qr.getAttribute('data-qr-url')).toBe(`${inject('baseUrl')}?node=${COMPRESSOR}`);
  });

  it('nothing of the portal on the sheet: no offline toast or update prompt, yet offline-ready', async () => {
    await page.goto(appUrl({ sheet: COMPRESSOR }));
    await page.getByRole('heading', { level: 1, name: '压缩机' }).waitFor();
    // The service worker is registered and active (the sheet still opens offline)…
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForTimeout(1500);
    // …and nothing said so on the page that is printed.
    for (const text of ['已可离线使用', '有新版本'])
      expect(await page.getByText(text).count(), text).toBe(0);
  });

  it('prints on exactly one A4 page', async () => {
    await page.goto(appUrl({ sheet: COMPRESSOR }));
    await page.getByRole('heading', { level: 1, name: '压缩机' }).waitFor();
    await page.locator('blockquote mark').first().waitFor();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    // A4 portrait: 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 59[45][.\d]* 84[12][.\d]*\]/);
  });

  it('a segment that is not a gap gets a friendly message and the list of sheets', async () => {
    await page.goto(appUrl({ sheet: NEV_OEM }));
    await expect(page.getByRole('alert').textContent()).resolves.toContain('不是招商缺口');
    await page.getByRole('link', { name: '压缩机' }).click();
    await page.getByRole('heading', { level: 1, name: '压缩机' }).waitFor();
  });
});
