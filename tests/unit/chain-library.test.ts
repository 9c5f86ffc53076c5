// Every file of the industry-chain library (data/chains/) passes its schema and the compiler's
// checks: cited (the chain and every segment), at least 12 segments in at least three tiers, feeds
// that resolve and form no cycle, ids and names used once in a chain. A broken file is reported at
// file:line:col.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/compile/curated/data.ts';
import { memoryFolder } from '../../src/compile/io/folder.ts';
import { fsFolder } from '../../src/compile/node/fs-folder.ts';
import { nodeHost } from '../../src/compile/node/host.ts';
import { formatProblem, Problems } from '../../src/compile/problems.ts';
import { ROOT } from '../compile/helpers.ts';

const files = readdirSync(join(ROOT, 'data/chains')).filter((f) => f.endsWith('.yaml'));
const host = nodeHost();

describe('data/chains: every library file passes', () => {
  const problems = new Problems();
  const library = loadLibrary(fsFolder(join(ROOT, 'data/chains'), ROOT), host.validators, problems);

  it('with no problem', () => expect(problems.list.map(formatProblem)).toEqual([]));
  it('at least 30 chains', () => expect(library.length).toBeGreaterThanOrEqual(30));

  it.each(files)('%s: cited, ≥12 segments in ≥3 tiers', (file) => {
    const c = library.find((x) => `${x.id}.yaml` === file);
    expect(c, file).toBeDefined();
    if (!c) return;
    expect(c.reference.length).toBeGreaterThan(0);
    expect(c.segments.length).toBeGreaterThanOrEqual(12);
    expect(
      c.segments.every(
        (s) => s.reference.length > 0 && s.reference.every((r) => /^https?:\/\//.test(r.url ?? '')),
      ),
    ).toBe(true);
    const tiers = new Set(c.segments.map((s) => s.tier).filter((t) => t !== 'service'));
    expect(tiers.size).toBeGreaterThanOrEqual(3);
  });
});

const good = (over: string) => `chain:
  id: toy
  zh: 玩具
  en: Toys
  reference: [{ url: "https://example.org/toys" }]
segments:
${Array.from({ length: 12 }, (_, i) => {
  const tier = ['upstream', 'midstream', 'downstream'][i % 3];
  return `  - id: s${i}
    zh: 环节${i}
    en: Segment ${i}
    tier: ${tier}
    feeds: [${i + 1 < 12 ? `s${i + 1}` : ''}]
    reference: [{ url: "https://example.org/s${i}" }]`;
}).join('\n')}
${over}`;

describe('a broken library file is reported at file:line:col', () => {
  it.each([
    ['good', (t: string) => t, []],
    [
      'a segment uncited',
      (t: string) =>
        t.replace('    reference: [{ url: "https://example.org/s3" }]', '    reference: []'),
      [/^data\/chains\/toy\.yaml:\d+:\d+: error: segments\.3\.reference/],
    ],
    [
      'fewer than 12 segments',
      (t: string) => t.replace(/ {2}- id: s11[\s\S]*$/, ''),
      [/toy\.yaml:\d+:\d+: error: segments: must NOT have fewer than 12 items/],
    ],
    [
      'a feed that does not resolve',
      (t: string) => t.replace('feeds: [s5]', 'feeds: [nope]'),
      [/toy\.yaml:\d+:\d+: error: unknown segment id "nope" in feeds of "s4"/],
    ],
    [
      'a cycle',
      (t: string) => t.replace('feeds: []', 'feeds: [s0]'),
      [/error: feeds form a cycle/],
    ],
    [
      'a name of two segments',
      (t: string) => t.replace('    zh: 环节2\n', '    zh: 环节2\n    aliases: [环节1]\n'),
      [/toy\.yaml:\d+:\d+: error: "环节1" names segment "s2" and also "s1"/],
    ],
    [
      'a duplicate id',
      (t: string) =>
        t.replace('  - id: s7\n', '  - id: s6\n').replace('feeds: [s7]', 'feeds: [s8]'),
      [/error: duplicate id "s6"/],
    ],
    [
      'two tiers',
      (t: string) => t.replace(/tier: downstream/g, 'tier: midstream'),
      [/error: a chain needs segments in at least three/],
    ],
    [
      'the id is not the file name',
      (t: string) => t.replace('  id: toy', '  id: toys'),
      [/error: chain id "toys" is not the file's name "toy"/],
    ],
  ] as const)('%s', (_, edit, expected) => {
    const problems = new Problems();
    const folder = memoryFolder('data/chains', [
      { name: 'toy.yaml', bytes: new TextEncoder().encode(edit(good(''))) },
    ]);
    const lib = loadLibrary(folder, host.validators, problems);
    const lines = problems.errors.map(formatProblem);
    expect(lines.length).toBe(expected.length);
    expected.forEach((re, i) => expect(lines[i]).toMatch(re));
    expect(lib.length).toBe(expected.length === 0 ? 1 : 0);
  });
});
