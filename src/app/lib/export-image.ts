/**
 * Export of the current view as PNG (canvas) or SVG, with the shipped CJK font: waits for fonts,
 * measures text with a canvas, builds the figure (export-figure.ts) and renders it.
 */
import type { ChainMap } from '../../contract/chain-map.ts';
import { A4_LANDSCAPE_300DPI, buildFigure, FONT_FAMILY, SLIDE } from './export-figure.ts';
import { drawFigure, figureSvg } from './export-render.ts';
import type { Lang, Strings, View } from './i18n.ts';

/** The formats offered. */
export type ExportFormat = 'png-slide' | 'png-print' | 'svg';

/** Renders the view and returns the file and its name. */
export async function exportView(
  format: ExportFormat,
  opts: {
    map: ChainMap;
    view: View;
    lang: Lang;
    t: Strings;
    sourceLine: (titles: string) => string;
    selected: string | null;
  },
): Promise<{ blob: Blob; name: string }> {
  await document.fonts.ready;
  const size = format === 'png-print' ? A4_LANDSCAPE_300DPI : SLIDE;
  const probe = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  const measure = (s: string, px: number): number => {
    probe.font = `bold ${px}px ${FONT_FAMILY}`;
    return probe.measureText(s).width;
  };
  const figure = buildFigure({ ...opts, ...size, measure });
  const base = `chainmap-${opts.view === 'sankey' ? 'sankey' : 'network'}-${size.width}x${size.height}`;
  if (format === 'svg') {
    const svg = figureSvg(figure, opts.lang === 'zh' ? 'zh-CN' : 'en');
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
