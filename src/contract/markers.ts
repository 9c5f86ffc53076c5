/**
 * Word's export leaves bookmark markers in a document's text (`[bookmark: OLE_LINK9]`,
 * `[bookmark: _GoBack]`). They are part of the source, so evidence offsets count them; the compiler
 * reads past them and the app never shows them.
 */

/** One marker (global: use with replace). */
export const WORD_MARKER = /\[bookmark:[^\]\n]*\]/g;

/**
 * The text as a reader should see it: markers removed.
 * @example withoutMarkers('[bookmark: _GoBack]2.在区…') // → '2.在区…'
 */
export function withoutMarkers(text: string): string {
  return text.replace(WORD_MARKER, '');
}
