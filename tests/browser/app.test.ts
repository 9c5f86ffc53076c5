/**
 * The app in a real Chromium: what a person sees and can do, by role and accessible name.
 * Runs against the compiled data/chain-map.json (or a generated map until it exists).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Session, appUrl, pagePerTest, pictureDrawn } from './browser.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import {
  fitStage,
  layoutForce,
  portraitStage,
  stagePositions,
} from '../../src/app/layout/force.ts';
import { chainView } from '../../src/app/model/chain-view.ts';
import { COMPRESSOR } from './ids.ts';

let s: Session;
let page: Page;
const run = pagePerTest((x) => {
  s = x;
  page = x.page;
});

describe('search', () => {
  it('ysj selects 压缩机 and the details show its quote in its sentence with the document title', async () => {
    await page.goto(appUrl());
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('ysj');
    const first = page.getByRole('option').first();
    await expect(first.textContent()).resolves.toContain('压缩机');
    await expect(first.textContent()).resolves.toContain('环节');
    await box.press('Enter');
    const panel = page.getByRole('complementary', { name: '压缩机' });
    await panel.waitFor();
    const mark = panel.locator('blockquote mark').first();
    await expect(mark.textContent()).resolves.toContain('压缩机');
    // The sentence around the quote is shown, not just the quote (once its document is fetched).
    const quoted = (await mark.textContent())!.length;
    await expect
      .poll(async () => ((await panel.locator('blockquote').first().textContent()) ?? '').length)
      .toBeGreaterThan(quoted);
    await expect(panel.locator('cite').first().textContent()).resolves.toMatch(/\S/);
    await expect.poll(() => page.url()).toContain(`node=${COMPRESSOR}`);
    // The live region announces the selection.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '已选择：压缩机' }).count())
      .toBe(1);
  });

  it.each([
    ['yasuoji', '压缩机'],
    ['compressor', '压缩机'],
    ['EXV', '电子膨胀阀'],
    ['compresor', '压缩机'],
  ])('%s finds %s first', async (q, name) => {
    await page.goto(appUrl());
    await page.getByRole('searchbox', { name: '搜索' }).fill(q);
    await expect(page.getByRole('option').first().textContent()).resolves.toContain(name);
  });

  it('ArrowDown moves the active option and Escape closes the list', async () => {
    await page.goto(appUrl());
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('ysj');
    await page.getByRole('listbox').waitFor();
    const options = page.getByRole('option');
    if ((await options.count()) > 1) {
      await box.press('ArrowDown');
      await expect(options.nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    }
    await box.press('Escape');
    await expect(page.getByRole('listbox').count()).resolves.toBe(0);
  });
});

describe('views and selection', () => {
  it('switching force ↔ Sankey ↔ outline keeps the selection', async () => {
    await page.goto(appUrl({ node: COMPRESSOR }));
    const panel = page.getByRole('complementary', { name: '压缩机' });
    await panel.waitFor();
    await page.getByRole('button', { name: '桑基图' }).click();
    await panel.waitFor();
    await expect(
      page.locator('svg [role="button"][aria-pressed="true"]').getAttribute('aria-label'),
    ).resolves.toBe('压缩机');
    await expect.poll(() => page.url()).toContain('view=sankey');
    await page.getByRole('button', { name: '大纲' }).click();
    await expect(
      page.locator('.outline [aria-current="true"]').first().textContent(),
    ).resolves.toBe('压缩机');
    await panel.waitFor();
    await page.getByRole('button', { name: '关系图' }).click();
    // The focusable node list follows the force view's first picture by a frame.
    await expect
      .poll(() => page.getByRole('button', { name: '压缩机', pressed: true }).count())
      .toBeGreaterThan(0);
    await panel.waitFor();
  });

  it('a deep link opens the details, and back/forward restore the view', async () => {
    await page.goto(appUrl({ node: COMPRESSOR, view: 'sankey' }));
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    await page.getByRole('button', { name: '大纲' }).click();
    await page.goBack();
    await page.waitForFunction(() => location.search.includes('view=sankey'));
    await expect(
      page.getByRole('button', { name: '桑基图' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.goForward();
    await expect(
      page.getByRole('button', { name: '大纲' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });

  it('a gap segment shows its park and the support measures with amounts and departments', async () => {
    await page.goto(appUrl({ node: COMPRESSOR }));
    const panel = page.getByRole('complementary', { name: '压缩机' });
    await panel.getByRole('heading', { name: '落户园区' }).waitFor();
    // The measures that name it and the chain-wide ones, each under its own heading.
    await panel
      .getByRole('heading', { name: /^(专项措施|全链措施)/ })
      .first()
      .waitFor();
    const measures = (await panel.locator('.measures').allTextContents()).join(' ');
    expect(measures).toMatch(/\d+(%|万元|年)/);
    expect(measures).toContain('责任部门');
    // Neighbours are links that select.
    await panel
      .getByRole('heading', { name: '落户园区' })
      .locator('xpath=..')
      .getByRole('button')
      .first()
      .click();
    await page.waitForFunction(
      () => !new URLSearchParams(location.search).get('node')?.includes('compressor'),
    );
    await expect(
      page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent(),
    ).resolves.toMatch(/园/);
  });

  it('the force view draws a settled picture, the same on every load, and every node is focusable by name', async () => {
    const shot = async (): Promise<Buffer> => {
      await page.goto(appUrl());
      await page.locator('canvas').waitFor();
      await pictureDrawn(page);
      await page.waitForTimeout(300);
      return page.locator('canvas').screenshot();
    };
    const a = await shot();
    const b = await shot();
    expect(a.equals(b)).toBe(true);
    const names = await page
      .locator('figure.force ul button')
      .evaluateAll((bs) => bs.map((b) => b.textContent));
    // One button per node of the chain shown (the featured chain of the atlas).
    const file = (await fetch(new URL(await dataUrl(page), page.url()))).json();
    const count = chainView((await file) as ChainMap).nodes.length;
    expect(names).toHaveLength(count);
    expect(names).toContain('压缩机');
    // Exactly one node in the tab order (roving tabindex), and arrow keys move through the rest.
    await expect(page.locator('figure.force ul button[tabindex="0"]').count()).resolves.toBe(1);
    await page.locator('figure.force ul button[tabindex="0"]').focus();
    const before = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const after = await page.evaluate(() => document.activeElement?.textContent);
    expect(after).not.toBe(before);
  });
});

async function dataUrl(p: Page): Promise<string> {
  return p.evaluate(() => {
    const d = new URLSearchParams(location.search).get('data');
    return (
      d ??
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((n) => n.endsWith('.json')) ??
      ''
    );
  });
}

describe('keyboard and language', () => {
  it('keyboard only: search, choose, reach a quote and open the document at the passage', async () => {
    await page.goto(appUrl());
    // The app draws after the page's load event (its loading page first): wait for it.
    await page.getByRole('searchbox', { name: '搜索' }).waitFor();
    await page.keyboard.press('Tab');
    // Past the header's metrics, the view switch, the language and the breadcrumb.
    for (let i = 0; i < 24; i++) {
      if (await page.evaluate(() => document.activeElement?.getAttribute('type') === 'search'))
        break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('ysj');
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    let found = false;
    for (let i = 0; i < 400 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.textContent === '查看原文');
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const mark = dialog.locator('mark');
    await mark.waitFor();
    await expect(mark.textContent()).resolves.toContain('压缩机');
    await expect(mark.isVisible()).resolves.toBe(true);
    const inView = await mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('English UI: strings, node names and the search box are English', async () => {
    await page.goto(appUrl({ lang: 'en', node: COMPRESSOR }));
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('button', { name: 'Sankey' }).waitFor();
    const panel = page.getByRole('complementary', { name: /compressor/i });
    await panel
      .getByRole('heading', { name: /^(Measures for this segment|Chain-wide measures)/ })
      .first()
      .waitFor();
    await expect(page.getByRole('banner').textContent()).resolves.toContain('CNY 2 bn');
    // Switching back to Chinese keeps the selection.
    await page.getByRole('button', { name: /中文/ }).click();
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
  });
});

describe('bad links get a friendly message with a way back', () => {
  it.each([
    [{ view: 'pie' }, '不认识的视图'],
    [{ data: 'missing/nothing.json' }, '产业链数据'],
    [{ data: 'https://evil.example/map.json' }, '数据地址无效'],
    [{ data: 'index.html' }, '产业链数据'],
  ])('%j', async (params, message) => {
    const p = new URLSearchParams(params);
    await page.goto(`${appUrl().split('?')[0]}?${p}`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain(message);
    await page.getByRole('link', { name: '返回默认视图' }).click();
    await page
      .getByRole('searchbox', { name: '搜索' })
      .waitFor({ timeout: 15_000 })
      .catch(() => {});
    // The default view needs the default map; without a compiled map it is the data message again.
    await expect.poll(() => new URL(page.url()).search).not.toContain('pie');
  });

  it('in English too', async () => {
    await page.goto(appUrl({ lang: 'en', view: 'pie' }));
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Unknown view');
    await page.getByRole('link', { name: 'Back to the default view' }).waitFor();
  });
});

describe('phone and accessibility', () => {
  it('a 360 px phone: no horizontal overflow, search and details usable', async () => {
    await run.reopen({ width: 360, height: 740 });
    await page.goto(appUrl());
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('ysj');
    await page.getByRole('option').first().click();
    const panel = page.getByRole('complementary', { name: '压缩机' });
    await panel.waitFor();
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('mark').first().isVisible()).resolves.toBe(true);
    for (const view of ['关系图', '桑基图', '大纲']) {
      // On a phone the view switch is behind 菜单, which folds again once a view is chosen.
      await page.getByRole('button', { name: '菜单', exact: true }).click();
      await page.getByRole('button', { name: view }).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, view).toBeLessThanOrEqual(0);
    }
  });

  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  it.each([
    ['force', {}],
    ['sankey', { view: 'sankey' }],
    ['outline', { view: 'outline', lang: 'en' }],
    ['error', { view: 'pie' }],
  ])('axe-core: no serious or critical violation (%s)', async (_name, params) => {
    await page.goto(appUrl({ node: COMPRESSOR, ...params }));
    await page.waitForTimeout(500);
    // Evaluated through the DevTools protocol: the app's Content-Security-Policy rightly blocks
    // inline <script> tags.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      };
      const r = await w.axe.run();
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
    });
    expect(violations).toEqual([]);
  });
});

describe('Sankey and scale', () => {
  it('hovering a flow highlights its whole path and dims the rest', async () => {
    await page.goto(appUrl({ view: 'sankey' }));
    const dimmed = page.locator('svg .node.dim');
    await expect(dimmed.count()).resolves.toBe(0);
    const flow = page.locator('svg .flows path').first();
    await flow.hover({ force: true });
    await expect.poll(() => dimmed.count()).toBeGreaterThan(0);
    const lit = await page.locator('svg .node:not(.dim)').count();
    expect(lit).toBeGreaterThanOrEqual(2);
  });

  it('a cycle in the supply links is drawn as a back-link, not an error', async () => {
    await page.goto(`${inject('baseUrl')}?data=synthetic/map-cycle.json&view=sankey`);
    await page.locator('svg .node').first().waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.locator('svg path.back').count()).resolves.toBe(1);
    await expect(page.locator('svg path.back title').textContent()).resolves.toBe('回流');
  });

  it.each([
    ['zh', '正在排布 2000 个节点…'],
    ['en', 'Laying out 2,000 nodes…'],
  ] as const)(
    'a map without a layout from the build is laid out in a worker, saying so (%s)',
    async (lang, message) => {
      const scripts: string[] = [];
      page.on('request', (r) => scripts.push(r.url()));
      await page.goto(appUrl({ lang }, 2000));
      await page.getByRole('status').filter({ hasText: message }).waitFor({ timeout: 30_000 });
      await pictureDrawn(page);
      await expect.poll(() => page.getByText(message).count()).toBe(0);
      expect(scripts.some((u) => /force-worker-[\w-]+\.js$/.test(u))).toBe(true);
    },
  );

  it('without the worker the layout is computed in the page, and the map still draws', async () => {
    let refused = 0;
    await page.route('**/*force-worker*', (r) => (refused++, r.abort()));
    await page.goto(appUrl({}, 300));
    await pictureDrawn(page);
    await expect
      .poll(() => page.locator('figure.force ul button').count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(300);
    expect(refused).toBeGreaterThan(0);
  });

  it('a generated 2,000-node map loads, draws, and search still selects 压缩机', async () => {
    await page.goto(appUrl({}, 2000));
    await page.locator('canvas').waitFor({ timeout: 30_000 });
    // The list is built a part per frame after the picture.
    await expect
      .poll(() => page.locator('figure.force ul button').count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(2000);
    await page.getByRole('searchbox', { name: '搜索' }).fill('ysj');
    await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
  });
});

