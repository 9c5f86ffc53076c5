/**
 * Ships a CJK font subset with the build, so Chinese text looks the same on machines without CJK
 * fonts (kiosks, projector PCs, CI). At build time it collects the characters of the map, the
 * source documents and the UI strings (build/collect-glyphs.ts), subsets Noto Sans SC Regular
 * (SIL OFL 1.1, from @expo-google-fonts/noto-sans-sc) with harfbuzz (subset-font) to a woff2, and
 * emits:
 *
 * - `fonts/chainmap-sc-<hash>.woff2` — the subset;
 * - `fonts/chainmap-sc-first-<hash>.woff2` — a small subset of only the characters of the portal's
 *   first screen (the loading page, header, search box, legend, share menu and update prompt in
 *   both languages, and the chain's own name, region and metrics; `firstScreenTexts`);
 * - `fonts/chainmap-sc-<hash>.css` — `@font-face` for "ChainMap Sans SC": the subset, and the
 *   first-screen subset with a `unicode-range` of exactly its characters, declared last so the
 *   browser takes those characters from it; every other character comes from the full subset,
 *   which the browser fetches when the page first shows one (the view and the details panel, after
 *   the first paint). Also "Noto Sans SC", which the app's font stacks already list (an installed
 *   full Noto Sans SC first), the custom property `--font-cjk`, and a zero-specificity default
 *   font stack;
 * - `fonts/OFL.txt` — the font licence, which the OFL requires to travel with the font;
 *
 * and injects the stylesheet (inline: one request fewer before the first paint; the CSP allows
 * inline styles, not scripts) and `<link rel="preload" as="font" crossorigin>` for the
 * first-screen subset only into index.html. So the
 * first paint needs a few kB of font rather than the whole subset, which would compete with the
 * app's script and data for the connection; all faces use `font-display: swap`. With
 * `firstScreen: false` (the single-file kiosk, where nothing is downloaded) only the full subset
 * is shipped and preloaded. Subsets are cached in
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
import { glyphText, readGlyphSources, stringsInJson } from './collect-glyphs.ts';
import { strings } from '../src/app/i18n/strings.ts';
import { modeStrings } from '../src/app/i18n/modes.ts';
import { chainView, pickChain } from '../src/app/model/chain-view.ts';
import { buildGraph, type Graph } from '../src/app/model/graph.ts';
import { customers, panorama, park } from '../src/app/layout/panorama.ts';
import type { ChainMap, ChainNode, Link } from '../src/contract/chain-map.ts';
import { SHIPPED_FONT } from '../src/app/render/theme.ts';

/** The CSS font family of the shipped subset (named once, in the app's theme). */
export const FONT_FAMILY = SHIPPED_FONT;

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
  /**
   * Whether to ship the small first-screen subset too and preload it instead of the full one;
   * default: true, except in the kiosk build (`vite build --mode kiosk`), which inlines one font.
   */
  firstScreen?: boolean;
  /** Whether index.html carries the stylesheet inline (fontTags); default: as `firstScreen`. */
  inlineCss?: boolean;
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
  /** The first-screen subset and its output path, when shipped. */
  first: { subset: FontSubset; fontFile: string } | null;
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

/**
 * The components drawn in the portal's first screen (modes/portal/Portal.svelte mounts the view and the details
 * panel after it, src/app/views/lazy-parts.ts; the update prompt's "ready offline" shows soon after
 * the first visit), relative to the root.
 */
export const FIRST_SCREEN_FILES = [
  'src/app/modes/portal/Portal.svelte',
  'src/app/components/Header.svelte',
  'src/app/components/SearchBox.svelte',
  'src/app/components/Legend.svelte',
  'src/app/components/ShareMenu.svelte',
  'src/app/components/UpdatePrompt.svelte',
  'src/app/components/Breadcrumb.svelte',
  // The view a chain opens on.
  'src/app/views/panorama/PanoramaView.svelte',
];

/** Every string in a UI dictionary entry (functions by their source, which holds their text). */
function entryTexts(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'function') return [String(v)];
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(entryTexts);
  return [];
}

