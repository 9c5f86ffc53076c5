/**
 * Fair projection (`?mode=present`), checked as the audience and the presenter meet it: the tour
 * runs city and zones → the chain's panorama → each gap segment → park → measures → contacts,
 * every name from the atlas; on 1920×1080 at least 90 % of the visible text (SVG labels included)
 * is 24 px or more and every heading 48 px or more, twice that at 3840×2160, and nothing spills;
 * remote keys, taps and swipes step it, B blanks it, the counter reads "3 / 12"; the QR code
 * decodes (jsQR, an independent decoder) to that slide's page on the portal; no update prompt or
 * offline toast ever shows; the full-screen button works in both languages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { cityIndustries, cityTable, indexAtlas } from '../../src/app/model/atlas.ts';
import { chainView, pickChain } from '../../src/app/model/chain-view.ts';
import { buildGraph } from '../../src/app/model/graph.ts';
import { tour } from '../../src/app/model/tour.ts';
import { gapCase } from '../../src/app/model/gap-case.ts';
import { appUrl, launchBrowser, open } from './browser.ts';

const jsQrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What the slides must say, read from the compiled atlas on this side (never from the page). */
function expected() {
  const map = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap;
  const atlas = indexAtlas(map);
  const graph = buildGraph(chainView(map));
  const chain = pickChain(map)!;
  const steps = tour(graph, chain, atlas);
  const table = cityTable(atlas, steps[0]!.node!)!;
  const gaps = steps.filter((s) => s.kind === 'gap').map((s) => graph.byId.get(s.node!)!);
  const industries = cityIndustries(atlas, table);
  return { steps, chain, table, gaps, graph, industries };
}

const step = (page: Page): string | null => new URL(page.url()).searchParams.get('step');
const title = (page: Page) => page.locator('#slide-title').textContent();
const counter = (page: Page) => page.locator('.counter').textContent();
/** A present-mode URL (the shared helper adds `view=force`, which present mode ignores). */
const present = (params: Record<string, string> = {}) => appUrl({ mode: 'present', ...params });

/** Decodes the QR code on screen: its SVG drawn onto a canvas, read by jsQR. */
async function decodeQr(page: Page): Promise<string | null> {
  // Evaluated, not added as a <script>: the app's CSP allows no inline scripts.
  await page.evaluate(readFileSync(jsQrPath, 'utf8'));
  return page.evaluate(async () => {
    const svg = document.querySelector('svg.qr') as SVGSVGElement;
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = c.height = 400;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 400);
    ctx.drawImage(img, 40, 40, 320, 320);
    const d = ctx.getImageData(0, 0, 400, 400);
    type JsQr = (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
    return (window as unknown as { jsQR: JsQr }).jsQR(d.data, 400, 400)?.data ?? null;
  });
}

/** What a viewer sees of the text on screen. */
interface TypeReport {
  /** The rendered font size of every visible text node, px (SVG text scaled to the screen). */
  sizes: { px: number; text: string; svg: boolean }[];
  heading: number;
  /** Slide parts whose content is cut off, and picture names wider than their box. */
  spills: string[];
  scrolls: boolean;
}

/**
 * Counts every visible, non-blank text node by its element's computed font size (times the SVG's
 * screen scale for text in the picture); skips text off screen, transparent, or for screen
 * readers only.
 */
