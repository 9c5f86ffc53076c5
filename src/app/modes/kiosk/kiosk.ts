/**
 * Kiosk navigation as URL arithmetic: the start screen keeps only the place parameters (mode,
 * idle, data), and the attract loop shows one gap segment after another. The kiosk shell hands
 * these addresses to the app state (AppState.replace), which takes its state from them.
 */

const KEEP = ['mode', 'idle', 'data'];

/**
 * The start screen's query string. kioskStart('?mode=kiosk&idle=5&node=x&q=ysj') → '?mode=kiosk&idle=5'
 */
export function kioskStart(search: string): string {
  const from = new URLSearchParams(search);
  const p = new URLSearchParams();
  for (const k of KEEP) {
    const v = from.get(k);
    if (v !== null) p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * The attract loop's n-th screen: the start plus the n-th gap (wrapping around).
 * attractStep('?mode=kiosk', ['a', 'b'], 3) → '?mode=kiosk&node=b'
 */
export function attractStep(start: string, gaps: readonly string[], n: number): string {
  if (gaps.length === 0) return start;
  const p = new URLSearchParams(start);
  p.set('node', gaps[((n % gaps.length) + gaps.length) % gaps.length] as string);
  return `?${p.toString()}`;
}

/**
 * Whether a link leaves the kiosk (another origin, or any http(s) link when the page is a file).
 * leavesKiosk('https://x.com/', 'file:///k/index.html') → true; leavesKiosk('?node=a', same) → false
 */
export function leavesKiosk(href: string, pageHref: string): boolean {
  const url = new URL(href, pageHref);
  const page = new URL(pageHref);
  if (url.protocol === 'javascript:') return true;
  if (page.protocol === 'file:') return url.protocol !== 'file:' || url.pathname !== page.pathname;
  return url.origin !== page.origin || url.pathname !== page.pathname;
}

/**
 * How long the "returning to the start" countdown lasts at the end of an idle time of `idle`
 * seconds: 10 s, or half the idle time when that is shorter, so a short test idle still warns.
 * warnSeconds(90) → 10 (the warning shows after 80 s); warnSeconds(6) → 3; warnSeconds(1) → 1
 */
export function warnSeconds(idle: number): number {
  return Math.max(1, Math.min(10, Math.ceil(idle / 2)));
}
