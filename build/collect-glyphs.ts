/**
 * Which characters the shipped CJK font subset must contain: every character of the compiled map
 * (data/chain-map.json), of the source documents (seeds/*.txt and the text extracted from each .docx
 * or .pdf, data/sources/*.txt, shown in full in the source dialog),
 * of the app's UI strings (src/app/**\/*.ts and *.svelte, index.html), plus a fixed base of ASCII
 * and Latin/CJK punctuation so that mixed text renders consistently.
 *
 * The pure functions (`charsOf`, `stringsInJson`, `glyphText`) are what the unit tests cover;
 * `readGlyphSources` does the file reading for the Vite plugin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Inclusive code point ranges that are always in the subset (if the font has them). */
export const BASE_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // printable ASCII: Latin letters, digits, punctuation
  [0x00a0, 0x00bf], // Latin-1 punctuation and symbols (NBSP, ·, «», °, ±, §…)
  [0x00d7, 0x00d7], // ×
  [0x00f7, 0x00f7], // ÷
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2030, 0x203a], // ‰ ′ ″ ‹ ›
  [0x2103, 0x2103], // ℃
  [0x2160, 0x216b], // Ⅰ–Ⅻ (roman numerals in document headings)
  [0x2190, 0x2193], // ← ↑ → ↓
  [0x2460, 0x2473], // ①–⑳
  [0x3000, 0x303f], // CJK symbols and punctuation: 、。〈〉《》「」【】〔〕…
  [0xff01, 0xff5e], // fullwidth ASCII forms: ，：；？！（）０–９…
];

/** The base characters as a string, in code point order. */
export function baseChars(): string {
  let s = '';
  for (const [from, to] of BASE_RANGES) {
    for (let cp = from; cp <= to; cp++) s += String.fromCodePoint(cp);
  }
  return s;
}

/**
 * The distinct characters (code points) of `text` that a font can draw: control characters and
 * lone surrogates are dropped; everything else (including U+3000 and other spaces) is kept.
 */
export function charsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    out.add(ch);
  }
  return out;
}

/** Every string in a parsed JSON value: string values and object keys, depth first. */
export function stringsInJson(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        out.push(k);
        walk(child);
      }
    }
  };
  walk(value);
  return out;
}

/** The text to subset the font with: the base characters and every character of `texts`, sorted. */
export function glyphText(texts: readonly string[], base: string = baseChars()): string {
  const all = charsOf(base);
  for (const t of texts) for (const ch of charsOf(t)) all.add(ch);
  return [...all].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** The texts the glyph set is built from, grouped by where they came from. */
export interface GlyphSources {
  /** Strings of data/chain-map.json (empty if it is not compiled yet). */
  map: string[];
  /** Full texts of seeds/*.txt and data/sources/*.txt. */
  seeds: string[];
  /** UI source files: src/app/**\/*.ts and *.svelte (tests excluded) and index.html. */
  ui: string[];
  /** Files read, relative to the root, for watch mode and logging. */
  files: string[];
}

/** Files under `dir` (recursively) whose names end with one of `exts`, in a stable order. */
function filesUnder(dir: string, exts: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p, exts));
    else if (exts.some((e) => entry.name.endsWith(e))) out.push(p);
  }
  return out.sort();
}

/** Whether a source file is a test or test helper, whose strings the app never shows. */
function isTestFile(path: string): boolean {
  return /\.test(-util)?\.ts$/.test(path) || /[\\/]__snapshots__[\\/]/.test(path);
}

/** Reads the glyph sources below `root` (the repository root). */
export function readGlyphSources(root: string): GlyphSources {
  const files: string[] = [];
  const read = (p: string): string => {
    files.push(relative(root, p));
    return readFileSync(p, 'utf8');
  };
  const mapPath = join(root, 'data/chain-map.json');
  const map = existsSync(mapPath) ? stringsInJson(JSON.parse(read(mapPath)) as unknown) : [];
  const seeds = [
    ...filesUnder(join(root, 'seeds'), ['.txt']),
    ...filesUnder(join(root, 'data/sources'), ['.txt']),
  ].map(read);
  const uiFiles = filesUnder(join(root, 'src/app'), ['.ts', '.svelte']).filter(
    (p) => !isTestFile(p),
  );
  const html = join(root, 'index.html');
  const ui = [...uiFiles, ...(existsSync(html) ? [html] : [])].map(read);
  return { map, seeds, ui, files };
}
