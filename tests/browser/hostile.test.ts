/**
 * Hostile URL parameters: markup and `javascript:` in every parameter, other-origin and
 * non-http `data` addresses, path traversal, encoded variants, 100 kB values, NUL and control
 * characters, bidi overrides, duplicates. For each, in a real Chromium: no dialog, no script runs
 * (a `window.__pwned` sentinel stays unset), no request leaves the page's origin and none is even
 * attempted (no CSP violation), the page shows a heading or a message, and no uncaught error.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, open, type Session } from './browser.ts';
import { COMPRESSOR } from './ids.ts';

const LONG = 'x'.repeat(100_000);
const SCRIPT = '<script>window.__pwned=1;alert(1)</script>';
const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const JS = 'javascript:window.__pwned=1;alert(1)';
const RTL = '\u202Egnp.exe\u202C';
const EVIL = 'https://evil.example/x.json';

/** [label, raw query string (already encoded where the case is about encoding)]. */
const CASES: [string, string][] = [];
const add = (label: string, query: string): void => void CASES.push([label, query]);
const enc = encodeURIComponent;

for (const [name, v] of [
  ['script', SCRIPT],
  ['img onerror', IMG],
  ['javascript:', JS],
  ['100 kB', LONG],
  ['NUL and controls', '\u0000\u0001\u001b[31m\u007f'],
  ['RTL override', RTL],
  ['attribute breakout', '" onmouseover="window.__pwned=1'],
] as const) {
  for (const param of ['node', 'q', 'view', 'lang', 'mode', 'step', 'sheet', 'embed'])
    if (!(param === 'embed' && name === '100 kB')) add(`${param}: ${name}`, `${param}=${enc(v)}`);
}
for (const [name, v] of [
  ['unknown id', 'does-not-exist'],
  ['path traversal', '../../etc/passwd'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
] as const)
  add(`node: ${name}`, `node=${enc(v)}`);
for (const [name, v] of [
  ['regex bomb', '(((((a+)+)+)+)+$'],
  ['template', '${alert(1)}{{constructor.constructor("alert(1)")()}}'],
  ['wildcards', '.*%_'],
] as const)
  add(`q: ${name}`, `q=${enc(v)}`);
for (const [name, raw] of [
  ['absolute', enc(EVIL)],
  ['absolute http', enc('http://evil.example/x.json')],
  ['protocol-relative', enc('//evil.example/x.json')],
  ['encoded //', '%2F%2Fevil.example%2Fx.json'],
  ['double-encoded //', '%252F%252Fevil.example%252Fx.json'],
  ['backslashes', enc('\\\\evil.example\\x.json')],
  ['slash backslash', enc('/\\evil.example/x.json')],
  ['tab before //', enc('\t//evil.example/x.json')],
  ['space before //', enc(' //evil.example/x.json')],
  ['newline in scheme', enc('ht\ntps://evil.example/x.json')],
  ['scheme without slashes', enc('https:evil.example/x.json')],
  ['https:/\\', enc('https:/\\evil.example/x.json')],
  ['userinfo', enc('//127.0.0.1@evil.example/x.json')],
  ['javascript:', enc(JS)],
  ['JaVaScRiPt:', enc('JaVaScRiPt:window.__pwned=1')],
  ['vbscript:', enc('vbscript:msgbox(1)')],
  ['data:', enc('data:application/json,{"schemaVersion":2}')],
  ['blob:', enc('blob:https://evil.example/0000')],
  ['file:', enc('file:///etc/passwd')],
  ['path traversal', enc('../../../../etc/passwd')],
  ['encoded traversal', '..%2F..%2F..%2Fetc%2Fpasswd'],
  ['absolute path', enc('/etc/passwd')],
  ['script', enc(SCRIPT)],
  ['100 kB', enc(LONG)],
  ['RTL override', enc(`${RTL}//evil.example`)],
  ['NUL', enc('synthetic/map-300.json\u0000.evil')],
  ['full-width slashes', enc('／／evil.example/x.json')],
] as const)
  add(`data: ${name}`, `data=${raw}`);
add('duplicate node', `node=${COMPRESSOR}&node=${enc(SCRIPT)}`);
add('duplicate data', `data=synthetic/map-300.json&data=${enc(EVIL)}`);
add('duplicate data, evil first', `data=${enc(EVIL)}&data=synthetic/map-300.json`);
add('duplicate view', `view=sankey&view=${enc(JS)}`);
add('duplicate lang', `lang=en&lang=${enc(SCRIPT)}`);
add('present, evil data', `mode=present&data=${enc(EVIL)}`);
add('present, step 1e308', 'mode=present&step=1e308');
add('present, step -1', 'mode=present&step=-1');
add('kiosk, idle 0', 'mode=kiosk&idle=0');
add('kiosk, evil data', `mode=kiosk&data=${enc('//evil.example/x.json')}`);
add('sheet, evil data', `sheet=${COMPRESSOR}&data=${enc(EVIL)}`);
add('markup as a parameter name', `${enc(SCRIPT)}=1`);
add('prototype pollution', '__proto__[polluted]=1&constructor[prototype][polluted]=1');
add('malformed percent-encoding', 'node=%E0%A4%A&q=%&view=%%');
add('a thousand parameters', Array.from({ length: 1000 }, (_, i) => `p${i}=${i}`).join('&'));
add('markup in the fragment', `node=x#${enc(IMG)}`);

let browser: Browser;
let s: Session;
let tried = 0;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  console.log(`hostile URL parameters: ${tried} cases tried`);
});
beforeEach(async () => {
  s = await open(browser);
});
afterEach(async () => {
  // Throws when the page had an uncaught error.
  await s.close();
});

it('tries at least 50 hostile URLs', () => expect(CASES.length).toBeGreaterThanOrEqual(50));

it.each(CASES)('%s', async (_label, query) => {
  tried++;
  const base = inject('baseUrl');
  const origin = new URL(base).origin;
  const { page, context } = s;
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  context.on('request', (r) => {
    const url = r.url();
    if (
      url.startsWith('data:') || url.startsWith('blob:')
        ? /pwned|evil/.test(url)
        : new URL(url).origin !== origin
    )
      foreign.push(url.slice(0, 120));
  });
  // The CSP blocks an other-origin fetch before it becomes a request; an attempt still shows up
  // as a violation.
  await page.addInitScript(() => {
    const w = window as { __csp?: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp?.push(`${e.violatedDirective} ${e.blockedURI}`.slice(0, 120)),
    );
  });
  const [path, hash = ''] = query.split('#');
  if (query.length > 8000) {
    // Servers refuse such URLs (Node: 431, nginx: 414) before the app sees them; hand the page
    // over from the test instead, so the app itself meets the 100 kB value.
    await page.route(
      (u) => u.search.length > 8000,
      async (route) => route.fulfill({ response: await route.fetch({ url: base }) }),
    );
  }
  await page.goto(
    `${base}?${path}${inject('hasRealData') ? '' : '&data=synthetic/map-300.json'}${hash ? `#${hash}` : ''}`,
  );
  // Something a person can read: a heading of the app, the sheet or the slides, or a message.
  await page
    .locator('h1:visible, h2:visible, [role=alert]:visible')
    .first()
    .waitFor({ timeout: 15_000 });
  await page.waitForTimeout(150);
  expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (({}) as { polluted?: unknown }).polluted)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as { __csp?: string[] }).__csp)).toEqual([]);
});