function typeReport(page: Page): Promise<TypeReport> {
  return page.evaluate(() => {
    const sizes: { px: number; text: string; svg: boolean }[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || el.closest('.sr-only, dialog:not([open])')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0) continue;
      if (r.top >= innerHeight || r.left >= innerWidth) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') continue;
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement)
        opacity *= Number(getComputedStyle(e).opacity);
      if (opacity < 0.1) continue;
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      const scale = svg?.getScreenCTM()?.a ?? 1;
      sizes.push({ px: parseFloat(style.fontSize) * scale, text: text.slice(0, 24), svg: !!svg });
    }
    const spills: string[] = [];
    // Anything drawn past the edge of the slide, its body or the side column is cut off.
    for (const el of document.querySelectorAll<HTMLElement>('.slide, .slide .body, .side')) {
      const box = el.getBoundingClientRect();
      for (const d of el.querySelectorAll('*')) {
        const r = d.getBoundingClientRect();
        if (!r.width || !r.height || d.closest('.sr-only')) continue;
        if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.left < box.left - 1)
          spills.push(`${d.tagName} "${d.textContent?.trim().slice(0, 20)}" past ${el.className}`);
      }
    }
    for (const g of document.querySelectorAll<SVGGElement>('.room g.box')) {
      const box = g.querySelector('rect')!.getBoundingClientRect();
      const label = g.querySelector('text')!.getBoundingClientRect();
      if (label.width > box.width + 0.5 || label.height > box.height + 0.5)
        spills.push(
          `label "${g.textContent?.trim()}" ${label.width}×${label.height} in ${box.width}×${box.height}`,
        );
    }
    return {
      sizes,
      heading: parseFloat(getComputedStyle(document.querySelector('#slide-title')!).fontSize),
      spills,
      scrolls: document.scrollingElement!.scrollHeight > innerHeight + 1,
    };
  });
}

/** Waits until a slide is drawn: its heading, and the picture's boxes when it has a picture. */
async function settled(page: Page): Promise<void> {
  await page.locator('#slide-title').waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.room') || document.querySelector('.room g.box') !== null,
  );
}

