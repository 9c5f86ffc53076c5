/**
 * Loading errors and the parsing of a downloaded map: shared by the page (data/load.ts) and the
 * worker that checks maps (data/check-map-worker.ts).
 */
import { stripBom } from '../model/evidence.ts';

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

/** The first problem of a downloaded map (its kind and a short detail), or null when it is valid. */
export type MapVerdict = { kind: LoadErrorKind; detail: string } | null;

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

/** A short message for `e` (at most 200 characters), never a stack. */
export function errorText(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
