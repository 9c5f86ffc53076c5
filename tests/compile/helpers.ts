/** Test helpers: compile the real seeds, or edited copies of seeds and data, in a temp folder. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { compile, type CompileResult } from '../../src/compile/node/compile.ts';
import type { ChainMap, ChainNode } from '../../src/contract/chain-map.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FLAGSHIP = 'xinxiang-etdz-thermal-ten-measures.txt';
/** The featured chain's id; its nodes' ids start with it. */
export const THERMAL = 'xinxiang-etdz-automotive-thermal-management';
/** The id of a node of the featured chain: `local('measure-2')`. */
export const local = (id: string): string => `${THERMAL}-${id}`;

/** Compiles the repo's own seeds and data. */
export function compileReal(): Promise<CompileResult> {
  return compile({ seeds: join(ROOT, 'seeds'), data: join(ROOT, 'data'), root: ROOT });
}

export interface Sandbox {
  dir: string;
  seeds: string;
  data: string;
  edit(path: string, change: (text: string) => string): void;
  write(path: string, content: string | Buffer): void;
  compile(): Promise<CompileResult>;
  cleanup(): void;
}

/** A temp copy of seeds/ and data/ (or of `seedsFrom`) to edit and compile. */
export function sandbox(seedsFrom = join(ROOT, 'seeds')): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'chainmap-'));
  const seeds = join(dir, 'seeds');
  const data = join(dir, 'data');
  cpSync(seedsFrom, seeds, { recursive: true });
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  return {
    dir,
    seeds,
    data,
    edit(path, change) {
      const p = join(dir, path);
      writeFileSync(p, change(readFileSync(p, 'utf8')));
    },
    write(path, content) {
      writeFileSync(join(dir, path), content);
    },
    compile: () => compile({ seeds, data, root: dir }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs the CLI (as `npm run compile` does) in `cwd`. */
export function runCli(
  cwd: string,
  args: string[] = [],
): { status: number | null; stdout: string; stderr: string } {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [join(ROOT, 'src/compile/cli.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const byId = (map: ChainMap, id: string): ChainNode | undefined =>
  map.nodes.find((n) => n.id === id);
export const ofKind = (map: ChainMap, kind: ChainNode['kind']): ChainNode[] =>
  map.nodes.filter((n) => n.kind === kind);
export const gaps = (map: ChainMap): ChainNode[] =>
  map.nodes.filter((n) => n.kind === 'segment' && n.status === 'gap');
/** The featured chain (else the first chain document's), as the portal opens on it. */
export const featured = (map: ChainMap) =>
  map.chains.find((c) => c.featured) ?? map.chains.find((c) => c.kind === 'chain');
export const metric = (map: ChainMap, id: string) =>
  featured(map)?.metrics.find((m) => m.id === id);
export const listSeeds = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt'));

/**
 * The names a document wrote for segments (a key link, a focus area), in document order: a segment
 * on its library chain carries the library's name, and the document's term as its evidence.
 */
export const writtenNames = (segments: ChainNode[], first = false): string[] => {
  const evs = segments
    .flatMap((n) => (first ? n.evidence.slice(0, 1) : n.evidence))
    .sort((a, b) => a.start - b.start);
  return [...new Set(evs.map((e) => e.quote))];
};

/**
 * A chain's gaps against the key links a fixture expects: each expected term is the quote of some
 * gap (two key links may be one library segment — 交叉滚子轴承 is a 精密轴承 — one gap, both
 * quotes), and no gap's first quote is a term the fixture does not expect.
 */
export const gapTerms = (
  gaps: ChainNode[],
  expected: string[],
): { missing: string[]; unexpected: string[] } => {
  const terms = new Set(gaps.flatMap((g) => g.evidence.map((e) => e.quote)));
  return {
    missing: expected.filter((g) => !terms.has(g)),
    unexpected: writtenNames(gaps, true).filter((t) => !expected.includes(t)),
  };
};
