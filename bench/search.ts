/**
 * `npm run bench:search [-- --nodes 5000]` — per-keystroke search time over realistic queries
 * (Chinese, pinyin, initials, English, typos) on a generated map, next to plain Fuse.js over the
 * same names in the same run. Target: p95 < 2 ms at 5,000 nodes.
 */
import { chainView } from '../src/app/model/chain-view.ts';
import { generateChainMap } from '../scripts/gen-synthetic.ts';
import { benchSearch } from './lib/search-bench.ts';

const args = process.argv.slice(2);
const nodes = Number(args[args.indexOf('--nodes') + 1] || 5000) || 5000;
// What the app searches: the nodes of the chain it shows (src/app/model/chain-view.ts).
const r = benchSearch(chainView(generateChainMap({ nodes, seed: 11 }).map).nodes);
console.log(
  `search over ${r.nodes} nodes: p50 ${r.chainmap.p50Ms} ms · p95 ${r.chainmap.p95Ms} ms (plain Fuse.js: p50 ${r.fuseBaseline.p50Ms} ms · p95 ${r.fuseBaseline.p95Ms} ms)`,
);
console.log(r.chainmap.p95Ms < 2 ? 'OK: p95 under 2 ms' : 'OVER TARGET: p95 ≥ 2 ms');
