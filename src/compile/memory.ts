/**
 * The compiler on files held in memory: what a browser worker runs on the documents a visitor opens
 * (src/app/data/import/). The same pipeline as `npm run compile`, with no file system: the
 * documents are given as bytes, the curated data (data/*.yaml) as text, and the host says how to
 * check schemas, extract and hash where it runs.
 */
import { compileFolders, type CompileResult } from './pipeline.ts';
import type { CompileHost } from './host.ts';
import { memoryFolder } from './io/folder.ts';

export type { CompileResult } from './pipeline.ts';

export interface MemoryInput {
  /** The documents (`.txt`, `.docx`, `.pdf`), each named by its file name; problems name them so. */
  documents: readonly { name: string; bytes: Uint8Array }[];
  /** The curated data by file name (`taxonomy.yaml` …), as text; problems name them `data/…`. */
  data: Readonly<Record<string, string>>;
}

/**
 * Compiles `input.documents` with `input.data`, as the command line would compile a seeds folder
 * holding just those documents.
 * @example (await compileInMemory({ documents: [{ name: '措施.txt', bytes }], data }, host)).map?.chains[0]?.name.zh
 *   // → '汽车热管理产业链'
 */
export function compileInMemory(input: MemoryInput, host: CompileHost): Promise<CompileResult> {
  const utf8 = new TextEncoder();
  const data = Object.entries(input.data).map(([name, text]) => ({
    name,
    bytes: utf8.encode(text),
  }));
  return compileFolders(memoryFolder('', input.documents), memoryFolder('data', data), host);
}
