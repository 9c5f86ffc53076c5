/**
 * `npm run compile -- [--seeds DIR] [--data DIR] [--out FILE]`
 *
 * Compiles the documents and writes the chain map. On any error it prints every problem as
 * `file:line:col: message`, exits 1 and leaves the previous output untouched (it writes a temp file
 * and renames it only on success).
 */
import { renameSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from './compile.ts';
import { formatProblem } from './problems.ts';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        seeds: { type: 'string', default: 'seeds' },
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'data/chain-map.json' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    console.error(
      `compile: ${(e as Error).message}\nusage: npm run compile -- [--seeds DIR] [--data DIR] [--out FILE]`,
    );
    return 2;
  }
  if (args.help) {
    console.log('usage: npm run compile -- [--seeds DIR] [--data DIR] [--out FILE]');
    return 0;
  }
  const root = process.cwd();
  const { map, problems } = compile({ seeds: resolve(args.seeds), data: resolve(args.data), root });
  for (const p of problems.list) console.error(formatProblem(p));
  if (!map) {
    console.error(`compile: ${problems.errors.length} error(s); ${args.out} was not changed.`);
    return 1;
  }
  const out = resolve(args.out);
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(tmp, `${JSON.stringify(map, null, 2)}\n`);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    console.error(`${args.out}:1:1: error: cannot write output: ${(e as Error).message}`);
    return 1;
  }
  if (!args.quiet) {
    const chain = map.chains[0];
    const gaps = map.nodes.filter((n) => n.status === 'gap').length;
    console.log(
      `compile: ${chain?.name.zh ?? ''} — ${map.nodes.length} nodes, ${map.links.length} links, ${gaps} gap segments, ${map.sources.length} sources → ${args.out}`,
    );
  }
  return 0;
}

process.exitCode = main();
