/** Fetching the chain map and source texts at run time. Fetched data is never trusted. */
import { SCHEMA_VERSION, type ChainMap, type Source } from '../../contract/chain-map.ts';
import { stripBom } from '../model/evidence.ts';
import { errorText, LoadError, parseJson, type MapVerdict } from './map-parse.ts';
import { startWorker } from './worker-task.ts';
import { isSafeRelativePath } from './safe-url.ts';

/** Reads a file: `fetch`, or the kiosk file's own answers (data/kiosk-files.ts). */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export { LoadError, parseJson, type LoadErrorKind, type MapVerdict } from './map-parse.ts';

/** The largest map the app will read (issue 6: 20 MB); larger files are refused while downloading. */
export const MAX_MAP_BYTES = 20 * 1024 * 1024;

/**
 * Fetches, parses and validates a chain map: at most `maxBytes` are read (the download is aborted
 * as soon as Content-Length or the bytes received say the file is larger), the bytes must be UTF-8
 * JSON, and the document must pass the schema and the invariants (data/validate-map.ts).
 * Always rejects with a LoadError.
 */
export async function loadChainMap(
  url: string,
  maxBytes = MAX_MAP_BYTES,
  read: Fetch = (input, init) => fetch(input, init),
): Promise<ChainMap> {
  // The checks (the schema compiled at build time, and the invariants) load while the map
  // downloads, in a worker where one can run; they are not part of the first paint's JavaScript.
  const checker = startChecker();
  const abort = new AbortController();
  let bytes: Uint8Array;
  try {
    const res = await read(url, { signal: abort.signal, credentials: 'same-origin' });
    if (res.status === 404 || res.status === 410)
      throw new LoadError('notFound', `HTTP ${res.status}`);
    if (!res.ok) throw new LoadError('network', `HTTP ${res.status}`);
    // A server that answers every path with the site's page (an SPA fallback) means "no such file".
    if (/^text\/html\b/i.test(res.headers.get('content-type') ?? ''))
      throw new LoadError('notFound', 'an HTML page instead of a map');
    bytes = await readLimited(res, maxBytes, abort);
  } catch (e) {
    checker.cancel();
    throw e instanceof LoadError ? e : new LoadError('network', errorText(e));
  }
  // The worker gets a copy (postMessage clones); the page parses its own while the worker checks.
  // Both parse the same bytes, so the map the page shows is the one that was checked, and the
  // bytes are still whole if the worker fails and the checks run here instead.
  const verdict = checker.check(bytes);
  let data: unknown;
  try {
    data = parseJson(bytes);
  } catch (e) {
    checker.cancel();
    throw e;
  }
  const problem = await verdict;
  if (problem) throw new LoadError(problem.kind, problem.detail);
  return data as ChainMap;
}

/** A map check under way: `check` answers once, `cancel` drops it (and its worker). */
interface Checker {
  check: (bytes: Uint8Array) => Promise<MapVerdict>;
  cancel: () => void;
}

/** The checks on this thread, loaded on demand (no workers: the kiosk's file://, Node tests). */
function mainThreadChecker(): Checker {
  const checks = import('./check-map.ts');
  checks.catch(() => undefined); // handled in check(); not an unhandled rejection when unused
  return {
    async check(bytes) {
      let checkMap: (data: unknown) => MapVerdict;
      try {
        ({ checkMap } = await checks);
      } catch (e) {
        throw new LoadError('network', errorText(e));
      }
      try {
        return checkMap(parseJson(bytes));
      } catch (e) {
        if (e instanceof LoadError) return { kind: e.kind, detail: e.detail };
        throw e;
      }
    },
    cancel: () => undefined,
  };
}

/**
 * A checker in a worker (data/check-map-worker.ts), started at once so its script downloads with
 * the map. When the worker cannot start or fails, the checks run on this thread instead.
 */
function startChecker(): Checker {
  const task = startWorker<Uint8Array, MapVerdict>(
    () => new Worker(new URL('./check-map-worker.ts', import.meta.url), { type: 'module' }),
  );
  if (!task) return mainThreadChecker();
  return {
    check: (bytes) => task.ask(bytes).catch(() => mainThreadChecker().check(bytes)),
    cancel: task.cancel,
  };
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

/** True when `x` has the top-level shape of a chain map of this version (schemaVersion 2). */
export function isChainMap(x: unknown): x is ChainMap {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    m.schemaVersion === SCHEMA_VERSION &&
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
export function sourceText(
  file: string,
  read: Fetch = (input, init) => fetch(input, init),
): Promise<string> {
  if (!isSafeRelativePath(file)) return Promise.reject(new LoadError('invalid', 'document path'));
  return fetchText(new URL(file, document.baseURI).href, read);
}

/**
 * The text a source's evidence indexes: for a .docx or .pdf, the text extracted from it
 * (`textFile`, relative to the map file's folder: `dataPath`, the `?data=` map the app state
 * read from the URL, else the published `data/chain-map.json`); for a .txt, the document itself
 * (`file`, relative to the page).
 */
export function sourceTextOf(
  source: Pick<Source, 'file' | 'textFile'>,
  dataPath: string | null = null,
  read: Fetch = (input, init) => fetch(input, init),
): Promise<string> {
  if (!source.textFile) return sourceText(source.file, read);
  const map = dataPath ?? 'data/chain-map.json';
  if (!isSafeRelativePath(source.textFile) || !isSafeRelativePath(map))
    return Promise.reject(new LoadError('invalid', 'document path'));
  const url = new URL(source.textFile, new URL(map, document.baseURI));
  if (url.origin !== new URL(document.baseURI).origin)
    return Promise.reject(new LoadError('invalid', 'document path'));
  return fetchText(url.href, read);
}

function fetchText(url: string, read: Fetch): Promise<string> {
  let p = texts.get(url);
  if (!p) {
    p = read(url).then(async (r) => {
      if (!r.ok) throw new LoadError('network', `HTTP ${r.status}`);
      return stripBom(await r.text());
    });
    p.catch(() => texts.delete(url));
    texts.set(url, p);
  }
  return p;
}
