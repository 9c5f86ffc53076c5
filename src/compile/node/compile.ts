/**
 * The compiler in Node: the seeds and data folders of the file system through the pipeline
 * (pipeline.ts), with Node's host (node/host.ts). What the CLI, the tests and the benchmarks call.
 */
import { compileFolders, type CompileResult } from '../pipeline.ts';
import { fsFolder } from './fs-folder.ts';
import { nodeHost } from './host.ts';

export type { CompileResult } from '../pipeline.ts';

export interface CompileOptions {
  seeds: string;
  data: string;
  /** What file paths in the map are relative to (the repo root). */
  root: string;
  /** Leave out a document that cannot be read (`--keep-going`). */
  keepGoing?: boolean;
}

/** Compiles; `map` is null when any error was found (all of them are in `problems`). */
export function compile(opts: CompileOptions): Promise<CompileResult> {
  return compileFolders(
    fsFolder(opts.seeds, opts.root),
    fsFolder(opts.data, opts.root),
    nodeHost(),
    { keepGoing: opts.keepGoing === true },
  );
}
