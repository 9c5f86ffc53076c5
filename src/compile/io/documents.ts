/**
 * The kinds of document the seeds folder may hold, told by the file name, and how each becomes
 * text: a .txt is decoded (io/decode.ts); a .docx or .pdf goes through its extractor (io/docx.ts,
 * io/pdf.ts), given by the host where pdf.js' CMaps lie (node_modules in Node, the app's own
 * origin in a browser); an old binary Word or WPS file is named as such.
 */
import { EXTRACT_MESSAGES, type Extracted } from './extracted.ts';
import type { PdfOptions } from './pdf.ts';

export type DocumentKind = 'txt' | 'docx' | 'pdf' | 'old-word';

/**
 * The kind of a document by its extension, or null for a file that is no document (the manifest,
 * a README, the `~$…` lock file Word keeps beside a document it has open, a hidden file). `.doc`,
 * `.wps` and their templates are the binary formats before .docx.
 * @example documentKind('措施.DOCX') // → 'docx'
 */
export function documentKind(name: string): DocumentKind | null {
  if (name.startsWith('~$') || name.startsWith('.')) return null;
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'docx' || ext === 'pdf') return ext;
  if (ext === 'doc' || ext === 'dot' || ext === 'wps' || ext === 'wpt') return 'old-word';
  return null;
}

/** The file name without its document extension: `a.pdf` → `a`. */
export function stem(name: string): string {
  return documentKind(name) ? name.replace(/\.[^.]+$/, '') : name;
}

/**
 * The text of a .docx or .pdf document's bytes (the extractors load only when called); `pdf` says
 * where pdf.js finds its CMaps and how it is loaded.
 */
export async function extractWith(
  kind: DocumentKind,
  bytes: Uint8Array,
  pdf: PdfOptions,
): Promise<Extracted> {
  if (kind === 'docx') return (await import('./docx.ts')).extractDocx(bytes);
  if (kind === 'pdf') return (await import('./pdf.ts')).extractPdf(bytes, pdf);
  if (kind === 'old-word') return { error: EXTRACT_MESSAGES['old-word'], kind: 'old-word' };
  return { error: 'a .txt is decoded, not extracted', kind: 'failed' };
}
