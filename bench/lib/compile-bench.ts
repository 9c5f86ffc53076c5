/**
 * Compile timing: the median of several compiles, next to a baseline measured in the same run
 * (reading and hashing the same files, the floor any compiler pays). Two inputs: the five seed
 * documents, and the atlas — the seeds plus every document of the genre written for the tests
 * (tests/fixtures/genre and unseen: eight + four chain documents, three city plans).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/compile/node/compile.ts';

export interface CompileBench {
  runs: number;
  documents: number;
  coldMs: number;
  medianMs: number;
  baselineReadHashMedianMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = async (fn: () => unknown): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

/** Compiles the seeds and data under `root` (or `seeds`) `runs` times. */
export async function benchCompile(
  root: string,
  runs = 15,
  seeds = join(root, 'seeds'),
): Promise<CompileBench> {
  const opts = { seeds, data: join(root, 'data'), root };
  const coldMs = await time(() => compile(opts));
  const compiles: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    compiles.push(await time(() => compile(opts)));
    baseline.push(
      await time(() => {
        for (const f of readdirSync(opts.seeds))
          createHash('sha256')
            .update(readFileSync(join(opts.seeds, f)))
            .digest('hex');
      }),
    );
  }
  return {
    runs,
    documents: readdirSync(seeds).filter((f) => f.endsWith('.txt')).length,
    coldMs: Math.round(coldMs),
    medianMs: Math.round(median(compiles) * 10) / 10,
    baselineReadHashMedianMs: Math.round(median(baseline) * 100) / 100,
  };
}

/** The same, on the atlas: the seeds plus every fixture document of the genre, in one folder. */
export async function benchCompileAtlas(root: string, runs = 15): Promise<CompileBench> {
  const dir = mkdtempSync(join(tmpdir(), 'chainmap-atlas-bench-'));
  try {
    cpSync(join(root, 'seeds'), dir, { recursive: true });
    for (const group of ['genre', 'unseen']) {
      const base = join(root, 'tests/fixtures', group);
      for (const name of readdirSync(base).filter((f) => !f.includes('.')))
        cpSync(join(base, name, `${name}.txt`), join(dir, `${name}.txt`));
    }
    return await benchCompile(root, runs, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
