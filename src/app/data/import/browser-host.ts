/**
 * The compiler's host in a browser worker (src/compile/host.ts): the schema checks as code
 * generated at build time (no `eval` under the page's CSP), pdf.js run inside this worker (its own
 * "worker" part too, so no second worker) with its CMaps fetched from the app's own origin, and
 * SHA-256 from `crypto.subtle`, or in plain JavaScript where a page without HTTPS has none.
 */
import * as inputs from 'virtual:compiler-validators';
import mapSchema from 'virtual:chain-map-validator';
import { version } from '../../../../package.json';
import type { CompileHost, Validate } from '../../../compile/host.ts';
import { extractWith } from '../../../compile/io/documents.ts';
import { sha256Hex } from './sha256.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * pdf.js with its parser in this thread: it looks for `globalThis.pdfjsWorker` before it would start
 * a worker of its own. The legacy build, as the command line uses: the same text from the same bytes.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const parser = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/**
 * pdf.js' loader of its binary data (`BinaryDataFactory`), for a worker: pdf.js' own asks
 * `document.baseURI`, which a worker lacks. Reads CMaps from `cMapUrl` (the app's origin, precached
 * by the service worker); no standard font data is shipped, which text extraction does without.
 */
class OriginBinaryData {
  readonly #cMapUrl: string | null;
  constructor({ cMapUrl }: { cMapUrl: string | null }) {
    this.#cMapUrl = cMapUrl;
  }
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind !== 'cMapUrl' || !this.#cMapUrl) throw new Error(`no ${kind} data in this app`);
    const res = await fetch(new URL(filename, this.#cMapUrl));
    if (!res.ok) throw new Error(`Unable to load CMap data at: ${filename}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

async function sha256(bytes: Uint8Array): Promise<string> {
  if (!globalThis.crypto?.subtle) return sha256Hex(bytes);
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The host, with pdf.js' CMaps at `cMapUrl` (absolute, ending in `/`). */
export function browserHost(cMapUrl: string): CompileHost {
  return {
    generator: `chainmap-compiler ${version}`,
    validators: { ...inputs, map: mapSchema as Validate },
    extract: (kind, bytes) =>
      extractWith(kind, bytes, {
        cMapUrl,
        BinaryDataFactory: OriginBinaryData,
        load: loadPdfJs,
      }),
    sha256,
  };
}
