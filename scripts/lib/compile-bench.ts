/**
 * Compile timing: the median of several compiles of the seed documents, next to a baseline
 * measured in the same run (reading and hashing the same files, the floor any compiler pays).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { compile } from '../../src/compile/compile.ts';

export interface CompileBench {
  runs: number;
  coldMs: number;
  medianMs: number;
  baselineReadHashMedianMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (fn: () => void): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** Compiles `root`'s seeds and data `runs` times. */
export function benchCompile(root: string, runs = 15): CompileBench {
  const opts = { seeds: join(root, 'seeds'), data: join(root, 'data'), root };
  const coldMs = time(() => compile(opts));
  const compiles: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    compiles.push(time(() => compile(opts)));
    baseline.push(
      time(() => {
        for (const f of readdirSync(opts.seeds))
          createHash('sha256')
            .update(readFileSync(join(opts.seeds, f)))
            .digest('hex');
      }),
    );
  }
  return {
    runs,
    coldMs: Math.round(coldMs),
    medianMs: Math.round(median(compiles) * 10) / 10,
    baselineReadHashMedianMs: Math.round(median(baseline) * 100) / 100,
  };
}
