/**
 * An honest Sankey (issue 20, point 5): the columns are the tiers, upstream → downstream →
 * customers, services listed apart (not a source at the far left); the caption says what a flow's
 * width means; a chain or industry with no flows says so in words; on a phone the picture fits the
 * screen's width, each name inside its box, clear of the flows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, pagePerTest } from './browser.ts';
import { strings } from '../../src/app/i18n/strings.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { chainView } from '../../src/app/model/chain-view.ts';
import { layoutSankey, sankeyHeight } from '../../src/app/layout/sankey.ts';

let page: Page;
const { reopen } = pagePerTest((x) => {
  page = x.page;
});
const real = inject('hasRealData');
const LANGS = ['zh', 'en'] as const;

describe.runIf(real)('the Sankey of the flagship chain', () => {
  const map = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../data/chain-map.json'), 'utf8'),
  ) as ChainMap;
  const tier = new Map(
    map.nodes.map((n) => [n.id, n.kind === 'customer' ? 'customer' : (n.tier ?? '')]),
  );
  const ORDER = ['upstream', 'midstream', 'downstream', 'customer'];

  it.each(LANGS)(
    '%s: one column per tier, in order; services apart; the width explained',
    async (lang) => {
      const t = strings(lang);
      await page.goto(appUrl({ view: 'sankey', lang }));
      const figure = page.locator('figure.sankey');
      await figure.locator('g.node').first().waitFor();
      const xs = await figure
        .locator('g.node')
        .evaluateAll((gs) =>
          gs.map(
            (g) =>
              [
                g.getAttribute('data-id')!,
                Number(g.querySelector('rect')!.getAttribute('x')),
              ] as const,
          ),
        );
      const columns = new Map<string, Set<number>>();
      for (const [id, x] of xs) {
        const k = tier.get(id) ?? '';
        expect(k, `${id} in the Sankey`).not.toBe('service');
        columns.set(k, (columns.get(k) ?? new Set()).add(Math.round(x)));
      }
      const shown = ORDER.filter((k) => columns.has(k));
      expect(shown.length).toBeGreaterThanOrEqual(3);
      for (const k of shown) expect(columns.get(k)!.size, `${k}: one column`).toBe(1);
      const at = shown.map((k) => [...columns.get(k)!][0]!);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      // The services of the chain are listed under the picture, by name.
      const services = map.nodes.filter(
        (n) => n.tier === 'service' && xs.length && n.id.startsWith('xinxiang-etdz-automotive'),
      );
      const list = page.getByRole('region', { name: t.sankeyServices });
      for (const n of services)
        await list.getByRole('button', { name: n.name[lang] || n.name.zh }).waitFor();
      await expect(figure.locator('figcaption').innerText()).resolves.toContain(t.sankeyWidth);
    },
  );
});

describe.runIf(real)('an industry with no flows', () => {
  // The first chain with segments and no supply written between them (as the view lays it out).
  const map = real
    ? (JSON.parse(
        readFileSync(resolve(import.meta.dirname, '../../data/chain-map.json'), 'utf8'),
      ) as ChainMap)
    : undefined;
  const none = map?.chains.find((c) => {
    const v = chainView(map, c.id);
    return v.nodes.length > 0 && layoutSankey(v, 1100, sankeyHeight(v.nodes)).flows.length === 0;
  });
  it('the atlas has such a chain', () => expect(none).toBeDefined());
  it.each(LANGS)('%s: says so in words', async (lang) => {
    const t = strings(lang);
    await page.goto(appUrl({ view: 'sankey', chain: none!.id, lang }));
    const note = page.locator('figure.sankey').getByRole('status');
    await note.waitFor();
    await expect(note.innerText()).resolves.toBe(t.sankeyNone);
  });
});

describe('the Sankey on a 390×844 phone', () => {
  it.each(LANGS)(
    '%s: every node and its label lie inside the screen’s width, each label inside its box',
    async (lang) => {
      await reopen({ width: 390, height: 844, touch: true });
      await page.goto(appUrl({ view: 'sankey', lang }));
      const figure = page.locator('figure.sankey');
      await figure.locator('g.node text').first().waitFor();
      const boxes = await figure.locator('g.node').evaluateAll((gs) =>
        gs.map((g) => {
          const r = g.querySelector('rect')!.getBoundingClientRect();
          const t = g.querySelector('text')!.getBoundingClientRect();
          return {
            id: g.getAttribute('data-id')!,
            text: g.querySelector('text')!.textContent!,
            box: [r.left, r.right, r.top, r.bottom],
            label: [t.left, t.right, t.top, t.bottom],
          };
        }),
      );
      expect(boxes.length).toBeGreaterThan(3);
      for (const { id, text, box, label } of boxes) {
        expect(text.trim(), `${id} has a label`).not.toBe('');
        const [l, r, t, b] = label as [number, number, number, number];
        const [bl, br, bt, bb] = box as [number, number, number, number];
        expect(l, `${id}: ${text}`).toBeGreaterThanOrEqual(0);
        expect(r, `${id}: ${text}`).toBeLessThanOrEqual(390);
        // Inside its own box, which the flows only touch at its sides: clear of every flow.
        expect(l, `${id}: ${text}`).toBeGreaterThanOrEqual(bl);
        expect(r, `${id}: ${text}`).toBeLessThanOrEqual(br + 0.5);
        expect(t, `${id}: ${text}`).toBeGreaterThanOrEqual(bt - 0.5);
        expect(b, `${id}: ${text}`).toBeLessThanOrEqual(bb + 0.5);
      }
      // Nothing to scroll sideways to: the downstream end and the customers are on the screen.
      const wide = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.querySelector('figure.sankey .scroll')!.scrollWidth,
      ]);
      expect(Math.max(...wide)).toBeLessThanOrEqual(390);
    },
  );
});
