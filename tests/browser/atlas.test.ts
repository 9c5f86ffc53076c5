/**
 * The atlas screens in a real Chromium, in Chinese and English, at desktop and phone sizes: the
 * panorama of the featured chain, the breadcrumb, the city's zones × industries, an industry's
 * 招商路线图. What a person sees and can do, by role and accessible name.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';
import { COMPRESSOR } from './ids.ts';

let page: Page;
const { reopen } = pagePerTest((x) => {
  page = x.page;
});
// The atlas screens need the compiled atlas (the city plan), not a generated map.
const real = inject('hasRealData');
const atlasUrl = (params: Record<string, string> = {}) => appUrl({ view: 'panorama', ...params });
const tierGroups = (p: Page) => p.locator('figure.panorama section[role="group"]');

describe.runIf(real)('panorama (全景图), the default view of a chain', () => {
  it('opens by default: tier columns left to right, 上游 → 中游 → 下游, all within 1280×720', async () => {
    await reopen({ width: 1280, height: 720 });
    const url = new URL(appUrl());
    url.searchParams.delete('view');
    await page.goto(url.href);
    await page.locator('figure.panorama[data-drawn="true"]').waitFor();
    const labels = await tierGroups(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label') ?? ''),
    );
    expect(labels.slice(0, 3).map((l) => l.slice(0, 2))).toEqual(['上游', '中游', '下游']);
    const xs = await tierGroups(page).evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().left),
    );
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Every card is on screen without scrolling.
    const bottom = await page
      .locator('figure.panorama .card')
      .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
    expect(bottom).toBeLessThanOrEqual(720);
  });

  it('a card names its segment and status in words; gap and present differ by outline, not colour alone', async () => {
    await page.goto(atlasUrl());
    const gap = page.getByRole('button', { name: /^压缩机；招商缺口/ });
    await gap.waitFor();
    const present = page.getByRole('button', { name: /^换热器；已有/ });
    await expect(present.getAttribute('aria-label')).resolves.toContain(
      '豫新汽车热管理科技有限公司',
    );
    await expect(gap.evaluate((e) => getComputedStyle(e).borderTopStyle)).resolves.toBe('dashed');
    await expect(present.evaluate((e) => getComputedStyle(e).borderTopStyle)).resolves.toBe(
      'solid',
    );
    await expect(gap.getAttribute('aria-label')).resolves.toMatch(/1项专项措施 · 1项全链措施/);
  });

  it('hovering a card draws its supply connections and dims the rest; choosing it opens its sentence', async () => {
    await page.goto(atlasUrl());
    const alu = page.getByRole('button', { name: /^铝材；/ });
    await alu.hover();
    await expect
      .poll(() => page.locator('figure.panorama svg.links path').count())
      .toBeGreaterThan(0);
    const dimmed = await page
      .locator('figure.panorama .card:not(.lit) .name')
      .first()
      .evaluate((e) => Number(getComputedStyle(e).opacity));
    expect(dimmed).toBeLessThan(1);
    await page.getByRole('button', { name: /^压缩机；/ }).click();
    const panel = page.getByRole('complementary', { name: '压缩机' });
    await panel.waitFor();
    await expect(panel.locator('blockquote mark').first().textContent()).resolves.toContain(
      '压缩机',
    );
    await expect.poll(() => page.url()).toContain(`node=${COMPRESSOR}`);
  });

  it('hover lines run behind the cards: no line crosses a card’s words', async () => {
    await page.goto(atlasUrl());
    // 压缩机's lines run to 研发检测认证 across the midstream cards between them.
    const card = page.getByRole('button', { name: /^压缩机；/ });
    await card.hover();
    const paths = page.locator('figure.panorama svg.links path');
    await expect.poll(() => paths.count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const shot = await page.screenshot();
    const inked = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      // The lines' colour, read from the page.
      const probe = document.createElement('canvas').getContext('2d')!;
      probe.fillStyle = getComputedStyle(document.querySelector('svg.links path')!).stroke;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
      // The line's hue, drawn in full or seen through anything pale over it: a strong colour
      // within 12° of the line's (dark text and the red of a gap's tag are far from it).
      const hue = (R: number, G: number, B: number): number | null => {
        const max = Math.max(R, G, B);
        const min = Math.min(R, G, B);
        if (max - min < 60) return null;
        const h =
          max === R
            ? (G - B) / (max - min)
            : max === G
              ? 2 + (B - R) / (max - min)
              : 4 + (R - G) / (max - min);
        return (h * 60 + 360) % 360;
      };
      const line = hue(r!, g!, b!)!;
      const near = (i: number) => {
        const h = hue(px[i]!, px[i + 1]!, px[i + 2]!);
        return h !== null && Math.min(Math.abs(h - line), 360 - Math.abs(h - line)) < 12;
      };
      let onNames = 0;
      let anywhere = 0;
      for (let i = 0; i < px.length; i += 4) if (near(i)) anywhere++;
      for (const n of document.querySelectorAll('figure.panorama .card > *')) {
        const box = n.getBoundingClientRect();
        for (let y = Math.ceil(box.top); y < box.bottom; y++)
          for (let x = Math.ceil(box.left); x < box.right; x++)
            if (near((y * img.width + x) * 4)) onNames++;
      }
      return { onNames, anywhere };
    }, shot.toString('base64'));
    // The lines are drawn (in the gutters), and none over a card's words.
    expect(inked.anywhere).toBeGreaterThan(50);
    expect(inked.onNames).toBe(0);
  });

  it('in English the columns are Upstream, Midstream, Downstream', async () => {
    await page.goto(atlasUrl({ lang: 'en' }));
    await page.locator('figure.panorama').waitFor();
    const labels = await tierGroups(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label') ?? ''),
    );
    expect(labels.slice(0, 3).map((l) => l.split(' ')[0])).toEqual([
      'Upstream',
      'Midstream',
      'Downstream',
    ]);
    await page.getByRole('button', { name: /^Electric compressor; Investment gap/ }).waitFor();
  });

  it('on a phone the tiers stack top to bottom in the same order', async () => {
    await reopen({ width: 390, height: 844, touch: true });
    await page.goto(atlasUrl({ lang: 'en' }));
    await page.locator('figure.panorama').waitFor();
    const tops = await tierGroups(page).evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().top),
    );
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(tops.length);
  });
});

describe('documents that came as .docx or .pdf', () => {
  it('the sentence and the document viewer show the text extracted from it (textFile, beside the map)', async () => {
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(
      appUrl({ view: 'panorama', node: COMPRESSOR, data: 'synthetic/extracted/map.json' }),
    );
    const panel = page.getByRole('complementary', { name: '压缩机' });
    await expect
      .poll(() => panel.locator('blockquote mark').first().textContent(), { timeout: 10_000 })
      .toBe('压缩机');
    // The whole sentence around the quote comes from the extracted text (the bare quote shows
    // until the text is here).
    await expect
      .poll(async () => (await panel.locator('blockquote').first().textContent())!.length)
      .toBeGreaterThan(3);
    await panel.getByRole('button', { name: '查看原文' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await dialog.textContent()).not.toContain('无法加载原文');
    expect(failed.filter((u) => !u.endsWith('.docx'))).toEqual([]);
  });
});

describe('a chain of 60 segments', () => {
  it('stays legible: every name whole, type ≥ 12 px, the tiers in order, nothing off the sides', async () => {
    await page.goto(appUrl({ view: 'panorama' }, 102));
    const cards = page.locator('figure.panorama .card');
    await cards.first().waitFor();
    // 60 segments, and the customers at the downstream end.
    expect(await cards.count()).toBeGreaterThanOrEqual(60);
    const groups = await tierGroups(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label')?.slice(0, 2)),
    );
    expect(groups.slice(0, 3)).toEqual(['上游', '中游', '下游']);
    const seen = await cards.evaluateAll((els) =>
      els.map((el) => {
        const name = (el.querySelector('.name') ?? el) as HTMLElement;
        const box = el.getBoundingClientRect();
        return {
          text: name.textContent,
          size: parseFloat(getComputedStyle(name).fontSize),
          whole: name.scrollWidth <= name.clientWidth + 1,
          inside: box.left >= 0 && box.right <= document.documentElement.clientWidth + 1,
        };
      }),
    );
    for (const c of seen) {
      expect(c.size, c.text ?? '').toBeGreaterThanOrEqual(12);
      expect(c.whole, c.text ?? '').toBe(true);
      expect(c.inside, c.text ?? '').toBe(true);
    }
  });
});

describe.runIf(real)('the breadcrumb and the city page', () => {
  it('新乡市 › 新乡经济技术开发区 › 汽车热管理产业链, each a link; the city link opens the city, Back returns', async () => {
    await page.goto(atlasUrl());
    const nav = page.getByRole('navigation', { name: '位置' });
    await nav.getByRole('link', { name: '汽车热管理产业链' }).waitFor();
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual([
      '新乡市',
      '新乡经济技术开发区',
      '汽车热管理产业链',
    ]);
    await nav.getByRole('link', { name: '新乡市' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('xinxiang');
    await page.getByRole('heading', { name: '新乡市产业图谱' }).waitFor();
    await page.goBack();
    await page.locator('figure.panorama').waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  });

  it('the table: a row per zone, a column per industry, each cell opening its sentence', async () => {
    await page.goto(atlasUrl({ region: 'xinxiang' }));
    const table = page.getByRole('table');
    await table.waitFor();
    await expect(table.getByRole('rowheader').count()).resolves.toBeGreaterThanOrEqual(13);
    await table.getByRole('columnheader', { name: '汽车制造' }).waitFor();
    const cell = table.getByRole('button', {
      name: /^新乡经济技术开发区承接汽车制造：汽车零部件及配件制造、汽车电子制造/,
    });
    await cell.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.locator('mark').first().textContent()).resolves.toMatch(/^汽车制造\(/);
  });

  it('a table wider than the screen says so and fades at its edge, until scrolled to its end', async () => {
    await page.goto(atlasUrl({ region: 'xinxiang', lang: 'en' }));
    const region = page.getByRole('region', { name: 'The table scrolls sideways' });
    await region.getByRole('table').waitFor();
    const hint = page.getByText(/^\d+ industries: scroll sideways for the rest/);
    await hint.waitFor();
    const columns = await region.getByRole('columnheader').count();
    await expect(hint.textContent()).resolves.toMatch(new RegExp(`^${columns - 1} industries`));
    await expect(region.evaluate((e) => getComputedStyle(e).maskImage)).resolves.toMatch(
      /gradient/,
    );
    await region.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
    await hint.waitFor({ state: 'detached' });
    await expect(region.evaluate((e) => getComputedStyle(e).maskImage)).resolves.toBe('none');
  });

  it('the zone of the featured chain links to it, and the chain cards open chains and industries', async () => {
    await page.goto(atlasUrl({ region: 'xinxiang' }));
    await page
      .getByRole('rowheader', { name: /新乡经济技术开发区/ })
      .getByRole('link', { name: '汽车热管理产业链' })
      .click();
    await page.locator('figure.panorama').waitFor();
    await page.goBack();
    await page
      .getByRole('link', { name: /^化工产业/ })
      .first()
      .click();
    await page.getByRole('group', { name: /^招谁/ }).waitFor();
  });

  it('in English: headings and the table name', async () => {
    await page.goto(atlasUrl({ region: 'xinxiang', lang: 'en' }));
    await page.getByRole('heading', { name: 'Xinxiang: industrial atlas' }).waitFor();
    await page.getByRole('columnheader', { name: 'Automotive manufacturing' }).waitFor();
  });
});

describe.runIf(real)('an industry’s 招商路线图', () => {
  it('招什么 → 招谁 → 对接谁 → 落在哪 → 有何支持; a firm opens the sentence that targets it', async () => {
    await page.goto(atlasUrl({ chain: 'xinxiang-chemicals' }));
    const groups = page.locator('figure.roadmap section[role="group"]');
    await groups.first().waitFor();
    const labels = await groups.evaluateAll((els) =>
      els.map((e) => (e.getAttribute('aria-label') ?? '').split(' ')[0]),
    );
    expect(labels).toEqual(['招什么', '招谁', '对接谁', '落在哪', '有何支持']);
    await page
      .getByRole('navigation', { name: '位置' })
      .getByRole('link', { name: '化工产业' })
      .waitFor();
    await page
      .getByRole('group', { name: /^招谁/ })
      .getByRole('button', { name: '万华化学' })
      .click();
    // Its details name the industry that targets it, with the sentence one click away.
    const panel = page.getByRole('complementary', { name: '万华化学' });
    await panel.getByRole('heading', { name: '被列为招商目标' }).waitFor();
    await panel.getByRole('link', { name: '化工产业' }).waitFor();
    await expect(panel.locator('blockquote mark').first().textContent()).resolves.toBe('万华化学');
    await panel.getByRole('button', { name: '查看原文' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.locator('mark').first().textContent()).resolves.toBe('万华化学');
  });

  it('in English', async () => {
    await page.goto(atlasUrl({ chain: 'xinxiang-chemicals', lang: 'en' }));
    await page.getByRole('group', { name: /^Whom to attract/ }).waitFor();
    await page
      .getByRole('group', { name: /^Where it lands/ })
      .getByRole('button', { name: /Huojia County/ })
      .first()
      .waitFor();
  });

  it('an unknown chain gets a message in the user’s language and a way back', async () => {
    await page.goto(atlasUrl({ chain: 'no-such-chain' }));
    await page.getByText('找不到“no-such-chain”').waitFor();
    await page.getByRole('link', { name: '返回默认视图' }).waitFor();
  });
});

describe.runIf(real)('one search over the atlas', () => {
  it('whhx → 万华化学, shown with the industry that names it; choosing it opens that industry’s roadmap', async () => {
    await page.goto(atlasUrl());
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('whhx');
    const first = page.getByRole('option').first();
    await expect(first.textContent()).resolves.toContain('万华化学');
    await expect(first.textContent()).resolves.toContain('化工产业');
    await box.press('Enter');
    await page
      .getByRole('group', { name: /^招谁/ })
      .getByRole('button', { name: '万华化学' })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('chain')).toBe('xinxiang-chemicals');
    // A firm the plan targets is selected in its industry, and its details say so.
    await page
      .getByRole('complementary', { name: '万华化学' })
      .getByRole('heading', { name: '被列为招商目标' })
      .waitFor();
  });

  it('another chain opened before the details panel has arrived still gets its panel', async () => {
    // A slow connection: the panel's chunk arrives two seconds late, after the reader has moved on.
    await page.route('**/DetailsPanel-*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    });
    await page.goto(atlasUrl());
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('whhx');
    await page.getByRole('option').first().waitFor();
    await box.press('Enter');
    await page
      .getByRole('complementary', { name: '万华化学' })
      .getByRole('heading', { name: '被列为招商目标' })
      .waitFor({ timeout: 10_000 });
  });

  it('xxjk → 新乡经济技术开发区, which opens its place page', async () => {
    await page.goto(atlasUrl());
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('xxjk');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain(
      '新乡经济技术开发区',
    );
    await box.press('Enter');
    await page.getByRole('heading', { name: '新乡经济技术开发区产业图谱' }).waitFor();
    await page.getByRole('rowheader', { name: /新乡经济技术开发区/ }).waitFor();
  });

  it('ysj still finds the chain’s own 压缩机 first', async () => {
    await page.goto(atlasUrl());
    await page.getByRole('searchbox', { name: '搜索' }).fill('ysj');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('压缩机');
  });
});

describe.runIf(real)('sentences as a reader sees them', () => {
  // The park's sentence follows a `[bookmark: _GoBack]` marker in the Word export.
  const park = (m: { nodes: { id: string; kind: string }[] }) =>
    m.nodes.find((n) => n.kind === 'park')!.id;
  it('no Word bookmark marker in the details, the document, or the print sheet', async () => {
    const map = (await (
      await page.request.get(new URL('data/chain-map.json', appUrl()).href)
    ).json()) as {
      nodes: { id: string; kind: string }[];
    };
    await page.goto(atlasUrl({ node: park(map) }));
    const panel = page.getByRole('complementary');
    const quote = panel.locator('blockquote').first();
    await expect.poll(() => quote.textContent(), { timeout: 10_000 }).toContain('700亩');
    expect(await panel.textContent()).not.toContain('[bookmark');
    await panel.getByRole('button', { name: '查看原文' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('一、实施链式招商行动');
    expect(text).not.toContain('[bookmark');
    await page.keyboard.press('Escape');

    await page.goto(appUrl({ sheet: COMPRESSOR }));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect
      .poll(() => page.locator('blockquote').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('body').textContent()).not.toContain('[bookmark');
  });
});
