/**
 * Ships a CJK font subset with the build, so Chinese text looks the same on machines without CJK
 * fonts (kiosks, projector PCs, CI). At build time it collects the characters of the map, the
 * source documents and the UI strings (scripts/collect-glyphs.ts), subsets Noto Sans SC Regular
 * (SIL OFL 1.1, from @expo-google-fonts/noto-sans-sc) with harfbuzz (subset-font) to a woff2, and
 * emits:
 *
 * - `fonts/chainmap-sc-<hash>.woff2` — the subset;
 * - `fonts/chainmap-sc-<hash>.css` — `@font-face` for "ChainMap Sans SC" (and for "Noto Sans SC",
 *   which the app's font stacks already list, falling back to an installed full Noto Sans SC
 *   first), the custom property `--font-cjk`, and a zero-specificity default font stack;
 * - `fonts/OFL.txt` — the font licence, which the OFL requires to travel with the font;
 *
 * and injects `<link rel="stylesheet">` and `<link rel="preload" as="font" crossorigin>` into
 * index.html (no inline style or script, for a strict CSP). Subsets are cached in
 * node_modules/.cache/chainmap-cjk-font, keyed by font and characters. In dev (`vite`), the same
 * files are served from memory.
 *
 * `npm run fonts` prints the subset size with and without the source documents.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';
import type { HtmlTagDescriptor, Logger, Plugin, ResolvedConfig } from 'vite';
import { glyphText, readGlyphSources } from './collect-glyphs.ts';

/** The CSS font family of the shipped subset. */
export const FONT_FAMILY = 'ChainMap Sans SC';

/** The CSS custom property holding the recommended font stack (shipped subset first). */
export const FONT_VAR = '--font-cjk';

/** The font stack that `--font-cjk` holds. */
export const FONT_STACK = `"${FONT_FAMILY}", system-ui, sans-serif`;

/** The size budget of the woff2 subset, in bytes (issue 4: at most 300 kB). */
export const MAX_FONT_BYTES = 300_000;

/** Bump when the subsetting options change, to invalidate cached subsets. */
const CACHE_VERSION = 1;

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_PATH = '400Regular/NotoSansSC_400Regular.ttf';

/** Options of `cjkFont`. */
export interface CjkFontOptions {
  /** Repository root with data/, seeds/, src/app/ and index.html; default: Vite's `root`. */
  root?: string;
  /** Size budget in bytes; default `MAX_FONT_BYTES`. The build fails if even the map + UI exceed it. */
  maxBytes?: number;
  /**
   * Whether the source documents' characters go into the subset: `true`, `false`, or `'auto'`
   * (default): include them if the subset stays within `maxBytes`, else leave them out and warn.
   */
  includeSeeds?: boolean | 'auto';
  /** The source font (TTF/OTF/WOFF/WOFF2); default Noto Sans SC Regular from the npm package. */
  fontFile?: string;
  /** Where subsets are cached; default `<root>/node_modules/.cache/chainmap-cjk-font`. */
  cacheDir?: string;
}

/** A built subset and what it was built from. */
export interface FontSubset {
  /** The woff2 bytes. */
  woff2: Buffer;
  /** The characters the subset was asked for (the font may lack some, e.g. emoji). */
  text: string;
  /** Whether the source documents' characters are included. */
  withSeeds: boolean;
  /** Whether the subset came from the cache. */
  cached: boolean;
  /** Files the characters were read from, relative to the root. */
  files: string[];
}

/** The files the plugin ships, by output path (relative to the output directory). */
export interface FontAssets {
  /** The subset. */
  subset: FontSubset;
  /** Output path of the woff2, e.g. `fonts/chainmap-sc-1a2b3c4d.woff2`. */
  fontFile: string;
  /** Output path of the stylesheet. */
  cssFile: string;
  /** Output path of the licence. */
  licenceFile: string;
  /** Contents by output path. */
  files: Map<string, Buffer | string>;
}

/** The default source font: Noto Sans SC Regular from the npm package. */
export function defaultFontFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), FONT_PATH);
}