/**
 * The texts of the first screen: index.html (the loading page), the literal text of the
 * first-screen components, the entries of the UI dictionaries (both languages) those components
 * read as `t.<key>` or `m.<key>` (not the error messages), and the chain the app opens on (its
 * name, place and metrics in the header: the featured chain of the atlas, src/app/model/chain-view.ts).
 * Only a performance hint: a character left out is still drawn, from the full subset.
 */
export function firstScreenTexts(root: string): string[] {
  // A file named here that is gone (renamed, moved) fails the build by its name: skipping it would
  // quietly leave its text out of the first screen's font.
  const gone = FIRST_SCREEN_FILES.filter((f) => !existsSync(join(root, f)));
  if (gone.length)
    throw new Error(
      `cjk-font: first-screen file${gone.length > 1 ? 's' : ''} not found: ${gone.join(', ')} — update FIRST_SCREEN_FILES in build/vite-plugin-cjk-font.ts`,
    );
  const files = ['index.html', ...FIRST_SCREEN_FILES]
    .map((f) => join(root, f))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'));
  const keys = new Set<string>();
  for (const src of files) for (const m of src.matchAll(/\b[tm]\.(\w+)/g)) keys.add(m[1] as string);
  keys.delete('errors'); // an error page replaces the first screen
  keys.add('noneSelected'); // the details panel, before anything is chosen
  const dictionaries: Record<string, unknown>[] = [
    strings('zh'),
    strings('en'),
    modeStrings('zh'),
    modeStrings('en'),
  ];
  const picked = dictionaries.flatMap((d) =>
    Object.entries(d)
      .filter(([k]) => keys.has(k))
      .flatMap(([, v]) => entryTexts(v)),
  );
  const mapPath = join(root, 'data/chain-map.json');
  const parsed = existsSync(mapPath)
    ? (JSON.parse(readFileSync(mapPath, 'utf8')) as Partial<ChainMap>)
    : null;
  const chain = parsed ? stringsInJson(pickChain({ chains: parsed.chains ?? [] })) : [];
  // The panorama it opens on: the chain's segments, the firms on their cards, park and customers.
  // Laid out by the panorama's own code (src/app/layout/panorama.ts), so the font follows what it draws.
  const panorama =
    parsed?.chains && parsed.nodes && parsed.links
      ? panoramaNodes(
          buildGraph(chainView(parsed as ChainMap)),
          pickChain({ chains: parsed.chains })?.id,
          parsed.links,
        ).flatMap((n) => [n.name.zh, n.name.en])
      : [];
  // The places: the breadcrumb above it names the chain's zone and city, the city page the rest.
  const places =
    parsed?.nodes?.filter((n) => n.kind === 'region').flatMap((n) => [n.name.zh, n.name.en]) ?? [];
  return [...files, ...picked, ...chain, ...panorama, ...places];
}

/** The nodes the panorama shows: each card's segment and its firms, the park and the customers. */
function panoramaNodes(g: Graph, chainId: string | undefined, links: readonly Link[]): ChainNode[] {
  const cards = panorama(g).flatMap((c) => c.cards.flatMap((card) => [card.node, ...card.firms]));
  const p = park(g);
  return [...cards, ...(p ? [p] : []), ...customers(g, chainId, links)];
}

/** Printable ASCII: always in the first-screen subset (Latin text, digits, English UI). */
const ASCII = String.fromCharCode(...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i));

/**
 * The first-screen subset: the characters of `firstScreenTexts` (and ASCII) that the full
 * subset `full` has, so the two never disagree about a character.
 */
export async function buildFirstScreenSubset(
  o: ResolvedCjkFontOptions,
  full: FontSubset,
): Promise<FontSubset> {
  const inFull = new Set(full.text);
  const text = [...glyphText(firstScreenTexts(o.root), ASCII)]
    .filter((c) => inFull.has(c))
    .join('');
  const r = await cachedSubset(o.fontFile, text, o.cacheDir);
  return { ...r, text, withSeeds: false, files: [...FIRST_SCREEN_FILES, 'index.html'] };
}

/**
 * The rest of the subset `full` once the first screen's characters are served by `first`: the
 * two files share no glyph, so a reader downloads each character once.
 */