describe.runIf(inject('hasRealData'))('present mode: the tour through the atlas', () => {
  it.each(['zh', 'en'] as const)(
    '(%s) city and zones → panorama → each gap → park → measures → contacts, each fact from the atlas',
    async (lang) => {
      const { steps, chain, table, gaps, graph, industries } = expected();
      const name = (n: { name: { zh: string; en: string } }) => n.name[lang] || n.name.zh;
      const s = await open(browser, { width: 1920, height: 1080 });
      const { page } = s;
      await page.goto(present(lang === 'en' ? { lang } : {}));
      await settled(page);

      // 1: the city, its zones and industries, counted and named.
      const city = name(table.city);
      await expect(title(page)).resolves.toBe(
        lang === 'zh' ? `${city}产业图谱` : `${city}: industrial atlas`,
      );
      const body = (await page.locator('.slide .body').textContent()) ?? '';
      expect(body).toContain(
        lang === 'zh'
          ? `${table.zones.length}个承接地 · ${industries.length}个重点产业`
          : `${table.zones.length} host zones · ${industries.length} key industries`,
      );
      for (const z of table.zones) expect(body).toContain(name(z));
      for (const c of industries) expect(body).toContain(name(c));
      // The zone the chain lies in carries its name: the way into the next slide.
      await expect(page.locator('.tiles li.home').textContent()).resolves.toContain(name(chain));
      await expect(counter(page)).resolves.toBe(`1 / ${steps.length}`);

      // 2: the chain's panorama, drawn for the room: tier titles and segment names only.
      await page.keyboard.press('PageDown');
      await settled(page);
      await expect(title(page)).resolves.toBe(name(chain));
      const picture = page.locator('.room svg');
      const labels = (await picture.locator('text').allTextContents()).join('|');
      for (const tier of lang === 'zh' ? ['上游', '中游', '下游'] : ['Upstream', 'Midstream'])
        expect(labels).toContain(tier);
      // Every gap outlined as one, its whole name drawn (lines joined, whitespace aside).
      const flat = (x: string) => x.replace(/\s+/g, '');
      const gapBoxes = await picture.locator('g.box.gap').allTextContents();
      expect(gapBoxes.map(flat).sort()).toEqual(gaps.map((g) => flat(name(g))).sort());
      await expect(counter(page)).resolves.toBe(`2 / ${steps.length}`);

      // 3…: each gap segment, in the atlas's order, as its own case: what the documents state for
      // it named with its facts, what they state only for the chain said so (its facts left to the
      // park, measures and contact slides), what they do not state said too.
      const seen: string[] = [];
      for (const [i, g] of gaps.entries()) {
        await page.keyboard.press('PageDown');
        await settled(page);
        await expect(title(page)).resolves.toBe(
          lang === 'zh' ? `招商缺口：${name(g)}` : `Investment gap: ${name(g)}`,
        );
        await expect(counter(page)).resolves.toBe(`${3 + i} / ${steps.length}`);
        const c = gapCase(graph, g.id)!;
        for (const l of c.lines) {
          const row = page.locator(`.slide .case [data-item="${l.item}"]`);
          await expect(row.getAttribute('data-scope')).resolves.toBe(l.scope);
          const text = (await row.textContent()) ?? '';
          if (l.scope === 'own' && l.item !== 'amounts')
            for (const n of l.nodes) expect(text).toContain(name(n));
          if (l.scope === 'chain') {
            expect(text).toContain(lang === 'zh' ? '全链通用' : 'Chain-wide');
            for (const n of l.nodes) expect(text).not.toContain(name(n));
          }
          if (l.scope === 'none')
            expect(text).toContain(lang === 'zh' ? '文件未说明' : 'Not stated');
        }
        // The picture's subject is the segment, filled.
        await expect(page.locator('.room g.box.focus').textContent()).resolves.toContain(
          name(g).split(' ')[0],
        );
        // What the slide shows, facts and picture: no two gap slides the same.
        const shown = [
          ...(await page.locator('.slide .facts button.src').allTextContents()),
          ...(await page.locator('.room g.box').allTextContents()),
        ];
        seen.push([...new Set(shown.map(flat))].sort().join('|'));
      }
      expect(new Set(seen).size).toBe(gaps.length);
      const rest =
        lang === 'zh'
          ? ['落户园区', '支持措施与金额', '联系部门']
          : ['Where it lands', 'Support measures and amounts', 'Departments to contact'];
      for (const heading of rest) {
        await page.keyboard.press('PageDown');
        await settled(page);
        await expect(title(page)).resolves.toBe(heading);
      }
      await expect(counter(page)).resolves.toBe(`${steps.length} / ${steps.length}`);
      await expect(page.locator('.slide .body').textContent()).resolves.toContain(
        lang === 'zh' ? '区财政局' : 'Bureau of Finance',
      );
      await s.close();
    },
  );

  it('a name in the picture opens the sentence it comes from, and the tap does not step', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present({ step: '2' }));
    await settled(page);
    await page.locator('.room g.box.gap', { hasText: '压缩机' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.locator('mark').first().textContent()).resolves.toContain('压缩机');
    expect(step(page)).toBe('2');
    await s.close();
  });
});

