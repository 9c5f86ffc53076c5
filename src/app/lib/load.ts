/** Fetching the chain map and source texts at run time. Fetched data is never trusted. */
import type { ChainMap } from '../../contract/chain-map.ts';
import { stripBom } from './evidence.ts';
import { isSafeRelativePath } from './url-state.ts';

/** What went wrong while loading a map; each kind has its own message in both languages. */
export type LoadErrorKind =
  'notFound' | 'network' | 'tooLarge' | 'corrupt' | 'version' | 'schema' | 'invalid';

/** Why a map could not be shown: a kind for the message, a short technical detail (no stack). */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly detail = '',
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
  }
}

/** The largest map the app will read (issue 6: 20 MB); larger files are refused while downloading. */
export const MAX_MAP_BYTES = 20 * 1024 * 1024;

/**
 * Fetches, parses and validates a chain map: at most `maxBytes` are read (the download is aborted
 * as soon as Content-Length or the bytes received say the file is larger), the bytes must be UTF-8
 * JSON, and the document must pass the schema and the invariants (lib/validate-map.ts).
 * Always rejects with a LoadError.
 */
export async function loadChainMap(url: string, maxBytes = MAX_MAP_BYTES): Promise<ChainMap> {
  // The checks (the schema compiled at build time, and the invariants) load while the map
  // downloads; they are not part of the first paint's JavaScript.
  const checks = import('./check-map.ts');
  checks.catch(() => undefined); // handled below; not an unhandled rejection when the fetch fails first
  const abort = new AbortController();
  let bytes: Uint8Array;
  try {
    const res = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
    if (res.status === 404 || res.status === 410)
      throw new LoadError('notFound', `HTTP ${res.status}`);
    if (!res.ok) throw new LoadError('network', `HTTP ${res.status}`);
    // A server that answers every path with the site's page (an SPA fallback) means "no such file".
    if (/^text\/html\b/i.test(res.headers.get('content-type') ?? ''))
      throw new LoadError('notFound', 'an HTML page instead of a map');
    bytes = await readLimited(res, maxBytes, abort);
  } catch (e) {
    throw e instanceof LoadError ? e : new LoadError('network', errorText(e));
  }
  const data = parseJson(bytes);
  let checkMap: (data: unknown) => { kind: LoadErrorKind; detail: string } | null;
  try {
    ({ checkMap } = await checks);
  } catch (e) {
    throw new LoadError('network', errorText(e));
  }
  const problem = checkMap(data);
  if (problem) throw new LoadError(problem.kind, problem.detail);
  return data as ChainMap;
}

/**
 * The body of `res`, refusing more than `max` bytes: by Content-Length before reading, and by
 * counting while reading (a server may not send the header, or lie). Aborts the download early.
 */
export async function readLimited(
  res: Response,
  max: number,
  abort?: AbortController,
): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    abort?.abort();
    throw new LoadError('tooLarge', `${declared} bytes`);
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      abort?.abort();
      throw new LoadError('tooLarge', `> ${max} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Strict UTF-8 (BOM allowed) JSON, or a LoadError 'corrupt'.
 * parseJson(new TextEncoder().encode('{"a":1}')) → { a: 1 }
 */
export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes))) as unknown;
  } catch (e) {
    throw new LoadError('corrupt', errorText(e));
  }
}

function errorText(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
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

/**
 * The text of a source file (relative to the page), BOM removed, fetched once. The path comes from
 * the map, so only a same-origin relative path is fetched.
 */
export function sourceText(file: string): Promise<string> {
  if (!isSafeRelativePath(file)) return Promise.reject(new LoadError('invalid', 'document path'));
  const url = new URL(file, document.baseURI).href;
  let p = texts.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new LoadError('network', `HTTP ${r.status}`);
      return stripBom(await r.text());
    });
    p.catch(() => texts.delete(url));
    texts.set(url, p);
  }
  return p;
}
