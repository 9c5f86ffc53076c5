/**
 * A folder of input files as the compiler reads it (the seeds, the curated data): the pipeline sees
 * only this, so the same code reads a directory in Node (node/fs-folder.ts) and files held in
 * memory in a browser worker (`memoryFolder`).
 */
import type { Problems } from '../problems.ts';

/** A folder the compiler reads: its files by name, read as bytes, named in problems by label. */
export interface Folder {
  /** The folder as problems name it, relative to the root (`seeds`). */
  readonly label: string;
  /** The folder as it was given (an absolute path in Node), for "not found in …". */
  readonly path: string;
  /** Whether the folder is there at all. */
  readonly exists: boolean;
  /** The names of the files in it, in no particular order. */
  names(): string[];
  /** Whether `name` (a path inside the folder) is there. */
  has(name: string): boolean;
  /** How problems name a file in the folder (`seeds/a.txt`). */
  labelOf(name: string): string;
  /** The bytes of `name`; null, with the problem reported, when it cannot be read. */
  read(name: string, problems: Problems): Uint8Array | null;
}

/**
 * A folder of files held in memory, named by `label` (`''`: each file by its name alone).
 * @example memoryFolder('data', [{ name: 'a.yaml', bytes }]).labelOf('a.yaml') // → 'data/a.yaml'
 */
export function memoryFolder(
  label: string,
  files: readonly { name: string; bytes: Uint8Array }[],
): Folder {
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const labelOf = (name: string): string => (label ? `${label}/${name}` : name);
  return {
    label: label || '.',
    path: label || '.',
    exists: true,
    names: () => [...byName.keys()],
    has: (name) => byName.has(name),
    labelOf,
    read(name, problems) {
      const bytes = byName.get(name);
      if (!bytes) problems.add(labelOf(name), 1, 1, 'file-unreadable', { reason: 'not found' });
      return bytes ?? null;
    },
  };
}
