/**
 * `npx tsx scripts/make-icons.ts` — draws the PNG icons of the web app (public/icons/) from
 * public/icons/icon.svg with the system Chromium: 192 and 512 px for the manifest, a maskable 512
 * (the mark inside the safe zone, on the theme colour) and the 180 px Apple touch icon. Run it after
 * changing the SVG and commit the PNGs (the build only copies them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';

const dir = resolve(import.meta.dirname, '../public/icons');
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8');
const THEME = '#0b5cad';

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const sizes: [string, number, boolean][] = [
    ['icon-192.png', 192, false],
    ['icon-512.png', 512, false],
    ['icon-maskable-512.png', 512, true],
    ['apple-touch-icon.png', 180, true],
  ];
  for (const [name, px, maskable] of sizes) {
    await page.setViewportSize({ width: px, height: px });
    // Maskable: a full-bleed background and the mark at 80 % (the safe zone is a circle of 80 %).
    const inner = maskable ? Math.round(px * 0.8) : px;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${px}px;height:${px}px;background:${maskable ? THEME : 'transparent'}">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`,
    );
    await page.screenshot({ path: resolve(dir, name), omitBackground: !maskable });
    console.log(`public/icons/${name}`);
  }
} finally {
  await browser.close();
}
