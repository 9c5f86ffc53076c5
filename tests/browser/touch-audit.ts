/**
 * What a person at a touch screen notices, measured in the page: the size of everything they can
 * press, and the size of every piece of text they can read. Used by the kiosk tests.
 */
import type { Page } from 'playwright-core';

/** The measurements of one screen. */
export interface TouchAudit {
  /** How many visible interactive elements were measured. */
  targets: number;
  /** The smallest of them: its shorter side in CSS px, and what it is. */
  smallestTarget: { px: number; what: string };
  /** Interactive elements under the minimum in either dimension, described. */
  smallTargets: string[];
  /**
   * The narrowest space between two targets a finger can reach (on top at their centre, wholly
   * inside the screen and their panel), in CSS px, and the pair; 0 when two overlap.
   */
  closestTargets: { px: number; what: string };
  /** How many visible pieces of text (text nodes and form fields) were measured. */
  texts: number;
  /** The smallest computed font size among them, and where. */
  smallestText: { px: number; what: string };
  /** Text under the minimum font size, described. */
  smallText: string[];
}

/**
 * Measures the page as it is now. An element counts when it takes up room on screen, is not
 * hidden (visibility, `.sr-only`) and, for a target, takes pointer input (a link out that the kiosk
 * shows as plain text is no target).
 */
export function touchAudit(page: Page, minTarget = 48, minText = 18): Promise<TouchAudit> {
  return page.evaluate(
    ({ minTarget, minText }) => {
      const shown = (el: Element): boolean => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 2 &&
          r.height > 2 &&
          getComputedStyle(el).visibility === 'visible' &&
          !el.closest('.sr-only')
        );
      };
      const describe = (el: Element): string =>
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;

      const interactive = [
        ...document.querySelectorAll(
          'button, input, select, textarea, summary, a[href], [role=button], [role=option], [tabindex]:not([tabindex="-1"])',
        ),
      ].filter((el) => shown(el) && getComputedStyle(el).pointerEvents !== 'none');
      let smallestTarget = { px: Infinity, what: '' };
      const smallTargets: string[] = [];
      for (const el of interactive) {
        const r = el.getBoundingClientRect();
        const px = Math.min(r.width, r.height);
        const what = `${describe(el)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        if (px < smallestTarget.px) smallestTarget = { px: Math.round(px * 10) / 10, what };
        if (r.width < minTarget || r.height < minTarget) smallTargets.push(what);
      }

      // Targets a finger reaches now: inside the screen and on top at their centre.
      const reachable = interactive.filter((el) => {
        const r = el.getBoundingClientRect();
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        if (cx < 0 || cy < 0 || cx > innerWidth || cy > innerHeight) return false;
        const top = document.elementFromPoint(cx, cy);
        return !!top && (top === el || el.contains(top));
      });
      // The part of a target one can see: its box cut by the screen and by every ancestor that
      // clips (a panel that scrolls).
      const seen = (el: Element) => {
        const r = el.getBoundingClientRect();
        let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
        [left, top, right, bottom] = [
          Math.max(left, 0),
          Math.max(top, 0),
          Math.min(right, innerWidth),
          Math.min(bottom, innerHeight),
        ];
        for (let p = el.parentElement; p; p = p.parentElement) {
          const cs = getComputedStyle(p);
          if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
          const c = p.getBoundingClientRect();
          [left, top, right, bottom] = [
            Math.max(left, c.left),
            Math.max(top, c.top),
            Math.min(right, c.right),
            Math.min(bottom, c.bottom),
          ];
        }
        return { left, top, right, bottom };
      };
      // Targets partly scrolled out of their panel are left out: their edge is the panel's.
      const whole = reachable.filter((el) => {
        const r = el.getBoundingClientRect();
        const v = seen(el);
        return v.left <= r.left && v.top <= r.top && v.right >= r.right && v.bottom >= r.bottom;
      });
      let closestTargets = { px: Infinity, what: '' };
      for (let i = 0; i < whole.length; i++)
        for (let j = i + 1; j < whole.length; j++) {
          const [a, b] = [whole[i] as Element, whole[j] as Element];
          if (a.contains(b) || b.contains(a)) continue;
          const ra = seen(a);
          const rb = seen(b);
          const dx = Math.max(0, rb.left - ra.right, ra.left - rb.right);
          const dy = Math.max(0, rb.top - ra.bottom, ra.top - rb.bottom);
          const px = Math.round(Math.max(dx, dy) * 10) / 10;
          if (px < closestTargets.px)
            closestTargets = { px, what: `${describe(a)} / ${describe(b)}` };
        }

      const texts: { el: Element; px: number }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('script, style, template')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const r = range.getBoundingClientRect();
        if (r.width < 1 || r.height < 1 || !shown(el)) continue;
        texts.push({ el, px: parseFloat(getComputedStyle(el).fontSize) });
      }
      for (const el of document.querySelectorAll('input, textarea, select'))
        if (shown(el)) texts.push({ el, px: parseFloat(getComputedStyle(el).fontSize) });
      let smallestText = { px: Infinity, what: '' };
      const smallText: string[] = [];
      for (const { el, px } of texts) {
        if (px < smallestText.px) smallestText = { px, what: describe(el) };
        if (px < minText) smallText.push(`${describe(el)} ${px}px`);
      }
      return {
        targets: interactive.length,
        smallestTarget,
        smallTargets,
        closestTargets,
        texts: texts.length,
        smallestText,
        smallText,
      };
    },
    { minTarget, minText },
  );
}