describe.runIf(inject('hasRealData'))('present mode: type for the back row', () => {
  const figures: string[] = [];
  afterAll(() => {
    if (figures.length) console.log(`type on the projected slides:\n${figures.join('\n')}`);
  });

  it.each([
    [1920, 1080, 'zh'],
    [1920, 1080, 'en'],
    [3840, 2160, 'zh'],
    [3840, 2160, 'en'],
  ] as const)(
    'at %i×%i (%s), every slide: nine in ten texts ≥ 24 px per 1080 px of height, headings ≥ 48, picture labels ≥ 24, nothing spills',
    async (w, h, lang) => {
      // 24 px and 48 px on 1920×1080, scaled with the screen.
      const body = (24 * h) / 1080;
      const heading = (48 * h) / 1080;
      const s = await open(browser, { width: w, height: h });
      const { page } = s;
      await page.goto(present(lang === 'en' ? { lang } : {}));
      await settled(page);
      const total = Number((await counter(page))?.split(' / ')[1]);
      let all = 0;
      let large = 0;
      let smallest = Infinity;
      let smallestHeading = Infinity;
      let smallestLabel = Infinity;
      for (let i = 1; i <= total; i++) {
        if (i > 1) {
          await page.keyboard.press('PageDown');
          await expect.poll(() => step(page)).toBe(String(i));
          await settled(page);
        }
        const r = await typeReport(page);
        const big = r.sizes.filter((x) => x.px >= body - 0.01);
        const small = r.sizes
          .filter((x) => x.px < body - 0.01)
          .map((x) => `${x.text} (${x.px.toFixed(1)})`);
        const labels = r.sizes.filter((x) => x.svg).map((x) => x.px);
        expect(
          big.length / r.sizes.length,
          `slide ${i}: small text ${small.join(', ')}`,
        ).toBeGreaterThanOrEqual(0.9);
        expect(r.heading, `slide ${i} heading`).toBeGreaterThanOrEqual(heading);
        for (const px of labels)
          expect(px, `slide ${i}: a picture label`).toBeGreaterThanOrEqual(body);
        expect(r.spills, `slide ${i}`).toEqual([]);
        expect(r.scrolls, `slide ${i} scrolls`).toBe(false);
        all += r.sizes.length;
        large += big.length;
        smallest = Math.min(smallest, ...r.sizes.map((x) => x.px));
        smallestHeading = Math.min(smallestHeading, r.heading);
        smallestLabel = Math.min(smallestLabel, ...labels);
      }
      figures.push(
        `${w}×${h} ${lang}: ${total} slides, ${large}/${all} text nodes ≥ ${body} px (${((100 * large) / all).toFixed(1)} %), smallest text ${smallest.toFixed(1)} px, smallest heading ${smallestHeading.toFixed(1)} px, smallest picture label ${smallestLabel.toFixed(1)} px`,
      );
      await s.close();
    },
  );
});

