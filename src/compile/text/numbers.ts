/**
 * Reads numbers as policy documents write them: `700`, `７００` (full-width), `1.5`, `七百`,
 * `三十`, `五十`, `一千二百`, `两万`. Returns null when the string is not a number.
 * @example parseNumber('七百') // → 700
 * @example parseNumber('３０') // → 30
 */
export function parseNumber(raw: string): number | null {
  const s = toHalfWidth(raw).replace(/[,，\s]/g, '');
  if (s === '') return null;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^[零〇一二两三四五六七八九十百千万亿]+$/.test(s)) return parseChinese(s);
  // Mixed forms such as "1.5万" or "3千".
  const m = /^(\d+(?:\.\d+)?)([十百千万亿])$/.exec(s);
  if (m) return Number(m[1]) * (UNITS[m[2] as string] ?? 1);
  return null;
}

/** A regex source matching one number in any form parseNumber reads. */
export const NUMBER = '[0-9０-９][0-9０-９.．,]*[十百千万]?|[零〇一二两三四五六七八九十百千]+';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  // The white circle typed for 〇 in many a text (二○一○年).
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/**
 * A year written digit by digit (二〇二一 → "2021"), or null when a character is no digit.
 * @example digitByDigit('二〇二一') // → '2021'
 */
export function digitByDigit(s: string): string | null {
  const out = [...s].map((c) => DIGITS[c]);
  return out.every((d) => d !== undefined) ? out.join('') : null;
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

function parseChinese(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  let seenDigit = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch] as number;
      seenDigit = true;
    } else if (ch === '万' || ch === '亿') {
      section = (section + digit) * (UNITS[ch] as number);
      total += section;
      section = 0;
      digit = 0;
      seenDigit = false;
    } else {
      // 十 alone means 10 ("十五" = 15).
      section += (seenDigit ? digit : 1) * (UNITS[ch] as number);
      digit = 0;
      seenDigit = false;
    }
  }
  return total + section + digit;
}

/**
 * Full-width ASCII (digits, letters, ％, ．) to half-width, same length, so offsets survive.
 * @example toHalfWidth('７００亩') // → '700亩'
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
