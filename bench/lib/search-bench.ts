/**
 * Per-keystroke search timing: ChainMap's search (precomputed pinyin, exact → prefix → substring
 * tiers, Fuse only for typos) side by side with a baseline of plain Fuse.js over the same names
 * without precomputed pinyin — both timed in the same run on the same queries.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import type { ChainNode } from '../../src/contract/chain-map.ts';
import { buildSearchIndex, search } from '../../src/app/model/search.ts';

/** Realistic queries: Chinese, full pinyin, initials, English, aliases, and typos. */
export const QUERIES = [
  '压缩机',
  '电子膨胀阀',
  '线束',
  '园区',
  '比亚迪',
  '区商务局',
  '集成电路',
  'yasuoji',
  'ya suo ji',
  'dianzipengzhangfa',
  'xianshu',
  'ysj',
  'dzpzf',
  'jcdl',
  'qswj',
  'compressor',
  'expansion valve',
  'EXV',
  'wire harness',
  'park',
  'BYD',
  'compresor',
  'expantion',
  'yasuoj',
  'harnes',
];

/** Every prefix of every query: what a person types, one keystroke at a time. */
export const keystrokes = (queries: string[]): string[] =>
  queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

export interface Timing {
  p50Ms: number;
  p95Ms: number;
}

function time(fn: (k: string) => unknown, keys: string[], rounds: number): Timing {
  for (const k of keys.slice(0, 100)) fn(k); // warm up the JIT
  const t: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const k of keys) {
      const s = performance.now();
      fn(k);
      t.push(performance.now() - s);
    }
  }
  t.sort((a, b) => a - b);
  const q = (p: number) =>
    Math.round((t[Math.min(t.length - 1, Math.floor(p * t.length))] ?? 0) * 1000) / 1000;
  return { p50Ms: q(0.5), p95Ms: q(0.95) };
}

/** Times ChainMap's search and the Fuse baseline on `nodes`. */
export function benchSearch(
  nodes: readonly ChainNode[],
  rounds = 3,
): { nodes: number; chainmap: Timing; fuseBaseline: Timing } {
  const keys = keystrokes(QUERIES);
  const index = buildSearchIndex(nodes);
  const fuse = new Fuse(nodes as ChainNode[], {
    keys: ['name.zh', 'name.en', 'search.aliases'],
    ignoreLocation: true,
    threshold: 0.4,
  });
  return {
    nodes: nodes.length,
    chainmap: time((k) => search(index, k, 12), keys, rounds),
    fuseBaseline: time((k) => fuse.search(k, { limit: 12 }), keys, rounds),
  };
}
