/**
 * `npm run compile -- [--seeds DIR] [--data DIR] [--out FILE] [--keep-going] [--report]`
 *
 * `--keep-going` leaves out a document that cannot be read, writes the map of the others, names each
 * one left out with its `file:line:col` errors and exits 3 (KEPT_GOING); without it the compile is
 * all or nothing. `--report` also writes reading-report.md beside the map (report.ts).
 *
 * Compiles the documents and writes the chain map, and beside it (`sources/<id>.txt` in the map's
 * folder) the text extracted from each .docx and .pdf. On any error it prints every problem as
 * `file:line:col: message`, exits 1 and leaves the previous output untouched (it writes temp files
 * and renames them only on success, the map last).
 */
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compile } from './node/compile.ts';
import { formatProblem } from './problems.ts';
import { TEXT_FOLDER } from './io/sources.ts';
import { readingReport } from './report.ts';

/** The exit code of a --keep-going compile that wrote the map but left documents out. */
export const KEPT_GOING = 3;

/**
 * Runs the compiler as the command line does, with `argv` its arguments and `cwd` the folder paths
 * are relative to; returns the exit code. Output goes to `log` and `err` (the console by default).
 */
export async function run(
  argv: string[],
  cwd = process.cwd(),
  log: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string', default: 'seeds' },
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'data/chain-map.json' },
        quiet: { type: 'boolean', default: false },
        report: { type: 'boolean', default: false },
        'keep-going': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    err(
      `compile: ${(e as Error).message}\nusage: npm run compile -- [--seeds DIR] [--data DIR] [--out FILE] [--report]`,
    );
    return 2;
  }
  if (args.help) {
    log('usage: npm run compile -- [--seeds DIR] [--data DIR] [--out FILE] [--report]');
    return 0;
  }
  const root = cwd;
  const { map, problems, texts, sourceTexts, leftOut } = await compile({
    keepGoing: args['keep-going'],
    seeds: resolve(cwd, args.seeds),
    data: resolve(cwd, args.data),
    root,
  });
  // Grouped per document (in the order of the folder), so a new document's warnings are not buried
  // under another's.
  const files = [...new Set(problems.list.map((p) => p.file))];
  for (const f of files) for (const p of problems.list) if (p.file === f) err(formatProblem(p));
  if (!map) {
    err(`compile: ${problems.errors.length} error(s); ${args.out} was not changed.`);
    return 1;
  }
  const out = resolve(cwd, args.out);
  const outputs = new Map([...texts].map(([rel, text]) => [join(dirname(out), rel), text]));
  outputs.set(out, `${JSON.stringify(map, null, 2)}\n`);
  // --report: the reading report beside the map (reading-report.md).
  const reportFile = join(dirname(out), 'reading-report.md');
  if (args.report) outputs.set(reportFile, readingReport(map, problems.list, sourceTexts));
  const stale = staleTexts(out, new Set(texts.keys()));
  const tmp = (path: string) => `${path}.tmp-${process.pid}`;
  try {
    // Every file is written before any is replaced; the map, which names the others, goes last.
    for (const [path, body] of outputs) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(tmp(path), body);
    }
    for (const path of outputs.keys()) renameSync(tmp(path), path);
  } catch (e) {
    for (const path of outputs.keys()) rmSync(tmp(path), { force: true });
    err(`${args.out}:1:1: error: cannot write output: ${(e as Error).message}`);
    return 1;
  }
  for (const path of stale) rmSync(join(dirname(out), path), { force: true });
  if (args.report) log(`compile: reading report → ${reportFile}`);
  if (leftOut.length > 0) {
    err(
      `compile: --keep-going: ${leftOut.length} document(s) left out (their errors above): ${leftOut.join(', ')}; ${args.out} holds the others.`,
    );
    return KEPT_GOING;
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

/**
 * Text files the previous map at `out` named (`Source.textFile`) that the new one does not: the
 * extracted text of a document no longer in the seeds. Only files a map named are ever removed.
 */
function staleTexts(out: string, kept: Set<string>): string[] {
  if (!existsSync(out)) return [];
  const named = new RegExp(`^${TEXT_FOLDER}/[a-z0-9-]+\\.txt$`);
  try {
    const old = JSON.parse(readFileSync(out, 'utf8')) as { sources?: { textFile?: unknown }[] };
    return (old.sources ?? [])
      .map((s) => s.textFile)
      .filter((f): f is string => typeof f === 'string' && named.test(f) && !kept.has(f));
  } catch {
    return [];
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await run(process.argv.slice(2));
}