function sha(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Subsets `fontFile` to `text` as woff2, through the cache in `cacheDir`. */
async function cachedSubset(
  fontFile: string,
  text: string,
  cacheDir: string,
): Promise<{ woff2: Buffer; cached: boolean }> {
  const st = statSync(fontFile);
  const key = sha(JSON.stringify([CACHE_VERSION, fontFile, st.size, st.mtimeMs, text])).slice(
    0,
    24,
  );
  const cacheFile = join(cacheDir, `${key}.woff2`);
  if (existsSync(cacheFile)) return { woff2: readFileSync(cacheFile), cached: true };
  const woff2 = await subsetFont(readFileSync(fontFile), text, { targetFormat: 'woff2' });
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, woff2);
  renameSync(tmp, cacheFile);
  return { woff2, cached: false };
}

/** `CjkFontOptions` with every field set. */
export type ResolvedCjkFontOptions = Required<CjkFontOptions>;

/** Fills in the defaults of `options`, with `root` as the fallback root. */
export function resolveOptions(root: string, options: CjkFontOptions): ResolvedCjkFontOptions {
  const r = resolve(options.root ?? root);
  return {
    root: r,
    maxBytes: options.maxBytes ?? MAX_FONT_BYTES,
    includeSeeds: options.includeSeeds ?? 'auto',
    fontFile: options.fontFile ?? defaultFontFile(),
    cacheDir: options.cacheDir ?? join(r, 'node_modules/.cache/chainmap-cjk-font'),
  };
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

/**
 * Builds the subset for `o`: with the source documents' characters if asked (or, for `'auto'`, if
 * that fits the budget), else with the map and UI characters only. Throws if it does not fit.
 */
export async function buildSubset(
  o: ResolvedCjkFontOptions,
  logger?: Pick<Logger, 'warn'>,
): Promise<FontSubset> {
  const src = readGlyphSources(o.root);
  const mapAndUi = [...src.map, ...src.ui];
  const attempt = async (withSeeds: boolean): Promise<FontSubset> => {
    const text = glyphText(withSeeds ? [...mapAndUi, ...src.seeds] : mapAndUi);
    const r = await cachedSubset(o.fontFile, text, o.cacheDir);
    return { ...r, text, withSeeds, files: src.files };
  };
  let subset = await attempt(o.includeSeeds !== false);
  if (subset.woff2.length > o.maxBytes && o.includeSeeds === 'auto') {
    const full = subset.woff2.length;
    subset = await attempt(false);
    logger?.warn(
      `[cjk-font] with the source documents the font subset is ${kB(full)} > ${kB(o.maxBytes)}; ` +
        `shipping map + UI characters only (${kB(subset.woff2.length)}).`,
    );
  }
  if (subset.woff2.length > o.maxBytes) {
    throw new Error(
      `[cjk-font] font subset is ${kB(subset.woff2.length)}, over the ${kB(o.maxBytes)} budget`,
    );
  }
  return subset;
}

/** The stylesheet for the subset at `fontUrl` (relative to the stylesheet). */
export function fontCss(fontUrl: string, note: string): string {
  const src = `url("${fontUrl}") format("woff2")`;
  const face = (family: string, sources: string): string =>
    `@font-face {\n  font-family: "${family}";\n  src: ${sources};\n  font-weight: 400;\n` +
    `  font-style: normal;\n  font-display: swap;\n}\n`;
  return (
    `/* ${note} */\n` +
    face(FONT_FAMILY, src) +
    '/* The same subset under the name the app already lists; an installed full font wins. */\n' +
    face('Noto Sans SC', `local("Noto Sans SC"), local("NotoSansSC-Regular"), ${src}`) +
    `:where(:root) {\n  ${FONT_VAR}: ${FONT_STACK};\n}\n` +
    `:where(:root, body, button, input, select, textarea) {\n  font-family: var(${FONT_VAR});\n}\n`
  );
}

/** The woff2, stylesheet and licence to ship for `subset`, with content-hashed names. */
export function fontAssets(subset: FontSubset, fontFile: string): FontAssets {
  const name = `fonts/chainmap-sc-${sha(subset.woff2).slice(0, 8)}.woff2`;
  const note =
    `${FONT_FAMILY}: Noto Sans SC Regular subset to ${[...subset.text].length} characters ` +
    `(map, UI${subset.withSeeds ? ', source documents' : ''}). SIL Open Font License 1.1, see OFL.txt.`;
  const css = fontCss(`./${name.slice('fonts/'.length)}`, note);
  const cssFile = `fonts/chainmap-sc-${sha(css).slice(0, 8)}.css`;
  const licenceFile = 'fonts/OFL.txt';
  const licencePath = join(dirname(fontFile), '..', 'LICENSE_FONT');
  const licence = existsSync(licencePath)
    ? readFileSync(licencePath, 'utf8')
    : 'Noto Sans SC — SIL Open Font License, Version 1.1: https://openfontlicense.org\n';
  return {
    subset,
    fontFile: name,
    cssFile,
    licenceFile,
    files: new Map<string, Buffer | string>([
      [name, subset.woff2],
      [cssFile, css],
      [licenceFile, licence],
    ]),
  };
}

/** The `<link>` tags for `assets`, with URLs under `base` (Vite's `base`, e.g. `./` or `/app/`). */
export function fontTags(assets: FontAssets, base: string): HtmlTagDescriptor[] {
  const prefix = base === '' || base === './' ? './' : base.endsWith('/') ? base : `${base}/`;
  return [
    {
      tag: 'link',
      attrs: {
        rel: 'preload',
        href: prefix + assets.fontFile,
        as: 'font',
        type: 'font/woff2',
        crossorigin: '',
      },
      injectTo: 'head',
    },
    { tag: 'link', attrs: { rel: 'stylesheet', href: prefix + assets.cssFile }, injectTo: 'head' },
  ];
}

/**
 * The Vite plugin: in `vite build`, emits the font subset, its stylesheet and licence under
 * `fonts/` and links them from index.html; in `vite` (dev), serves the same from memory.
 */
export function cjkFont(options: CjkFontOptions = {}): Plugin {
  let config: ResolvedConfig;
  let o: ResolvedCjkFontOptions;
  let pending: Promise<FontAssets> | undefined;
  const assets = (): Promise<FontAssets> => {
    pending ??= (async () => {
      const t0 = performance.now();
      const subset = await buildSubset(o, config.logger);
      const a = fontAssets(subset, o.fontFile);
      const ms = Math.round(performance.now() - t0);
      config.logger.info(
        `[cjk-font] ${a.fontFile} ${kB(subset.woff2.length)}, ${[...subset.text].length} characters` +
          ` (map + UI${subset.withSeeds ? ' + source documents' : ''}), ` +
          `${subset.cached ? 'cached' : 'subset'} in ${ms} ms`,
      );
      return a;
    })();
    return pending;
  };
  return {
    name: 'chainmap-cjk-font',
    configResolved(c) {
      config = c;
      o = resolveOptions(c.root, options);
    },
    buildStart() {
      if (config.command !== 'build') return;
      pending = undefined; // watch mode: rebuild from the current sources
      for (const f of readGlyphSources(o.root).files) this.addWatchFile(join(o.root, f));
      // Subset while the app is bundled; generateBundle and transformIndexHtml await it.
      assets().catch(() => undefined);
    },
    async generateBundle() {
      if (config.command !== 'build') return;
      const a = await assets();
      for (const [fileName, source] of a.files) this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      async handler() {
        return fontTags(await assets(), config.base);
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const m = /\/(fonts\/[\w.-]+)$/.exec(path);
        if (!m?.[1]) return next();
        const wanted = m[1];
        assets().then((a) => {
          const body = a.files.get(wanted);
          if (body === undefined) return next();
          const type = wanted.endsWith('.woff2')
            ? 'font/woff2'
            : wanted.endsWith('.css')
              ? 'text/css; charset=utf-8'
              : 'text/plain; charset=utf-8';
          res.setHeader('Content-Type', type);
          res.end(body);
        }, next);
      });
    },
  };
}

/** `npm run fonts`: the subset size with and without the source documents' characters. */
async function main(): Promise<void> {
  const o = resolveOptions(process.cwd(), { maxBytes: Infinity });
  for (const includeSeeds of [true, false]) {
    const t0 = performance.now();
    const s = await buildSubset({ ...o, includeSeeds });
    console.log(
      `${includeSeeds ? 'map + UI + source documents' : 'map + UI'}: ` +
        `${kB(s.woff2.length)} (${s.woff2.length} bytes), ${[...s.text].length} characters, ` +
        `${s.cached ? 'cached' : 'subset'} in ${Math.round(performance.now() - t0)} ms` +
        `${s.woff2.length > MAX_FONT_BYTES ? ' — OVER BUDGET' : ''}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
