/**
 * The app state that lives in the URL: `?view=sankey&node=<id>&q=…&lang=en&data=…`.
 * Defaults are left out, so the default view has the bare URL.
 */
import { isSafeRelativePath } from '../data/safe-url.ts';
import { VIEWS, type Lang, type View } from './ui.ts';

/** Everything a shared link restores. */
export interface UrlState {
  view: View;
  node: string | null;
  q: string;
  lang: Lang;
  data: string | null;
  /** The chain on screen (a chain or an industry of the atlas); null: the featured chain. */
  chain: string | null;
  /** A place whose page is on screen (the city's zones × industries); null: a chain's page. */
  region: string | null;
}

/** A URL parameter the app cannot honour. */
export type UrlProblem = { kind: 'view'; value: string } | { kind: 'dataUrl'; value: string };

/** The state of the bare URL. */
export const DEFAULT_STATE: UrlState = {
  view: 'panorama',
  node: null,
  q: '',
  lang: 'zh',
  data: null,
  chain: null,
  region: null,
};

/**
 * Reads the state from a query string; an unknown view is reported (and falls back to force).
 * parseUrl('?view=sankey&node=mid-eev') → { state: { view: 'sankey', node: 'mid-eev', … }, problems: [] }
 */
export function parseUrl(search: string): { state: UrlState; problems: UrlProblem[] } {
  const p = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const rawView = p.get('view');
  let view: View = DEFAULT_STATE.view;
  if (rawView !== null) {
    if ((VIEWS as readonly string[]).includes(rawView)) view = rawView as View;
    else problems.push({ kind: 'view', value: cleanParam(rawView, 40) });
  }
  const data = p.get('data');
  if (data !== null && !isSafeRelativePath(data))
    problems.push({ kind: 'dataUrl', value: cleanParam(data, MAX_ID) });
  return {
    state: {
      view,
      node: cleanParam(p.get('node') ?? '', MAX_ID) || null,
      q: cleanParam(p.get('q') ?? '', MAX_QUERY),
      lang: p.get('lang') === 'en' ? 'en' : 'zh',
      data: data || null,
      chain: cleanParam(p.get('chain') ?? '', MAX_ID) || null,
      region: cleanParam(p.get('region') ?? '', MAX_ID) || null,
    },
    problems,
  };
}

/** Longest node id the schema allows; longer `node` values are cut (they match nothing anyway). */
const MAX_ID = 120;
/** Longest search query taken from the URL (a pasted 100 kB `q` must not stall the search). */
export const MAX_QUERY = 200;

// C0/C1 controls (NUL, newlines, escape…) and the bidi marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A URL parameter made safe to keep and show: control characters and bidirectional overrides
 * (which could make a shown value read differently from what it is) removed, then cut to `max`
 * characters. cleanParam('a\u202Egpj.exe', 10) → 'agpj.exe'; cleanParam('x'.repeat(500), 3) → 'xxx'
 */
export function cleanParam(value: string, max: number): string {
  const clean = value.replace(UNSAFE_CHARS, '');
  return [...clean].slice(0, max).join('');
}

/** Writes the state as a query string without defaults: toSearch({…DEFAULT_STATE, view: 'sankey'}) → '?view=sankey'. */
export function toSearch(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.data) p.set('data', s.data);
  if (s.region) p.set('region', s.region);
  if (s.chain) p.set('chain', s.chain);
  if (s.view !== DEFAULT_STATE.view) p.set('view', s.view);
  if (s.node) p.set('node', s.node);
  if (s.q) p.set('q', s.q);
  if (s.lang !== DEFAULT_STATE.lang) p.set('lang', s.lang);
  const str = p.toString();
  return str ? `?${str}` : '';
}

/** The URL to fetch a `?data=` path from, resolved against the page; null when it leaves the origin. */
export function resolveDataUrl(path: string, pageUrl: string): string | null {
  if (!isSafeRelativePath(path)) return null;
  const url = new URL(path, pageUrl);
  return url.origin === new URL(pageUrl).origin ? url.href : null;
}
