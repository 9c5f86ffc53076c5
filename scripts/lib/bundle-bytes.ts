/**
 * Measures a production build the way a browser meets it: the JavaScript and CSS that index.html
 * loads up front, the data file and the font, each gzip-compressed (level 9).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleBytes {
  /** gzip bytes of the scripts index.html loads (entry + modulepreloads). */
  initialJs: number;
  /** gzip bytes of all JavaScript in the build, lazy chunks included. */
  allJs: number;
  css: number;
  data: number;
  /** The first view's map (assets/first-view-<hash>.json), 0 where the build has none. */
  firstViewData: number;
  /** raw bytes of shipped fonts (woff2 is already compressed). */
  font: number;
  files: { file: string; gzip: number }[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function walk(dir: string, base = ''): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p, `${base}${f}/`) : [`${base}${f}`];
  });
}

/** Byte counts for the build in `dist`. */
export function measureBuild(dist: string): BundleBytes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g,
    ),
  ].map((m) => m[1] as string);
  const files = walk(dist);
  const sum = (list: string[]) => list.reduce((n, f) => n + gz(join(dist, f)), 0);
  return {
    initialJs: sum(initial.filter((f) => existsSync(join(dist, f)))),
    allJs: sum(
      files.filter((f) => f.endsWith('.js') && !f.startsWith('sw') && !f.startsWith('workbox')),
    ),
    css: sum(files.filter((f) => f.endsWith('.css'))),
    data: gz(join(dist, 'data/chain-map.json')),
    firstViewData: sum(files.filter((f) => /(^|\/)first-view-[\w-]+\.json$/.test(f))),
    font: files
      .filter((f) => /\.(woff2?|ttf|otf)$/.test(f))
      .reduce((n, f) => n + statSync(join(dist, f)).size, 0),
    files: files.map((file) => ({ file, gzip: gz(join(dist, file)) })),
  };
}

/** Reads budgets.yaml (flat `key: number` lines; comments explain each number). */
export function readBudgets(path: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(\w+):\s*([\d.]+)\s*$/.exec(line);
    if (m) out[m[1] as string] = Number(m[2]);
  }
  return out;
}