describe.runIf(inject('hasRealData'))('present mode: the presenter', () => {
  it('steps with remote keys, keeps the step in the URL, and back/forward restore it', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present());
    await expect(title(page)).resolves.toBe('新乡市产业图谱');
    const total = Number((await counter(page))?.split(' / ')[1]);
    expect(total).toBe(expected().steps.length);

    await page.keyboard.press('PageDown');
    await expect.poll(() => step(page)).toBe('2');
    await expect(title(page)).resolves.toBe('汽车热管理产业链');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step(page)).toBe('3');
    await expect(title(page)).resolves.toMatch(/^招商缺口：/);
    await expect(counter(page)).resolves.toBe(`3 / ${total}`);
    await page.keyboard.press(' ');
    await expect.poll(() => step(page)).toBe('4');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => step(page)).toBe('2');
    await page.goBack();
    await expect.poll(() => step(page)).toBe('3');
    await expect(title(page)).resolves.toMatch(/^招商缺口：/);
    await page.goForward();
    await expect(title(page)).resolves.toBe('汽车热管理产业链');
    await page.keyboard.press('End');
    await expect(title(page)).resolves.toBe('联系部门');
    await expect(counter(page)).resolves.toBe(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect(title(page)).resolves.toBe('新乡市产业图谱');
    await expect(counter(page)).resolves.toBe(`1 / ${total}`);
    await s.close();
  });

  it('B blanks the screen and stops stepping; B again shows the same slide', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present({ step: '2' }));
    await settled(page);
    await page.keyboard.press('b');
    const covered = await page.evaluate(
      () => document.elementFromPoint(960, 540)?.classList.contains('blank') ?? false,
    );
    expect(covered).toBe(true);
    const background = await page
      .locator('.blank')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('PageDown');
    await expect.poll(() => step(page)).toBe('2');
    await page.keyboard.press('B');
    expect(await page.locator('.blank').count()).toBe(0);
    await expect(title(page)).resolves.toBe('汽车热管理产业链');
    await s.close();
  });

  it('taps on the right/left half and swipes step the tour', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present({ step: '2' }));
    await settled(page);
    await page.mouse.click(1500, 1000);
    await expect.poll(() => step(page)).toBe('3');
    await page.mouse.click(300, 1000);
    await expect.poll(() => step(page)).toBe('2');
    // Swipe left (finger moves right → left): next.
    await page.mouse.move(1400, 1000);
    await page.mouse.down();
    await page.mouse.move(1100, 1010, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => step(page)).toBe('3');
    // A swipe that starts or ends on a button still steps (a finger lands wherever it lands).
    const chip = await page.locator('.slide button').first().boundingBox();
    if (!chip) throw new Error('slide 3 has no button to swipe across');
    const [cx, cy] = [chip.x + chip.width / 2, chip.y + chip.height / 2];
    await page.mouse.move(cx + 300, cy);
    await page.mouse.down();
    await page.mouse.move(cx, cy, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => step(page)).toBe('4');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await s.close();
  });

  it('polished for the room: no underlined word, no name broken inside a word, no empty heading, the city page’s counts', async () => {
    const { steps, industries } = expected();
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present());
    await settled(page);
    for (let i = 1; i <= steps.length; i++) {
      if (i > 1) {
        await page.keyboard.press('PageDown');
        await settled(page);
      }
      const found = await page.evaluate(() => {
        const words = new Intl.Segmenter('zh', { granularity: 'word' });
        const underlined = [...document.querySelectorAll<HTMLElement>('.slide button.src')]
          .filter((b) => getComputedStyle(b).textDecorationLine !== 'none')
          .map((b) => b.textContent);
        // A name drawn on lines: every line ends where a word of the whole name ends.
        const broken: string[] = [];
        for (const t of document.querySelectorAll('.room g.box text')) {
          const lines = [...t.querySelectorAll('tspan')].map((x) => x.textContent ?? '');
          if (lines.length < 2 || lines.at(-1)!.endsWith('…')) continue;
          const whole = lines.join('');
          const ends = new Set([...words.segment(whole)].map((w) => w.index + w.segment.length));
          let at = 0;
          for (const l of lines.slice(0, -1)) {
            at += l.length;
            if (!ends.has(at) && /[\u4e00-\u9fff]$/.test(l)) broken.push(lines.join('/'));
          }
        }
        const empty = [...document.querySelectorAll('.slide h2, .slide h3, .room text.title')]
          .filter((h) => !(h.textContent ?? '').trim())
          .map((h) => h.outerHTML.slice(0, 60));
        return { underlined, broken, empty };
      });
      expect(found, `slide ${i}`).toEqual({ underlined: [], broken: [], empty: [] });
    }
    // The first slide counts the industries the city page lists.
    await page.goto(present({ step: '1' }));
    await settled(page);
    await expect(page.locator('.slide .lead').textContent()).resolves.toContain(
      `${industries.length}个重点产业`,
    );
    await s.close();
  });

  it('a click on the buttons leaves no ghost: they fade once the pointer rests', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present({ step: '2' }));
    await settled(page);
    await page.getByRole('button', { name: '下一页 →' }).click();
    await expect.poll(() => step(page)).toBe('3');
    const opacity = () =>
      page.locator('.controls').evaluate((e) => Number(getComputedStyle(e).opacity));
    await expect.poll(opacity, { timeout: 6000 }).toBe(0);
    await s.close();
  });

  it('the buttons and key help fade while the pointer rests and come back when it moves', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present({ step: '2' }));
    await settled(page);
    const opacity = () =>
      page.locator('.controls').evaluate((e) => Number(getComputedStyle(e).opacity));
    await expect.poll(opacity, { timeout: 6000 }).toBe(0);
    await page.mouse.move(900, 500);
    await page.mouse.move(950, 520);
    await expect.poll(opacity).toBe(1);
    // The counter and the QR code stay.
    await expect(page.locator('.counter').isVisible()).resolves.toBe(true);
    await s.close();
  });

  it('nothing of the portal on the projected screen: no update prompt or offline toast, yet offline-ready', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present());
    await settled(page);
    // The service worker is registered and active (the projection still works offline)…
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForTimeout(1500);
    // …and said nothing on the screen.
    expect(await page.locator('.pwa, .toast, [role="alertdialog"]').count()).toBe(0);
    for (const text of ['已可离线使用', '有新版本', '分享链接', '下载'])
      expect(await page.getByText(text).count(), text).toBe(0);
    await s.close();
  });
});