describe('every fact one click from its source', () => {
  it('a headline metric opens its document at the sentence it was read from', async () => {
    await page.goto(appUrl());
    await page.getByRole('banner').getByRole('button', { name: '20亿元' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('mark').textContent()).resolves.toContain('20亿元');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('a relation (gap segment → park) opens the sentence that states it', async () => {
    await page.goto(appUrl({ node: COMPRESSOR }));
    const panel = page.getByRole('complementary', { name: '压缩机' });
    const parkItem = panel
      .getByRole('heading', { name: '落户园区' })
      .locator('xpath=following-sibling::ul[1]');
    await parkItem
      .getByRole('button', { name: /^原文依据/ })
      .first()
      .click();
    const mark = page.getByRole('dialog').locator('mark');
    await expect(mark.textContent()).resolves.toMatch(/\S/);
    await expect(mark.isVisible()).resolves.toBe(true);
  });
});

describe('the network fills the window', () => {
  for (const [w, h] of [
    [1280, 800],
    [1024, 768],
  ] as const)
    for (const lang of ['zh', 'en'])
      it(`${lang} at ${w}×${h}: the canvas ends in view, under tools of any height`, async () => {
        await run.reopen({ width: w, height: h });
        await page.goto(appUrl({ lang }));
        await page.locator('canvas').waitFor();
        const tools = (await page.locator('#tools').boundingBox())!;
        const canvas = (await page.locator('canvas').boundingBox())!;
        expect(canvas.y).toBeGreaterThanOrEqual(tools.y + tools.height - 1);
        expect(canvas.y + canvas.height).toBeLessThanOrEqual(h);
        // Not a sliver either: it takes the window below the tools.
        expect(canvas.y + canvas.height).toBeGreaterThan(h - 24);
      });
});

describe('pointer and touch on the force canvas', () => {
  /** Where a node is drawn: the same seeded layout and fit the app computes, in page pixels. */
  async function nodeOnScreen(id: string): Promise<{ x: number; y: number }> {
    const map: ChainMap = inject('hasRealData')
      ? JSON.parse(readFileSync(new URL('../../data/chain-map.json', import.meta.url), 'utf8'))
      : await (await fetch(`${inject('baseUrl')}synthetic/map-300.json`)).json();
    const box = (await page.locator('canvas').boundingBox())!;
    const [w, h] = [Math.round(box.width), Math.round(box.height)];
    const pos = stagePositions(layoutForce(chainView(map)), portraitStage(w, h));
    const cam = fitStage(pos, w, h);
    const p = pos.get(id)!;
    return { x: box.x + p.x * cam.k + cam.x, y: box.y + p.y * cam.k + cam.y };
  }

  it('clicking a drawn node selects it and highlights its neighbourhood', async () => {
    await page.goto(appUrl());
    await page.locator('canvas').waitFor();
    await pictureDrawn(page);
    await page.waitForTimeout(300);
    const before = await page.locator('canvas').screenshot();
    const { x, y } = await nodeOnScreen(COMPRESSOR);
    await page.mouse.click(x, y);
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
    expect((await page.locator('canvas').screenshot()).equals(before)).toBe(false);
  });

  it('on a touch screen, a tap selects the node', async () => {
    await run.reopen({ width: 800, height: 900, touch: true });
    await page.goto(appUrl());
    await page.locator('canvas').waitFor();
    await pictureDrawn(page);
    await page.waitForTimeout(300);
    const { x, y } = await nodeOnScreen(COMPRESSOR);
    await page.touchscreen.tap(x, y);
    await page.getByRole('complementary', { name: '压缩机' }).waitFor();
  });

  it('the wheel zooms and a drag pans the picture', async () => {
    await page.goto(appUrl());
    await page.locator('canvas').waitFor();
    await pictureDrawn(page);
    await page.waitForTimeout(300);
    const shot = () => page.locator('canvas').screenshot();
    const a = await shot();
    const box = (await page.locator('canvas').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height - 20);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(400);
    const b = await shot();
    expect(b.equals(a)).toBe(false);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + box.height - 80, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    expect((await shot()).equals(b)).toBe(false);
    await page.getByRole('button', { name: '适应屏幕' }).click();
    await page.waitForTimeout(500);
    expect((await shot()).equals(a)).toBe(true);
  });
  it.each([360, 1280])(
    'at %i px wide no label runs off the right edge of the fitted view',
    async (w) => {
      await run.reopen({ width: w, height: 800 });
      await page.goto(appUrl());
      await page.locator('canvas').waitFor();
      await pictureDrawn(page);
      await page.waitForTimeout(500);
      // Text is near-black; the fitted picture keeps nodes inside, so the last columns hold no
      // ink, while the rest of the canvas does (it has been drawn, labels and all).
      const ink = await page.locator('canvas').evaluate((c: HTMLCanvasElement) => {
        const dark = (x: number, w: number): number => {
          const d = c.getContext('2d')!.getImageData(x, 0, w, c.height).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 300) n++;
          return n;
        };
        return { edge: dark(c.width - 3, 3), rest: dark(0, c.width - 3) };
      });
      expect(ink.rest).toBeGreaterThan(500);
      expect(ink.edge).toBe(0);
    },
  );

  it('mid-pan the picture is the one the view settles on (a pan copies the drawn scene)', async () => {
    await page.goto(appUrl());
    await page.locator('canvas').waitFor();
    await pictureDrawn(page);
    await page.waitForTimeout(300);
    const shot = () => page.locator('canvas').screenshot();
    const box = (await page.locator('canvas').boundingBox())!;
    // Zoom in, so the pan brings nodes from outside the view into it.
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(400);
    const before = await shot();
    await page.mouse.move(box.x + 20, box.y + box.height - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 100, box.y + box.height - 80, { steps: 8 });
    await page.waitForTimeout(300);
    const during = await shot();
    await page.mouse.up();
    await page.waitForTimeout(300);
    const after = await shot();
    expect(await differingShare(page, during, before)).toBeGreaterThan(0.005);
    // Copying the layer rounds the shift to whole pixels, and a label at the edge is shortened only
    // once the pan ends; anything more than that differing means the copy is misplaced or stale.
    expect(await differingShare(page, during, after)).toBeLessThan(0.01);
  });
});

/** Share of pixels that differ clearly between two PNG screenshots of the same size. */
async function differingShare(p: Page, a: Buffer, b: Buffer): Promise<number> {
  return p.evaluate(
    async ([x, y]) => {
      const pixels = async (b64: string): Promise<Uint8ClampedArray> => {
        // An <img>, not fetch(): the page's CSP allows data: images but no data: connections.
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = new OffscreenCanvas(img.width, img.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [da, db] = [await pixels(x), await pixels(y)];
      let diff = 0;
      for (let i = 0; i < da.length; i += 4)
        if (
          Math.abs(da[i]! - db[i]!) +
            Math.abs(da[i + 1]! - db[i + 1]!) +
            Math.abs(da[i + 2]! - db[i + 2]!) >
          60
        )
          diff++;
      return diff / (da.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe('pinch', () => {
  it('two fingers moving apart zoom the force view in', async () => {
    await run.reopen({ width: 800, height: 900, touch: true });
    await page.goto(appUrl());
    await page.locator('canvas').waitFor();
    await pictureDrawn(page);
    await page.waitForTimeout(300);
    const before = await page.locator('canvas').screenshot();
    const box = (await page.locator('canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await s.context.newCDPSession(page);
    const touch = async (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      d: number,
    ): Promise<void> => {
      await cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - d, y: cy, id: 1 },
                { x: cx + d, y: cy, id: 2 },
              ],
      });
    };
    await touch('touchStart', 20);
    for (let d = 30; d <= 150; d += 20) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await page.waitForTimeout(300);
    expect((await page.locator('canvas').screenshot()).equals(before)).toBe(false);
    // The fit button brings back the exact first picture.
    await page.getByRole('button', { name: '适应屏幕' }).tap();
    await page.waitForTimeout(500);
    expect((await page.locator('canvas').screenshot()).equals(before)).toBe(true);
  });
});
