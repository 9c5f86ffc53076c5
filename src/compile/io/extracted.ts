/**
 * What an extractor (io/docx.ts, io/pdf.ts) gives for a document's bytes: its plain text, one
 * paragraph a line, or what is wrong and what to do about it. Extractors take bytes, touch no file
 * system and load their libraries on first use, so a browser worker can run them as they are.
 */
export type Extracted = { text: string } | { error: string; kind: ExtractProblem; detail?: string };

/** Why a document gave no text; `error` says it in Chinese and English, for the command line. */
export type ExtractProblem =
  | 'no-text' // a PDF without a text layer (scanned)
  | 'password' // a PDF or Word file that needs a password
  | 'old-word' // .doc / .wps: the binary formats before .docx
  | 'damaged' // not the format its name says, or broken
  | 'failed'; // the library failed on it for another reason

/** The sentence for each problem: what happened, then what to do. */
export const EXTRACT_MESSAGES: Record<ExtractProblem, string> = {
  'no-text': '没有文字层 / no text layer (a scanned PDF?): run OCR on it or provide the .txt',
  password: '文件有密码保护 / protected by a password: save a copy without the password',
  'old-word': '旧版 Word/WPS 文件 / an old binary Word or WPS file: open it and save it as .docx',
  damaged:
    '文件已损坏或格式不符 / damaged, or not the format its name says: open it and save it again',
  failed: '无法读取文字 / the text could not be read: save it as .txt and compile that',
};

/** The failure `kind`, with its message and, when useful, a detail from the library. */
export function failure(kind: ExtractProblem, detail?: string): Extracted {
  const message = EXTRACT_MESSAGES[kind];
  return detail ? { error: `${message} (${detail})`, kind, detail } : { error: message, kind };
}
