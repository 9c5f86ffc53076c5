/**
 * English for a Chinese name that no curated list knows: a dictionary gloss (CC-CEDICT, word by
 * word) or, for a firm's proper name, a transliteration (pinyin by word, with the generic words of
 * a company name — 集团, 医药, 科技 — in English from data/names.yaml). Pure: the dictionary is
 * given (node/gloss-dictionary.ts loads CC-CEDICT in Node; the browser's import has none and falls
 * back to pinyin), so a page never downloads the dictionary.
 */
import { pinyin } from 'pinyin-pro';

/** A dictionary: simplified headword → its senses (CC-CEDICT's slash-separated definitions). */
export interface Dictionary {
  senses(word: string): readonly string[] | undefined;
  /** Whether the headword is a proper name (its pinyin is capitalised in CC-CEDICT). */
  proper(word: string): boolean;
  /** The longest headword, in characters. */
  readonly longest: number;
}

/** Words that join the parts of a name, in English. */
const JOINERS: Record<string, string> = { 及: 'and', 和: 'and', 与: 'and', '、': ',', 或: 'or' };
/** Words a name may carry that English leaves out. */
const DROPPED = new Set(['的', '等', '之']);

/** Cuts `zh` into dictionary words, longest first from the left; non-dictionary characters alone. */
export function segment(zh: string, dict: Dictionary): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < zh.length) {
    const ascii = /^[\x21-\x7e]+/.exec(zh.slice(i));
    if (ascii) {
      out.push(ascii[0]);
      i += ascii[0].length;
      continue;
    }
    if (/\s/.test(zh[i] as string)) {
      i++;
      continue;
    }
    let len = Math.min(dict.longest, zh.length - i);
    for (; len > 1; len--) if (dict.senses(zh.slice(i, i + len))) break;
    out.push(zh.slice(i, i + len));
    i += len;
  }
  return out;
}

/**
 * The first plain sense of a word: no "variant of", classifier or surname entry, no parentheses,
 * the part before a semicolon, no leading "to ".
 * @example plainSense(['to filter', 'filter']) // → 'filter'
 */
export function plainSense(senses: readonly string[]): string | null {
  for (const s of senses) {
    if (
      /^(variant of|old variant|CL:|surname|see |abbr\.|used in|\(old\)|\(bound form\)$)/i.test(s)
    )
      continue;
    const plain = s
      .replace(/\([^)]*\)/g, '')
      .replace(/\[[^\]]*\]/g, '')
      .split(';')[0]
      ?.replace(/^to /, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (plain && !/[\u3400-\u9fff|]/.test(plain)) return plain;
  }
  return null;
}

/**
 * A dictionary gloss of `zh`, or null when a word of it has no plain sense.
 * @example gloss('锂电池', dict) // → 'Lithium battery'
 */
export function gloss(zh: string, dict: Dictionary): string | null {
  const words: string[] = [];
  for (const w of segment(zh, dict)) {
    if (/^[\x21-\x7e]+$/.test(w)) {
      words.push(w);
      continue;
    }
    if (DROPPED.has(w)) continue;
    const joiner = JOINERS[w];
    if (joiner) {
      words.push(joiner);
      continue;
    }
    const senses = dict.senses(w);
    const sense = senses ? plainSense(senses) : null;
    if (!sense) return null;
    words.push(sense);
  }
  if (words.length === 0) return null;
  return capitaliseFirst(words.join(' ').replace(/ ,/g, ','));
}

/**
 * A firm's name transliterated: its generic words in English from `words` (集团 → Group, longest
 * first), each run of other characters in pinyin, two characters a word (宁德时代 → "Ningde
 * Shidai"; a run of three is one word). Brackets are left out.
 * @example transliterate('三全食品', { 食品: 'Foods' }) // → 'Sanquan Foods'
 */
export function transliterate(zh: string, words: Readonly<Record<string, string>>): string {
  const text = zh.replace(/[（(][^）)]*[）)]/g, '');
  const keys = Object.keys(words).sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let run = '';
  const flush = () => {
    for (let i = 0; i < run.length;) {
      const take = run.length - i === 3 ? 3 : 2;
      const part = run.slice(i, i + take);
      out.push(/^[\x21-\x7e]+$/.test(part) ? part : romanise(part));
      i += take;
    }
    run = '';
  };
  for (let i = 0; i < text.length;) {
    const key = keys.find((k) => text.startsWith(k, i));
    const ascii = /^[\x21-\x7e]+/.exec(text.slice(i));
    if (key) {
      flush();
      out.push(words[key] as string);
      i += key.length;
    } else if (ascii) {
      flush();
      out.push(ascii[0]);
      i += ascii[0].length;
    } else {
      if (!/\s/.test(text[i] as string)) run += text[i];
      i++;
    }
  }
  flush();
  return out.join(' ');
}

/** Pinyin of `zh` as one capitalised word: 宁德 → "Ningde". */
function romanise(zh: string): string {
  const s = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .replace(/\s+/g, '')
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function capitaliseFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
