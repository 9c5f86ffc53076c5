/**
 * Strict UTF-8 decoding with a position for the first bad byte, so a GBK-encoded document gets a
 * clear `file:line:col` error instead of mojibake in the map. A leading BOM is removed.
 */
export type Decoded =
  { text: string; error: null } | { text: null; error: string; line: number; col: number };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, error: null };
  } catch {
    // Find the first invalid sequence by decoding growing prefixes line by line.
    let line = 1;
    let lineStart = 0;
    const good = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 10) {
        try {
          good.decode(bytes.subarray(lineStart, i));
        } catch {
          break;
        }
        line++;
        lineStart = i + 1;
      }
    }
    const lenient = new TextDecoder('utf-8').decode(bytes.subarray(lineStart));
    const col = Math.max(1, lenient.indexOf('\ufffd') + 1);
    return {
      text: null,
      error: 'not valid UTF-8 text (is it GBK? save it as UTF-8)',
      line,
      col,
    };
  }
}
