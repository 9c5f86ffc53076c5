/**
 * Names for search and ids: pinyin and initials computed at build time (the browser never loads a
 * pinyin dictionary), ascii slugs for ids.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Full pinyin, syllables separated by spaces, no tones; other characters kept.
 * @example toPinyin('压缩机') // → 'ya suo ji'
 */
export function toPinyin(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.trim().toLowerCase())
    .filter((s) => /[a-z0-9]/.test(s))
    .join(' ');
}

/**
 * First letters of each syllable.
 * @example toInitials('压缩机') // → 'ysj'
 */
export function toInitials(zh: string): string {
  return pinyin(zh, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * An ascii kebab-case id from any text (Chinese through pinyin), at most `max` characters.
 * @example slug('区商务局') // → 'qu-shang-wu-ju'
 * @example slug('Energy-saving and environmental protection', 30) // → 'energy-saving'
 */
export function slug(text: string, max = 60): string {
  const ascii = /[^\p{ASCII}]/u.test(text) ? toPinyin(text) : text;
  const s = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  // Cut at a word, and not after a word that only joins others (energy-saving-and → energy-saving).
  return s
    .slice(0, max)
    .replace(/-[^-]*$/, '')
    .replace(/(?:-(?:and|of|the|for|with|in|to|on|a))+$/, '');
}
