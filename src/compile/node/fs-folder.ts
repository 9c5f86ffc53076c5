/**
 * A folder of the file system as the compiler reads it (io/folder.ts): the seeds and data folders
 * of `npm run compile`. Files are named relative to the root, and a file over MAX_BYTES is refused
 * before it is read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problems } from '../problems.ts';
import type { Folder } from '../io/folder.ts';

/** Largest input file read (a policy document is tens of kB; a bigger file is a mistake). */
export const MAX_BYTES = 5 * 1024 * 1024;

/** The directory `dir` as a Folder whose files problems name relative to `root`. */
export function fsFolder(dir: string, root: string): Folder {
  return {
    label: rel(root, dir),
    path: dir,
    get exists() {
      return existsSync(dir);
    },
    names: () => readdirSync(dir),
    has: (name) => existsSync(join(dir, name)),
    labelOf: (name) => rel(root, join(dir, name)),
    read: (name, problems) => readBytes(join(dir, name), rel(root, join(dir, name)), problems),
  };
}

/** Reads a file as bytes; reports and returns null when it cannot or it is over MAX_BYTES. */
export function readBytes(path: string, label: string, problems: Problems): Buffer | null {
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES) {
      problems.add(label, 1, 1, 'file-too-large', {
        mb: (size / 1048576).toFixed(1),
        limit: MAX_BYTES / 1048576,
      });
      return null;
    }
    return readFileSync(path);
  } catch (e) {
    problems.add(label, 1, 1, 'file-unreadable', {
      reason: (e as NodeJS.ErrnoException).code ?? String(e),
    });
    return null;
  }
}

function rel(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
