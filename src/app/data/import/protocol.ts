/**
 * What the page and the compiler's worker (compile-worker.ts) say to each other, and what a
 * successful import gives the app: a preview (the app state shows it instead of the published map).
 */
import type { ChainMap } from '../../../contract/chain-map.ts';

/** The documents to compile, and where pdf.js' CMaps are (absolute, ending in `/`). */
export interface ImportRequest {
  documents: { name: string; bytes: Uint8Array }[];
  cMapUrl: string;
}

/**
 * A problem: its line as the command line prints it (`file:line:col: severity: message`), and for
 * the compiler's own problems their code and parameters, from which the page words them in its
 * language (i18n/problems.ts).
 */
export interface ProblemLine {
  line: string;
  code?: string;
  params?: Record<string, string | number>;
}

/**
 * The map and every source's text (by the path the map gives it: `textFile`, else `file`), or no
 * map; either way every problem.
 */
export type ImportReply =
  | { map: ChainMap; texts: [string, string][]; problems: ProblemLine[] }
  | { map: null; problems: ProblemLine[] };

/** A map compiled in the page from the visitor's documents, not published. */
export interface Preview {
  map: ChainMap;
  /** The text each source's evidence indexes, by `textFile` (a .docx or .pdf), else `file`. */
  texts: ReadonlyMap<string, string>;
  /** The documents' file names. */
  names: string[];
  /** The compiler's warnings. */
  warnings: ProblemLine[];
}
