/**
 * 导入文件: the documents a visitor opens, compiled in a worker (compile-worker.ts) into a preview.
 * Files that are no document (by their name) or too large are refused before they are read; every
 * problem is a line as the command line prints it (`file:line:col: severity: message`): the page's
 * own in Chinese and English, the compiler's with their code and parameters, which the page words
 * in Chinese (i18n/problems.ts).
 */
import { documentKind } from '../../../compile/io/documents.ts';
import type { ImportReply, ImportRequest, Preview, ProblemLine } from './protocol.ts';

/** The largest document opened (the same limit as a map the app loads: 20 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A preview, or the problems that kept the documents from making one. */
export type Opened = { preview: Preview } | { problems: ProblemLine[] };

const problem = (file: string, message: string): string => `${file}:1:1: error: ${message}`;

/**
 * Why `file` is refused before it is read, or null. A .doc or .wps goes on to the compiler, which
 * says what to do with it.
 * @example refusal({ name: 'a.xlsx', size: 9 }) // → 'a.xlsx:1:1: error: 不支持的文件类型 / …'
 */
export function refusal(file: { name: string; size: number }): string | null {
  if (documentKind(file.name) === null)
    return problem(
      file.name,
      '不支持的文件类型 / not a document the compiler reads: open a .txt, .docx or .pdf',
    );
  if (file.size > MAX_IMPORT_BYTES)
    return problem(
      file.name,
      `文件过大 / too large (${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB)`,
    );
  return null;
}

/**
 * Compiles `files` in a worker. `base` is the app's address, where pdf.js' CMaps are served
 * (`pdfjs/cmaps/`). A map with no chain and no industry in it is no preview: what the compiler
 * said about the documents is the answer then.
 */
export async function openDocuments(files: readonly File[], base: string): Promise<Opened> {
  const refused = files.map(refusal).filter((p) => p !== null);
  if (refused.length > 0) return { problems: refused.map((line) => ({ line })) };
  const names = files.map((f) => f.name);
  const documents = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const reply = await compileInWorker({
    documents,
    cMapUrl: new URL('pdfjs/cmaps/', base).href,
  }).catch(
    (e: unknown): ImportReply => ({
      map: null,
      problems: [
        {
          line: problem(
            names.join(', '),
            `无法在本页生成图谱 / the compiler did not run: ${String(e)}`,
          ),
        },
      ],
    }),
  );
  if (!reply.map) return { problems: reply.problems };
  if (reply.map.chains.length === 0)
    return {
      problems: [
        {
          line: problem(
            names.join(', '),
            '没有读出产业链 / no chain or industry was read: a chain document names its place and chain in its title (…产业链…措施, …行动方案), a plan its industries',
          ),
        },
        ...reply.problems,
      ],
    };
  return {
    preview: {
      map: reply.map,
      texts: new Map(reply.texts),
      names,
      warnings: reply.problems,
    },
  };
}

/**
 * Asks the compiler's worker, which answers once; rejects when it cannot start or fails. Not
 * data/worker-task.ts's `startWorker`, which takes the first message as the answer: pdf.js, loaded
 * in the worker for a PDF, first announces itself on the worker's port (`{ action: 'ready' }`).
 */
function compileInWorker(request: ImportRequest): Promise<ImportReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module' });
    const done = (): void => worker.terminate();
    worker.onmessage = (e: MessageEvent<ImportReply | { action?: string }>) => {
      if (!('problems' in e.data)) return;
      done();
      resolve(e.data);
    };
    worker.onerror = worker.onmessageerror = (e: Event) => {
      e.preventDefault();
      done();
      reject(new Error('the worker failed'));
    };
    worker.postMessage(request);
  });
}
