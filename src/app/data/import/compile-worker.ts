/**
 * The compiler in a worker: the documents a visitor opens (open-documents.ts) compiled by the same
 * pipeline as `npm run compile` (src/compile/memory.ts), with the curated data of data/*.yaml built
 * into this script. Loaded only when a document is opened; pdf.js and mammoth only for a .pdf or a
 * .docx. Answers once, with the map and the texts, or with the problems.
 */
import { compileInMemory } from '../../../compile/memory.ts';
import { formatProblem } from '../../../compile/problems.ts';
import { browserHost } from './browser-host.ts';
import type { ImportReply, ImportRequest } from './protocol.ts';

const files = import.meta.glob<string>('../../../../data/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
/** data/*.yaml by file name (`taxonomy.yaml` → its text). */
const data = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportReply) => void;
};

scope.onmessage = async (e) => {
  const { documents, cMapUrl } = e.data;
  let reply: ImportReply;
  try {
    const r = await compileInMemory({ documents, data }, browserHost(cMapUrl));
    const problems = r.problems.list.map((p) => ({
      line: formatProblem(p),
      code: p.code,
      params: p.params,
    }));
    reply = r.map ? { map: r.map, texts: [...r.sourceTexts], problems } : { map: null, problems };
  } catch (err) {
    // A failure of the compiler itself, not of the documents: said the way a problem is.
    const name = documents[0]?.name ?? '';
    reply = {
      map: null,
      problems: [{ line: `${name}:1:1: error: ${(err as Error).message ?? err}` }],
    };
  }
  scope.postMessage(reply);
};
