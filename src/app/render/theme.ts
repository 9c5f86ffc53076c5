/**
 * How each kind of node looks: one colour and one shape per kind, shared by the canvas, the
 * Sankey and the legend so they always agree. Gap segments add a thick dashed outline, so they
 * stand out without relying on colour.
 */
import type { NodeKind } from '../../contract/chain-map.ts';

/** Shapes the views can draw. */
export type Shape =
  'circle' | 'square' | 'hexagon' | 'triangle' | 'diamond' | 'pill' | 'dot' | 'pentagon' | 'star';

/** Colour and shape per kind (colours pass 3:1 against the white background). */
export const KIND_STYLE: Record<NodeKind, { color: string; shape: Shape; radius: number }> = {
  segment: { color: '#1f6fb2', shape: 'circle', radius: 9 },
  customer: { color: '#8a4baf', shape: 'square', radius: 9 },
  park: { color: '#2e7d32', shape: 'hexagon', radius: 12 },
  measure: { color: '#c05a00', shape: 'triangle', radius: 9 },
  department: { color: '#6d6d6d', shape: 'pill', radius: 8 },
  policy: { color: '#a23b5a', shape: 'diamond', radius: 7 },
  enterprise: { color: '#00838f', shape: 'dot', radius: 5 },
  institution: { color: '#5d4037', shape: 'star', radius: 8 },
  region: { color: '#37474f', shape: 'pentagon', radius: 11 },
};

/** The outline colour of gap segments. */
export const GAP_OUTLINE = '#b00020';

/** Link strokes in the network: strong (nothing lit, or touching the lit node) and dimmed. */
export const LINK_STROKE = { lit: 'rgba(60,70,90,0.55)', dim: 'rgba(120,130,150,0.12)' } as const;

/**
 * The family name of the CJK font the build ships (build/vite-plugin-cjk-font.ts writes its
 * `@font-face`; modes.css names it too, as CSS cannot import it).
 */
export const SHIPPED_FONT = 'ChainMap Sans SC';

/**
 * The font stack of text drawn on a canvas or into an exported image: the shipped font first, as
 * in the page (build/vite-plugin-cjk-font.ts). A system font listed first would be looked up,
 * and fallen back from for every Chinese character, on each first draw.
 */
export const FONT_FAMILY = `"${SHIPPED_FONT}", "Noto Sans SC", system-ui, sans-serif`;

/** Kinds in legend order. */
export const KIND_ORDER: NodeKind[] = [
  'segment',
  'customer',
  'park',
  'measure',
  'department',
  'policy',
  'enterprise',
  'institution',
  'region',
];

/**
 * An SVG path for a shape centred on (0, 0) with radius r; canvas draws it via Path2D.
 * shapePath('square', 2) → 'M-2,-2h4v4h-4Z'
 */
export function shapePath(shape: Shape, r: number): string {
  const f = (v: number): string => String(Math.round(v * 100) / 100);
  switch (shape) {
    case 'circle':
    case 'dot':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square':
      return `M${f(-r)},${f(-r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case 'diamond':
      return `M0,${f(-r * 1.3)}L${f(r * 1.3)},0L0,${f(r * 1.3)}L${f(-r * 1.3)},0Z`;
    case 'triangle':
      return `M0,${f(-r * 1.2)}L${f(r * 1.1)},${f(r * 0.8)}L${f(-r * 1.1)},${f(r * 0.8)}Z`;
    case 'pill':
      return `M${f(-r * 1.4)},${f(-r * 0.7)}h${f(r * 2.8)}v${f(r * 1.4)}h${f(-r * 2.8)}Z`;
    case 'hexagon':
    case 'pentagon':
    case 'star':
      return `M${corners(shape, 0, 0, r)
        .map(([x, y]) => `${f(x)},${f(y)}`)
        .join('L')}Z`;
  }
}

/**
 * The corners of the polygon shapes around (x, y): a hexagon (flat sides up and down), a pentagon
 * and a five-pointed star (a point up).
 */
function corners(
  shape: 'hexagon' | 'pentagon' | 'star',
  x: number,
  y: number,
  r: number,
): [number, number][] {
  const at = (a: number, d: number): [number, number] => [x + d * Math.cos(a), y + d * Math.sin(a)];
  if (shape === 'hexagon') return Array.from({ length: 6 }, (_, i) => at((Math.PI / 3) * i, r));
  if (shape === 'pentagon')
    return Array.from({ length: 5 }, (_, i) => at(-Math.PI / 2 + ((2 * Math.PI) / 5) * i, r * 1.1));
  return Array.from({ length: 10 }, (_, i) =>
    at(-Math.PI / 2 + (Math.PI / 5) * i, i % 2 ? r * 0.55 : r * 1.3),
  );
}

/**
 * Adds a shape centred on (x, y) to the current canvas path, so many nodes of one kind fill in a
 * single call. Same outlines as {@link shapePath}.
 */
export function traceShape(ctx: CanvasPath, shape: Shape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
    case 'dot':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square':
      ctx.rect(x - r, y - r, 2 * r, 2 * r);
      return;
    case 'pill':
      ctx.rect(x - r * 1.4, y - r * 0.7, r * 2.8, r * 1.4);
      return;
    case 'diamond':
      poly(ctx, [
        [x, y - r * 1.3],
        [x + r * 1.3, y],
        [x, y + r * 1.3],
        [x - r * 1.3, y],
      ]);
      return;
    case 'triangle':
      poly(ctx, [
        [x, y - r * 1.2],
        [x + r * 1.1, y + r * 0.8],
        [x - r * 1.1, y + r * 0.8],
      ]);
      return;
    case 'hexagon':
    case 'pentagon':
    case 'star':
      poly(ctx, corners(shape, x, y, r));
      return;
  }
}

function poly(ctx: CanvasPath, pts: [number, number][]): void {
  pts.forEach(([px, py], i) => (i ? ctx.lineTo(px, py) : ctx.moveTo(px, py)));
  ctx.closePath();
}