describe.runIf(inject('hasRealData'))('present mode: the QR code', () => {
  const base = () => inject('baseUrl');

  it.each([
    ['zh', '1', '?region=xinxiang'],
    ['en', '1', '?region=xinxiang&lang=en'],
    ['zh', '2', ''],
    ['en', '10', `?node=${encodeURIComponent(expected().steps[9]!.node!)}&lang=en`],
  ] as const)('(%s) slide %s decodes to the portal page %j', async (lang, n, query) => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present({ step: n, ...(lang === 'en' ? { lang } : {}) }));
    await settled(page);
    const qr = page.getByRole('img', {
      name: lang === 'zh' ? /扫码在手机上查看本页/ : /Scan to open this slide/,
    });
    await expect(qr.getAttribute('data-qr-url')).resolves.toBe(`${base()}${query}`);
    await expect(decodeQr(page)).resolves.toBe(`${base()}${query}`);
    await s.close();
  });

  it('a gap slide’s code opens that gap in the portal', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present({ step: '4' }));
    await settled(page);
    const url = await decodeQr(page);
    expect(url).toMatch(new RegExp(`^${base()}\\?node=[a-z-]+$`));
    const name = (await title(page))!.replace('招商缺口：', '');
    await page.goto(url!);
    await page.getByRole('complementary', { name }).waitFor();
    await s.close();
  });

  it('the city slide’s code opens the city’s page in the portal', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.goto(present({ step: '1' }));
    await settled(page);
    await page.goto((await decodeQr(page))!);
    await page.getByRole('heading', { name: '新乡市产业图谱' }).waitFor();
    await s.close();
  });
});

describe('present mode: the full-screen button', () => {
  const fullscreenElement = (page: Page) =>
    page.evaluate(() => document.fullscreenElement?.tagName ?? null);

  it.each([
    ['zh', '全屏', '退出全屏'],
    ['en', 'Full screen', 'Exit full screen'],
  ] as const)(
    '(%s) enters and leaves full screen without stepping the tour',
    async (lang, on, off) => {
      const s = await open(browser, { width: 1920, height: 1080 });
      const { page } = s;
      await page.goto(present({ step: '2', ...(lang === 'en' ? { lang } : {}) }));
      const button = page.getByRole('button', { name: on, exact: true });
      await button.waitFor();
      expect(await fullscreenElement(page)).toBeNull();
      // The button sits on the right half, where a tap would step forward: it must not.
      expect((await button.boundingBox())!.x).toBeGreaterThan(960);
      await button.click();
      await expect.poll(() => fullscreenElement(page)).toBe('HTML');
      await page.getByRole('button', { name: off, exact: true }).click();
      await expect.poll(() => fullscreenElement(page)).toBeNull();
      await page.getByRole('button', { name: on, exact: true }).waitFor();
      expect(step(page)).toBe('2');
      await s.close();
    },
  );

  it('is not offered where the Fullscreen API is unavailable', async () => {
    const s = await open(browser, { width: 1920, height: 1080 });
    const { page } = s;
    await page.addInitScript(() =>
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }),
    );
    await page.goto(present({ step: '2' }));
    await page.getByRole('button', { name: '下一页' }).waitFor();
    expect(await page.getByRole('button', { name: /全屏/ }).count()).toBe(0);
    await s.close();
  });
});
