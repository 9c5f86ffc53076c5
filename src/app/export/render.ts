/** Renders an export Figure (export/figure.ts) onto a canvas (for PNG) or as SVG text. */
import { FONT_FAMILY, type Figure, type Mark } from './figure.ts';
import { SHIPPED_FONT } from '../render/theme.ts';

// The family of the CJK subset the build ships, first in FONT_FAMILY; an exported SVG embeds it
// under this name.
export { SHIPPED_FONT } from '../render/theme.ts';

/** Draws the figure onto a context sized `figure.width` × `figure.height`. */
export function drawFigure(ctx: CanvasRenderingContext2D, figure: Figure): void {
  ctx.textBaseline = 'middle';
  for (const m of figure.marks) {
    ctx.save();
    switch (m.kind) {
      case 'rect':
        ctx.fillStyle = m.fill;
        ctx.fillRect(m.x, m.y, m.w, m.h);
        break;
      case 'line':
        ctx.strokeStyle = m.stroke;
        ctx.lineWidth = m.width;
        ctx.beginPath();
        ctx.moveTo(m.x1, m.y1);
        ctx.lineTo(m.x2, m.y2);
        ctx.stroke();
        break;
      case 'path': {
        ctx.translate(m.x, m.y);
        ctx.globalAlpha = m.opacity ?? 1;
        const p = new Path2D(m.d);
        if (m.fill) {
          ctx.fillStyle = m.fill;
          ctx.fill(p);
        }
        if (m.stroke) {
          ctx.strokeStyle = m.stroke;
          ctx.lineWidth = m.strokeWidth ?? 1;
          ctx.setLineDash(m.dash ?? []);
          ctx.stroke(p);
        }
        break;
      }
      case 'text':
        ctx.font = `${m.bold ? 'bold ' : ''}${m.size}px ${FONT_FAMILY}`;
        ctx.fillStyle = m.fill;
        ctx.textAlign = m.anchor === 'end' ? 'end' : 'start';
        ctx.fillText(m.text, m.x, m.y);
        break;
    }
    ctx.restore();
  }
}

/** XML-escapes text for element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

const r = (v: number): number => Math.round(v * 10) / 10;

function markSvg(m: Mark): string {
  switch (m.kind) {
    case 'rect':
      return `<rect x="${r(m.x)}" y="${r(m.y)}" width="${r(m.w)}" height="${r(m.h)}" fill="${m.fill}"/>`;
    case 'line':
      return `<line x1="${r(m.x1)}" y1="${r(m.y1)}" x2="${r(m.x2)}" y2="${r(m.y2)}" stroke="${m.stroke}" stroke-width="${r(m.width)}"/>`;
    case 'path': {
      const attrs = [
        `d="${escapeXml(m.d)}"`,
        `transform="translate(${r(m.x)},${r(m.y)})"`,
        `fill="${m.fill ?? 'none'}"`,
        m.stroke ? `stroke="${m.stroke}" stroke-width="${r(m.strokeWidth ?? 1)}"` : '',
        m.dash ? `stroke-dasharray="${m.dash.map(r).join(' ')}"` : '',
        m.opacity !== undefined ? `opacity="${m.opacity}"` : '',
      ];
      return `<path ${attrs.filter(Boolean).join(' ')}/>`;
    }
    case 'text':
      return `<text x="${r(m.x)}" y="${r(m.y)}" dominant-baseline="middle" font-size="${r(m.size)}"${m.bold ? ' font-weight="bold"' : ''} fill="${m.fill}"${m.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(m.text)}</text>`;
  }
}

/** A font file to embed: a base64 `data:` URL and the characters it serves (null: all others). */
export interface EmbeddedFont {
  dataUrl: string;
  range: string | null;
}

/**
 * The `<defs>` embedding the fonts as SHIPPED_FONT, or '' without one. Only a base64 `data:` URL
 * of a font is embedded, and only a plain unicode-range: neither needs escaping in XML or CSS.
 */
function fontDefs(fonts: EmbeddedFont[]): string {
  const faces = fonts.filter(
    (f) =>
      /^data:font\/[\w.+-]+;base64,[A-Za-z0-9+/]*={0,2}$/.test(f.dataUrl) &&
      (f.range === null || /^[Uu]\+[0-9A-Fa-f?-]+(,\s*[Uu]\+[0-9A-Fa-f?-]+)*$/.test(f.range)),
  );
  if (faces.length === 0) return '';
  return (
    `<defs><style>/* ${SHIPPED_FONT}: Noto Sans SC subset, SIL Open Font License 1.1 */\n` +
    faces
      .map(
        (f) =>
          `@font-face { font-family: "${SHIPPED_FONT}"; src: url("${f.dataUrl}") format("woff2");` +
          `${f.range ? ` unicode-range: ${f.range};` : ''} }`,
      )
      .join('\n') +
    `</style></defs>`
  );
}

/**
 * The figure as a standalone SVG document (text stays text, so it can be edited). With `fonts`
 * (the shipped woff2 subset's files as base64 data: URLs), the font travels inside the file, so
 * Chinese renders on a machine without CJK fonts.
 */
export function figureSvg(
  figure: Figure,
  lang: string,
  fonts: EmbeddedFont[] | string | null = null,
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${figure.width}" height="${figure.height}" viewBox="0 0 ${figure.width} ${figure.height}" xml:lang="${lang}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(figure.title)}</title>`,
    fontDefs(typeof fonts === 'string' ? [{ dataUrl: fonts, range: null }] : (fonts ?? [])),
    ...figure.marks.map(markSvg),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}
