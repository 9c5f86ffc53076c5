/**
 * What an exported page is drawn from: plain marks in pixels (export/figure.ts builds them for a
 * network or a Sankey, export/columns.ts for a page of columns; export/render.ts draws them on a
 * canvas or as SVG).
 */

/** One drawable mark. Paths are drawn translated by (x, y). */
export type Mark =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | {
      kind: 'path';
      d: string;
      x: number;
      y: number;
      fill?: string;
      stroke?: string;
      strokeWidth?: number;
      dash?: number[];
      opacity?: number;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      fill: string;
      anchor?: 'start' | 'end';
    };
