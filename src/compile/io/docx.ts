/**
 * The text of a Word document (.docx), as plain text with one paragraph a line, read with mammoth.
 * Bytes in, text or a problem out; no file system here, and mammoth, fflate and the numbering
 * writer (with its XML parser) are imported on the first call only. What the text keeps, so the document compiles as its .txt would:
 * - a paragraph is a line, however many runs Word split it into; an empty paragraph is an empty
 *   line; a line break inside a paragraph (Shift+Enter) is a line break; a tab is a tab;
 * - Word's automatic list numbers are written in as text (io/docx-numbering.ts): mammoth gives a
 *   numbered paragraph only as "an ordered list item", without its number;
 * - a table row whose cells hold one paragraph each is one line, cells separated by tabs (as Word's
 *   own "plain text" export does); a row with longer cells (a 专栏 box) gives each paragraph its own line;
 * - bookmarks, comments, footnote marks, images and deleted (tracked) text leave nothing;
 * - characters are kept as they are (full-width spaces and digits too).
 */
import { failure, type Extracted } from './extracted.ts';

/** The parts of mammoth's document model this reader walks. */
interface Element {
  type: string;
  value?: string;
  breakType?: string;
  children?: Element[];
}

type Mammoth = typeof import('mammoth');
type Fflate = typeof import('fflate');
type Numbering = typeof import('./docx-numbering.ts');
let libs: Promise<[Mammoth, Fflate, Numbering]> | null = null;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text of `bytes`, a .docx. Deterministic: the same bytes give the same text. An old binary
 * .doc/.wps (or a password-protected .docx, which Word stores in the same container), a damaged
 * zip and a zip that is no Word document each give a problem.
 */
export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  if (OLE.every((b, i) => bytes[i] === b))
    return failure(
      'old-word',
      'or a .docx protected by a password, which Word stores the same way: remove the password and save it as .docx',
    );
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return failure('damaged', 'not a zip package');
  const [mammoth, fflate, { writeListNumbers }] = await (libs ??= Promise.all([
    import('mammoth'),
    import('fflate'),
    import('./docx-numbering.ts'),
  ]));
  let files: Record<string, Uint8Array>;
  try {
    files = fflate.unzipSync(bytes);
  } catch (e) {
    return failure('damaged', `the zip is broken: ${(e as Error).message}`);
  }
  const part = (name: string) => (files[name] ? fflate.strFromU8(files[name]) : '');
  const documentXml = part('word/document.xml');
  if (!documentXml) return failure('damaged', 'a zip, but no Word document in it');
  files['word/document.xml'] = fflate.strToU8(
    writeListNumbers(documentXml, part('word/numbering.xml'), part('word/styles.xml')),
  );
  // Same bytes, same package: fixed entry times, so the rebuilt zip is the same every time.
  const zipped = fflate.zipSync(
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, [v, { mtime: new Date(1980, 0, 1) }] as const]),
    ),
  );
  let body: Element | null = null;
  try {
    await mammoth.convertToHtml(
      // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`.
      {
        buffer: zipped,
        arrayBuffer: zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength),
      } as never,
      {
        // The document model, not mammoth's HTML: the text is built from it below. Handing back
        // an empty document spares mammoth the HTML.
        transformDocument: (doc: Element) => {
          body = doc;
          return { ...doc, children: [] };
        },
      } as never,
    );
  } catch (e) {
    return failure('damaged', (e as Error).message);
  }
  if (!body) return failure('failed', 'mammoth read no document');
  const text = lines(body as Element).join('');
  if (text.trim() === '') return failure('no-text', 'the document has no text');
  return { text };
}

/** The text of a run or anything inside a paragraph. */
function inline(el: Element): string {
  switch (el.type) {
    case 'text':
      return (el.value ?? '').replace(/\r/g, '');
    case 'tab':
      return '\t';
    case 'break':
      return el.breakType === 'line' ? '\n' : '';
    case 'paragraph':
      // A text box's paragraph inside a run: its own line.
      return `\n${(el.children ?? []).map(inline).join('')}\n`;
    case 'run':
    case 'hyperlink':
      return (el.children ?? []).map(inline).join('');
    default:
      // bookmarkStart, noteReference, commentReference, image, checkbox: no text.
      return '';
  }
}

/** Block-level elements as lines, each ending in `\n`. */
function lines(el: Element): string[] {
  switch (el.type) {
    case 'paragraph':
      return [`${(el.children ?? []).map(inline).join('')}\n`];
    case 'table':
      return (el.children ?? []).flatMap(row);
    default:
      return (el.children ?? []).flatMap(lines);
  }
}

/** A table row: one line of tab-separated cells, or each cell's lines when a cell holds more. */
function row(r: Element): string[] {
  const cells = (r.children ?? []).map((c) => (c.children ?? []).flatMap(lines));
  if (cells.every((c) => c.length <= 1))
    return [`${cells.map((c) => (c[0] ?? '').replace(/\n$/, '')).join('\t')}\n`];
  return cells.flat();
}
