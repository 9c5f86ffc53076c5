/** Fetching the chain map and source texts at run time. */
import type { ChainMap } from '../../contract/chain-map.ts';
import { stripBom } from './evidence.ts';

/** Why a map could not be shown. */
export class LoadError extends Error {}

/**
 * Fetches and sanity-checks a chain map (the compiler validated it against the schema; this only
 * guards against a wrong file, e.g. an HTML 404 page or another JSON document).
 */
export async function loadChainMap(url: string): Promise<ChainMap> {
  let data: unknown;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new LoadError(`HTTP ${res.status}`);
    data = await res.json();
  } catch (e) {
    throw e instanceof LoadError ? e : new LoadError(String(e));
  }
  if (!isChainMap(data)) throw new LoadError('not a chain map');
  return data;
}

/** True when `x` has the top-level shape of a schemaVersion 1 chain map. */
export function isChainMap(x: unknown): x is ChainMap {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    m.schemaVersion === 1 &&
    Array.isArray(m.nodes) &&
    Array.isArray(m.links) &&
    Array.isArray(m.sources) &&
    Array.isArray(m.chains) &&
    m.nodes.every(
      (n) => typeof n === 'object' && n !== null && typeof (n as { id?: unknown }).id === 'string',
    )
  );
}

const texts = new Map<string, Promise<string>>();

/** The text of a source file (relative to the page), BOM removed, fetched once. */
export function sourceText(file: string): Promise<string> {
  const url = new URL(file, document.baseURI).href;
  let p = texts.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new LoadError(`HTTP ${r.status}`);
      return stripBom(await r.text());
    });
    p.catch(() => texts.delete(url));
    texts.set(url, p);
  }
  return p;
}