export async function buildRestSubset(
  o: ResolvedCjkFontOptions,
  full: FontSubset,
  first: FontSubset,
): Promise<FontSubset> {
  const inFirst = new Set(first.text);
  const text = [...full.text].filter((c) => !inFirst.has(c)).join('');
  const r = await cachedSubset(o.fontFile, text, o.cacheDir);
  return { ...r, text, withSeeds: full.withSeeds, files: full.files };
}

/**
 * A CSS `unicode-range` value covering exactly the characters of `text`, runs merged.
 * @example unicodeRange('abc中') // → 'U+61-63, U+4E2D'
 */
export function unicodeRange(text: string): string {
  const cps = [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const out: string[] = [];
  const hex = (n: number): string => n.toString(16).toUpperCase();
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && (cps[j + 1] as number) === (cps[j] as number) + 1) j++;
    const [a, b] = [cps[i] as number, cps[j] as number];
    out.push(a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** Fills in the defaults of `options`, with `root` as the fallback root. */
export function resolveOptions(root: string, options: CjkFontOptions): ResolvedCjkFontOptions {
  const r = resolve(options.root ?? root);
  return {
    root: r,
    maxBytes: options.maxBytes ?? MAX_FONT_BYTES,
    includeSeeds: options.includeSeeds ?? 'auto',
    fontFile: options.fontFile ?? defaultFontFile(),
    cacheDir: options.cacheDir ?? join(r, 'node_modules/.cache/chainmap-cjk-font'),
    firstScreen: options.firstScreen ?? true,
    inlineCss: options.inlineCss ?? options.firstScreen ?? true,
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

/**
 * The stylesheet for the subset at `fontUrl` (relative to the stylesheet), and for the first-screen
 * subset at `first.url` with its characters `first.text` when given.
 */
export function fontCss(
  fontUrl: string,
  note: string,
  first?: { url: string; text: string },
): string {
  const src = `url("${fontUrl}") format("woff2")`;
  const face = (family: string, sources: string, range?: string): string =>
    `@font-face {\n  font-family: "${family}";\n  src: ${sources};\n  font-weight: 400;\n` +
    `  font-style: normal;\n  font-display: swap;\n` +
    (range ? `  unicode-range: ${range};\n` : '') +
    `}\n`;
  return (
    `/* ${note} */\n` +
    face(FONT_FAMILY, src) +
    (first
      ? "/* The first screen's characters, from a small preloaded file (a later face wins); the\n" +
        '   file above has every other character and none of these. */\n' +
        face(FONT_FAMILY, `url("${first.url}") format("woff2")`, unicodeRange(first.text))
      : '') +
    '/* The same subset under the name the app already lists; an installed full font wins. */\n' +
    face('Noto Sans SC', `local("Noto Sans SC"), local("NotoSansSC-Regular"), ${src}`) +
    (first
      ? face(
          'Noto Sans SC',
          `local("Noto Sans SC"), local("NotoSansSC-Regular"), url("${first.url}") format("woff2")`,
          unicodeRange(first.text),
        )
      : '') +
    `:where(:root) {\n  ${FONT_VAR}: ${FONT_STACK};\n}\n` +
    `:where(:root, body, button, input, select, textarea) {\n  font-family: var(${FONT_VAR});\n}\n`
  );
}

/**
 * The woff2 files, stylesheet and licence to ship for `subset` (and the first-screen subset
 * `first`, if any, in which case `subset` holds the other characters: buildRestSubset), with
 * content-hashed names.
 */
export function fontAssets(subset: FontSubset, fontFile: string, first?: FontSubset): FontAssets {
  const name = `fonts/chainmap-sc-${sha(subset.woff2).slice(0, 8)}.woff2`;
  const firstName = first ? `fonts/chainmap-sc-first-${sha(first.woff2).slice(0, 8)}.woff2` : null;
  const kinds = `(map, UI${subset.withSeeds ? ', source documents' : ''})`;
  const note =
    `${FONT_FAMILY}: Noto Sans SC Regular subset to ` +
    (first
      ? `${[...subset.text].length + [...first.text].length} characters ${kinds}, in two files: ` +
        `the ${[...first.text].length} of the first screen and the ${[...subset.text].length} others`
      : `${[...subset.text].length} characters ${kinds}`) +
    '. SIL Open Font License 1.1, see OFL.txt.';
  const rel = (f: string): string => `./${f.slice('fonts/'.length)}`;
  const css = fontCss(
    rel(name),
    note,
    first && firstName ? { url: rel(firstName), text: first.text } : undefined,
  );
  const cssFile = `fonts/chainmap-sc-${sha(css).slice(0, 8)}.css`;
  const licenceFile = 'fonts/OFL.txt';
  const licencePath = join(dirname(fontFile), '..', 'LICENSE_FONT');
  const licence = existsSync(licencePath)
    ? readFileSync(licencePath, 'utf8')
    : 'Noto Sans SC — SIL Open Font License, Version 1.1: https://openfontlicense.org\n';
  return {
    subset,
    fontFile: name,
    first: first && firstName ? { subset: first, fontFile: firstName } : null,
    cssFile,
    licenceFile,
    files: new Map<string, Buffer | string>([
      [name, subset.woff2],
      ...(first && firstName ? [[firstName, first.woff2] as [string, Buffer]] : []),
      [cssFile, css],
      [licenceFile, licence],
    ]),
  };
}

/**
 * The tags for `assets`, with URLs under `base` (Vite's `base`, e.g. `./` or `/app/`): a preload
 * of the first-screen subset (or of the subset, without one), and the stylesheet — inline when
 * `inline` (the web build: its 2 kB would otherwise be a render-blocking request of its own, one
 * round trip before the first paint; the CSP allows inline styles), linked otherwise (the kiosk
 * build inlines it itself, with the font as a data: URL: build/vite-plugin-kiosk.ts).
 */
export function fontTags(assets: FontAssets, base: string, inline = false): HtmlTagDescriptor[] {
  const prefix = base === '' || base === './' ? './' : base.endsWith('/') ? base : `${base}/`;
  const css = String(assets.files.get(assets.cssFile) ?? '');
  return [
    {
      tag: 'link',
      attrs: {
        rel: 'preload',
        href: prefix + (assets.first?.fontFile ?? assets.fontFile),
        as: 'font',
        type: 'font/woff2',
        crossorigin: '',
      },
      injectTo: 'head',
    },
    inline
      ? {
          tag: 'style',
          // The stylesheet's URLs are relative to fonts/; the page's are relative to the page.
          children: css.replaceAll('url("./', `url("${prefix}fonts/`),
          injectTo: 'head',
        }
      : {
          tag: 'link',
          attrs: { rel: 'stylesheet', href: prefix + assets.cssFile },
          injectTo: 'head',
        },
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
      const first = o.firstScreen ? await buildFirstScreenSubset(o, subset) : undefined;
      // With a first-screen file, the other file holds only the other characters.
      const rest = first ? await buildRestSubset(o, subset, first) : subset;
      const a = fontAssets(rest, o.fontFile, first);
      const ms = Math.round(performance.now() - t0);
      config.logger.info(
        `[cjk-font] ${a.fontFile} ${kB(rest.woff2.length)}, ${[...rest.text].length} characters` +
          ` (map + UI${subset.withSeeds ? ' + source documents' : ''})` +
          (first && a.first
            ? `; ${a.first.fontFile} ${kB(first.woff2.length)}, ${[...first.text].length} characters (first screen)`
            : '') +
          `, ${subset.cached ? 'cached' : 'subset'} in ${ms} ms`,
      );
      return a;
    })();
    return pending;
  };
  return {
    name: 'chainmap-cjk-font',
    configResolved(c) {
      config = c;
      o = resolveOptions(c.root, { firstScreen: c.mode !== 'kiosk', ...options });
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
      for (const [fileName, source] of a.files)
        // An inlined stylesheet is not shipped a second time as a file.
        if (!(o.inlineCss && fileName === a.cssFile))
          this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      async handler() {
        return fontTags(await assets(), config.base, o.inlineCss);
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
