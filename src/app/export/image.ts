/**
 * Export of the current view as PNG (canvas) or SVG, with the shipped CJK font: waits for fonts,
 * measures text with a canvas, builds the figure (export-figure.ts) and renders it.
 */
import type { Chain, ChainMap } from '../../contract/chain-map.ts';
import { A4_LANDSCAPE_300DPI, buildFigure, FONT_FAMILY, SLIDE } from './figure.ts';
import { drawFigure, figureSvg, SHIPPED_FONT, type EmbeddedFont } from './render.ts';
import { fromCache } from '../layout/cache.ts';
import precomputed from 'virtual:chain-map-layout';
import { canvasMeasure } from '../layout/measure.ts';
import type { Lang, Strings, View } from '../i18n/strings.ts';
import type { ColumnsPicture } from '../layout/page-columns.ts';

/** The formats offered. */
export type ExportFormat = 'png-slide' | 'png-print' | 'svg';

/** Renders the view and returns the file and its name. */
export async function exportView(
  format: ExportFormat,
  opts: {
    map: ChainMap;
    /** The chain on screen. */
    chain: Chain | null;
    view: View;
    lang: Lang;
    t: Strings;
    sourceLine: (titles: string) => string;
    selected: string | null;
    /** The page as columns (layout/page-columns.ts): panorama, roadmap, city; else network or Sankey. */
    columns?: ColumnsPicture | null;
    /** What the file is of, for its name: panorama, roadmap, city, network, sankey. */
    kind: string;
  },
): Promise<{ blob: Blob; name: string }> {
  // The full font subset may not have been asked for yet (the page preloads only the first
  // screen's characters): load the faces the figure's text needs before measuring and drawing it.
  const text = opts.columns
    ? JSON.stringify(opts.columns)
    : opts.map.nodes.map((n) => (opts.lang === 'en' ? n.name.en : n.name.zh)).join('');
  await Promise.all(
    ['16px', 'bold 16px'].map((f) =>
      document.fonts.load(`${f} ${FONT_FAMILY}`, text || '产业链').catch(() => []),
    ),
  );
  await document.fonts.ready;
  const size = format === 'png-print' ? A4_LANDSCAPE_300DPI : SLIDE;
  // Measured as bold, the wider: a label measured so never runs into the next.
  const bold = canvasMeasure();
  const measure = (s: string, px: number): number => bold(s, px, true);
  // The default map's layout comes from the build, as in the view: no simulation to wait for.
  const positions =
    opts.view === 'sankey' || opts.columns ? null : fromCache(opts.map, precomputed);
  const figure = buildFigure({ ...opts, ...size, measure, positions });
  const base = `chainmap-${opts.kind}-${size.width}x${size.height}`;
  if (format === 'svg') {
    const svg = figureSvg(figure, opts.lang === 'zh' ? 'zh-CN' : 'en', await shippedFonts());
    return { blob: new Blob([svg], { type: 'image/svg+xml' }), name: `${base}.svg` };
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  drawFigure(canvas.getContext('2d') as CanvasRenderingContext2D, figure);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  return { blob, name: `${base}.png` };
}

/**
 * The files of the shipped font subset, read from the page's `@font-face` rules for SHIPPED_FONT
 * (a linked stylesheet in the portal: the first screen's file with its unicode-range and the file
 * of every other character; one face inlined with a data: URL in the kiosk file).
 */
function shippedFontFaces(): { url: string; range: string | null }[] {
  const out: { url: string; range: string | null }[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet (none in this app)
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, '');
      if (family !== SHIPPED_FONT) continue;
      const src = /url\(\s*(["']?)(.*?)\1\s*\)/.exec(rule.style.getPropertyValue('src'))?.[2];
      const range = rule.style.getPropertyValue('unicode-range').trim();
      if (src)
        out.push({ url: new URL(src, sheet.href ?? document.baseURI).href, range: range || null });
    }
  }
  return out;
}

/**
 * The shipped font subset's files as base64 data: URLs, to embed in an exported SVG; empty when
 * the page has no such font or it cannot be read (the SVG then names the font without carrying it).
 */
export async function shippedFonts(): Promise<EmbeddedFont[]> {
  const out: EmbeddedFont[] = [];
  for (const { url, range } of shippedFontFaces()) {
    const dataUrl = await asDataUrl(url);
    if (dataUrl) out.push({ dataUrl, range });
  }
  return out;
}

async function asDataUrl(url: string): Promise<string | null> {
  if (url.startsWith('data:')) return /^data:font\/[\w.+-]+;base64,/.test(url) ? url : null;
  try {
    // Same origin (the CSP's connect-src 'self'); the service worker answers it offline.
    const res = await fetch(url);
    if (!res.ok) return null;
    const blob = new Blob([await res.arrayBuffer()], { type: 'font/woff2' });
    return await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('font not readable'));
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}
