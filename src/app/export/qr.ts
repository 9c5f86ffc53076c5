/**
 * QR codes as data: the module matrix from `uqr` (MIT), turned into one SVG path that Svelte
 * renders as an attribute — no markup strings, no innerHTML.
 */
import { encode } from 'uqr';

/** A QR code ready to draw: `size` modules square (quiet zone included), dark modules as a path. */
export interface QrCode {
  text: string;
  size: number;
  /** Dark modules, one `M x,y h1v1h-1z` square each, in module units. */
  path: string;
  /** The matrix, row by row, '1' dark and '0' light (for tests and screen readers' sake, not drawn). */
  rows: string[];
}

/**
 * Encodes `text` (error correction M, a 2-module quiet zone; a printed or projected code needs it).
 * qrCode('https://x').size → 25 (21 modules + 2 × 2)
 */
export function qrCode(text: string): QrCode {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  const rows: string[] = [];
  data.forEach((row, y) => {
    let line = '';
    row.forEach((dark, x) => {
      line += dark ? '1' : '0';
      if (dark) path += `M${x},${y}h1v1h-1z`;
    });
    rows.push(line);
  });
  return { text, size, path, rows };
}
