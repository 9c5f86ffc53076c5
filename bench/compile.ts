/**
 * `npm run bench:compile` — median time to compile the five seed documents, and the atlas (the
 * seeds plus the genre's fixture documents), each with a read-and-hash baseline from the same run
 * (target: well under 1 s); then the text of a 20-page PDF and of a .docx (target for the PDF:
 * under 2 s, cold). The machine is shared and noisy: medians.
 */
import { resolve } from 'node:path';
import { benchCompile, benchCompileAtlas } from './lib/compile-bench.ts';
import { benchExtract, describeExtract } from './lib/extract-bench.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 15);
for (const [label, r] of [
  ['seeds', await benchCompile(root, runs)],
  ['atlas', await benchCompileAtlas(root, runs)],
] as const) {
  console.log(
    `compile ${label} (${r.documents} documents): cold ${r.coldMs} ms, median ${r.medianMs} ms over ${r.runs} runs; baseline (read + hash the same files): median ${r.baselineReadHashMedianMs} ms`,
  );
  console.log(r.medianMs < 1000 ? '  target met: median < 1 s' : '  TARGET MISSED: median ≥ 1 s');
}
for (const line of describeExtract(await benchExtract(root))) console.log(line);
