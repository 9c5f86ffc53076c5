/**
 * `npm run bench:compile` — median time to compile the five seed documents (target: under 1 s),
 * with a read-and-hash baseline from the same run. The machine is shared and noisy: medians.
 */
import { resolve } from 'node:path';
import { benchCompile } from './lib/compile-bench.ts';

const r = benchCompile(resolve(import.meta.dirname, '..'), Number(process.env.RUNS ?? 15));
console.log(
  `compile (5 documents): cold ${r.coldMs} ms, median ${r.medianMs} ms over ${r.runs} runs`,
);
console.log(`baseline (read + hash the same files): median ${r.baselineReadHashMedianMs} ms`);
console.log(r.medianMs < 1000 ? 'target met: median < 1 s' : 'TARGET MISSED: median ≥ 1 s');
