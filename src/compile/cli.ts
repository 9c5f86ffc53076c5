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
import { fileURLToPath } from 'node:url';
import { compile } from './pipeline.ts';
import { formatProblem } from './problems.ts';

/**
 * Runs the compiler as the command line does, with `argv` its arguments and `cwd` the folder paths
 * are relative to; returns the exit code. Output goes to `log` and `err` (the console by default).
 */
export function run(
  argv: string[],
  cwd = process.cwd(),
  log: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string', default: 'seeds' },
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'data/chain-map.json' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    err(
      `compile: ${(e as Error).message}\nusage: npm run compile -- [--seeds DIR] [--data DIR] [--out FILE]`,
    );
    return 2;
  }
  if (args.help) {
    log('usage: npm run compile -- [--seeds DIR] [--data DIR] [--out FILE]');
    return 0;
  }
  const root = cwd;
  const { map, problems } = compile({
    seeds: resolve(cwd, args.seeds),
    data: resolve(cwd, args.data),
    root,
  });
  for (const p of problems.list) err(formatProblem(p));
  if (!map) {
    err(`compile: ${problems.errors.length} error(s); ${args.out} was not changed.`);
    return 1;
  }
  const out = resolve(cwd, args.out);
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(tmp, `${JSON.stringify(map, null, 2)}\n`);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    err(`${args.out}:1:1: error: cannot write output: ${(e as Error).message}`);
    return 1;
  }
  if (!args.quiet) {
    const count = (f: (x: { kind: string }) => boolean, xs: { kind: string }[]) =>
      xs.filter(f).length;
    log(
      `compile: ${count((c) => c.kind === 'chain', map.chains)} chains, ${count((c) => c.kind === 'industry', map.chains)} industries, ${count((n) => n.kind === 'region', map.nodes)} places — ${map.nodes.length} nodes, ${map.links.length} links from ${map.sources.length} sources → ${args.out}`,
    );
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = run(process.argv.slice(2));
}
