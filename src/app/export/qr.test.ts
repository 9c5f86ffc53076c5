import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrCode } from './qr.ts';

describe('qrCode', () => {
  it.each([
    ['https://x', 25],
    ['https://portal.example.gov.cn/chainmap/?node=mid-e-compressor&lang=en', 41],
  ])(
    '%s is %i modules with a quiet zone, and the path draws exactly the dark modules',
    (url, size) => {
      const q = qrCode(url);
      expect(q.size).toBe(size);
      expect(q.rows[0]).toBe('0'.repeat(size));
      const dark = q.rows
        .join('')
        .split('')
        .filter((c) => c === '1').length;
      expect(q.path.match(/M/g)?.length).toBe(dark);
      expect(q.rows).toEqual(
        encode(url, { ecc: 'M', border: 2 }).data.map((r) =>
          r.map((d) => (d ? '1' : '0')).join(''),
        ),
      );
    },
  );
});
