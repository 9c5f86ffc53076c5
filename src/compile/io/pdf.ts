/**
 * The text of a PDF, as plain text with one paragraph a line (io/pdf-lines.ts), read with pdf.js
 * (pdfjs-dist 5.6, the last major line that runs on Node 20). Bytes in, text or a problem out; no
 * file system here. pdf.js is imported on the first call only, so nothing loads it unless a PDF is
 * compiled. Chinese PDFs whose fonts carry no Unicode map need pdf.js' CMaps: where they are is
 * the caller's to say (`cMapUrl`, a folder path in Node, a URL in a browser), and a host whose
 * default loader cannot read that place passes its own `BinaryDataFactory`.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { failure, type Extracted } from './extracted.ts';
import { paragraphs, type TextPiece } from './pdf-lines.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfOptions {
  /** Folder of pdf.js' packed CMaps (`…/pdfjs-dist/cmaps/`), ending in `/`. */
  cMapUrl: string;
  /**
   * Folder of pdf.js' standard font data (`…/pdfjs-dist/standard_fonts/`), ending in `/`. Without
   * it, a PDF that uses one of the 14 standard fonts without embedding it still gives its text.
   */
  standardFontDataUrl?: string;
  /** pdf.js' loader of CMaps and font data, for a host where its default cannot read the folders. */
  BinaryDataFactory?: unknown;
  /** Imports pdf.js; by default its legacy build, which runs in Node. */
  load?: () => Promise<PdfJs>;
}

let pdfjs: Promise<PdfJs> | null = null;

/**
 * The text of `bytes`, a PDF. Deterministic: the same bytes give the same text. A PDF without a
 * text layer (a scan), one that needs a password, or bytes that are no PDF give a problem.
 */
export async function extractPdf(bytes: Uint8Array, opts: PdfOptions): Promise<Extracted> {
  if (!startsWithPdf(bytes)) return failure('damaged', 'no %PDF- header');
  const lib = await (pdfjs ??= (opts.load ?? (() => import('pdfjs-dist/legacy/build/pdf.mjs')))());
  const task = lib.getDocument({
    // pdf.js may take over the buffer it is given (and refuses a Node Buffer): it gets a plain
    // copy, the caller keeps its bytes.
    data: new Uint8Array(bytes),
    cMapUrl: opts.cMapUrl,
    cMapPacked: true,
    ...(opts.standardFontDataUrl ? { standardFontDataUrl: opts.standardFontDataUrl } : {}),
    ...(opts.BinaryDataFactory ? { BinaryDataFactory: opts.BinaryDataFactory as never } : {}),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: TextPiece[][] = [];
    let width = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      width = Math.max(width, page.view[2] ?? 0);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .filter((i): i is TextItem => 'str' in i)
          .map((i) => {
            const [a = 0, b = 0, , , x = 0, y = 0] = i.transform as number[];
            return { str: i.str, x, y, width: i.width, size: Math.hypot(a, b) || i.height };
          }),
      );
      page.cleanup();
    }
    const text = paragraphs(pages, width);
    if (text.trim() === '') return failure('no-text', `${doc.numPages} page(s), no text`);
    return { text };
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') return failure('password');
    if (name === 'InvalidPDFException' || name === 'FormatError')
      return failure('damaged', (e as Error).message);
    return failure('failed', (e as Error).message);
  } finally {
    await task.destroy();
  }
}

/** A PDF starts with `%PDF-` (within its first kilobyte, as readers allow). */
function startsWithPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
