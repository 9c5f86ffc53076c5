/**
 * The portal's first load keeps the main thread free for the reader (issue 5): its scripts are
 * compiled while they download, the service worker waits until the view is shown, and the force
 * view's focusable node list follows its first picture.
 */
import { describe, expect, inject, it } from 'vitest';
import { COMPILE_HINT } from '../../build/vite-plugin-compile-hints.ts';
import { type Session, appUrl, pagePerTest, pictureDrawn } from './browser.ts';

let s: Session;
pagePerTest((session) => (s = session));

describe('first load', () => {
  it('every script the page loads is marked to compile while it downloads', async () => {
    const scripts = new Set<string>();
    s.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(r.url());
    });
    await s.page.goto(appUrl());
    await pictureDrawn(s.page);
    // The entry, the force view and whatever they import.
    expect(scripts.size).toBeGreaterThanOrEqual(2);
    for (const url of scripts) {
      const text = await (await s.context.request.get(url)).text();
      expect(text.startsWith(`${COMPILE_HINT}\n`), url).toBe(true);
    }
  });

  it.runIf(inject('hasRealData'))(
    'registers the service worker only after the view has drawn its picture',
    async () => {
      await s.context.addInitScript(() => {
        const w = window as { __registeredAt?: number };
        const register = ServiceWorkerContainer.prototype.register;
        ServiceWorkerContainer.prototype.register = function (
          this: ServiceWorkerContainer,
          ...args: Parameters<ServiceWorkerContainer['register']>
        ) {
          w.__registeredAt ??= performance.now();
          return register.apply(this, args);
        };
      });
      await s.page.goto(appUrl());
      await s.page.getByText('已可离线使用').waitFor({ timeout: 20_000 });
      const { registeredAt, drawnAt } = await s.page.evaluate(() => {
        const drawn = performance.getEntriesByName('force-draw')[0];
        return {
          registeredAt: (window as { __registeredAt?: number }).__registeredAt ?? -1,
          drawnAt: drawn ? drawn.startTime + drawn.duration : Infinity,
        };
      });
      expect(registeredAt).toBeGreaterThan(drawnAt);
    },
  );

  it('the node list is there for the keyboard once the picture is', async () => {
    await s.page.goto(appUrl());
    await pictureDrawn(s.page);
    const list = s.page.locator('figure.force ul');
    await expect.poll(() => list.getAttribute('aria-busy')).toBe(null);
    await expect.poll(() => list.locator('button').count()).toBeGreaterThan(10);
    expect(await list.locator('button[tabindex="0"]').count()).toBe(1);
  });
});
