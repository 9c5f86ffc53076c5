// Mutation/fuzz test over the seeds and data files. Each case either compiles correctly
// (normalising BOM, CRLF, full-width digits and Chinese numerals) or fails with file:line:col
// messages — and never corrupts the previous output.
import { readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  sandbox,
  ROOT,
  FLAGSHIP,
  metric,
  gaps,
  ofKind,
  featured,
  compileReal,
  type Sandbox,
} from './helpers.ts';
import { run } from '../../src/compile/cli.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';

/** Deterministic pseudo-random numbers (d3's LCG constants) so every run tries the same cases. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 4294967296;
}
const rand = lcg(42);
const pick = (n: number) => Math.floor(rand() * n);

/** GBK encoder built from the platform's GBK decoder (no extra dependency). */
function gbkEncoder(): (s: string) => Buffer {
  const dec = new TextDecoder('gbk');
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  return (s) =>
    Buffer.from(
      [...s].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (map.get(c) ?? [0x3f]))),
    );
}

interface Case {
  name: string;
  mutate: (b: Sandbox) => void;
  /** When it compiles: what must hold of the map. A case without it must be rejected. */
  expect?: (map: ChainMap) => void;
  /** It may also be rejected (with file:line:col problems) instead of compiling. */
  mayFail?: boolean;
}

const flagshipPath = `seeds/${FLAGSHIP}`;
const flagship = readFileSync(join(ROOT, flagshipPath), 'utf8');
const dataFiles = [
  'chains/automotive-thermal-management.yaml',
  'regions.yaml',
  'enterprises.yaml',
  'glossary.yaml',
];
const seedFiles = readdirSync(join(ROOT, 'seeds'));
const taxonomy = readFileSync(join(ROOT, 'data/chains/automotive-thermal-management.yaml'), 'utf8');
const segIds = [...taxonomy.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1] as string);
const feedsLines = [...taxonomy.matchAll(/^ {4}feeds: \[(.+)\]$/gm)].map((m) => m[0]);

const sameFacts = (map: ChainMap) => {
  expect(metric(map, 'scale-current')?.value).toBe(20);
  expect(metric(map, 'enterprises-current')).toMatchObject({ value: 10, qualifier: '余' });
  expect(metric(map, 'enterprises-new-target')?.value).toBe(30);
  expect(metric(map, 'scale-target')).toMatchObject({ value: 50, qualifier: '级' });
  expect(ofKind(map, 'park')[0]?.areaMu).toBe(700);
  expect(gaps(map)).toHaveLength(7);
  expect(ofKind(map, 'measure')).toHaveLength(13);
};

// What the real documents say of the thermal chain: a mutated flagship may lose facts, never gain one.
const real = (await compileReal()).map as ChainMap;
const realGaps = new Set(gaps(real).map((g) => g.name.zh));
const realMetrics = new Map(featured(real)?.metrics.map((m) => [m.id, m.value]));
const fewerFacts = (exact: boolean) => (map: ChainMap) => {
  const chain = featured(map);
  const chainNodes = map.nodes.filter((n) => n.chain === chain?.id);
  expect(chainNodes.filter((n) => n.kind === 'measure').length).toBeLessThanOrEqual(13);
  expect(chainNodes.filter((n) => n.kind === 'park').length).toBeLessThanOrEqual(1);
  for (const m of chain?.metrics ?? []) {
    expect(realMetrics.has(m.id), m.id).toBe(true);
    if (exact) expect(m.value, m.id).toBe(realMetrics.get(m.id));
  }
  const gapNames = chainNodes.filter((n) => n.status === 'gap').map((n) => n.name.zh);
  if (exact) for (const g of gapNames) expect(realGaps.has(g), g).toBe(true);
  else expect(gapNames.length).toBeLessThanOrEqual(7);
  // The city level does not depend on the flagship.
  expect(map.chains.filter((c) => c.kind === 'industry').length).toBe(
    real.chains.filter((c) => c.kind === 'industry').length,
  );
};

const cases: Case[] = [];
// Normalisation: these must compile to the same facts.
cases.push({
  name: 'BOM before the flagship',
  mutate: (b) => b.write(flagshipPath, `\ufeff${flagship}`),
  expect: sameFacts,
});
cases.push({
  name: 'CRLF line ends in the flagship',
  mutate: (b) => b.write(flagshipPath, flagship.replace(/\n/g, '\r\n')),
  expect: sameFacts,
});
cases.push({
  name: 'CRLF + BOM in every seed',
  mutate: (b) =>
    seedFiles
      .filter((f) => f.endsWith('.txt'))
      .forEach((f) => b.edit(`seeds/${f}`, (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`)),
  expect: sameFacts,
});
cases.push({
  name: 'full-width digits (７００亩, ２０亿元, ３０家)',
  mutate: (b) =>
    b.write(
      flagshipPath,
      flagship
        .replace('700亩', '７００亩')
        .replace('20亿元', '２０亿元')
        .replace('新引进30家', '新引进３０家'),
    ),
  expect: sameFacts,
});
cases.push({
  name: 'Chinese numerals (七百亩, 二十亿元, 十余家, 三十家, 五十亿级)',
  mutate: (b) =>
    b.write(
      flagshipPath,
      flagship
        .replace('700亩', '七百亩')
        .replace('20亿元', '二十亿元')
        .replace('10余家', '十余家')
        .replace('新引进30家', '新引进三十家')
        .replace('50亿级', '五十亿级'),
    ),
  expect: sameFacts,
});
cases.push({
  name: 'CRLF in a data file',
  mutate: (b) =>
    b.edit('data/chains/automotive-thermal-management.yaml', (t) => t.replace(/\n/g, '\r\n')),
  expect: sameFacts,
});
cases.push({
  name: 'BOM in a data file',
  mutate: (b) => b.edit('data/regions.yaml', (t) => `\ufeff${t}`),
  expect: sameFacts,
});
// Encodings and sizes.
cases.push({
  name: 'GBK-encoded flagship',
  mutate: (b) => b.write(flagshipPath, gbkEncoder()(flagship)),
});
cases.push({
  name: 'GBK-encoded context document',
  mutate: (b) => b.write('seeds/gbk-copy.txt', gbkEncoder()(flagship.slice(0, 2000))),
});
cases.push({
  name: 'a 50 MB document',
  mutate: (b) => b.write('seeds/huge.txt', Buffer.alloc(50 * 1024 * 1024, 0x41)),
});
cases.push({
  name: 'a 50 MB data file',
  mutate: (b) => b.write('data/glossary.yaml', Buffer.alloc(50 * 1024 * 1024, 0x20)),
});
// Empty files.
for (const f of seedFiles)
  cases.push({ name: `empty seeds/${f}`, mutate: (b) => b.write(`seeds/${f}`, '') });
for (const f of dataFiles)
  cases.push({ name: `empty data/${f}`, mutate: (b) => b.write(`data/${f}`, '') });
// Truncation of the flagship and of each data file at pseudo-random points.
for (let i = 0; i < 40; i++) {
  const at = pick(flagship.length);
  cases.push({
    name: `flagship truncated at ${at}`,
    mutate: (b) => b.write(flagshipPath, flagship.slice(0, at)),
    expect: fewerFacts(true),
    mayFail: true,
  });
}
for (const f of dataFiles) {
  const text = readFileSync(join(ROOT, 'data', f), 'utf8');
  for (let i = 0; i < 8; i++) {
    const at = pick(text.length);
    cases.push({
      name: `data/${f} truncated at ${at}`,
      mutate: (b) => b.write(`data/${f}`, text.slice(0, at)),
      expect: sameFacts,
      mayFail: true,
    });
  }
}
// Random bytes spliced into the flagship and into data files.
for (let i = 0; i < 30; i++) {
  const at = pick(flagship.length);
  const bytes = Buffer.from(Array.from({ length: 1 + pick(8) }, () => pick(256)));
  cases.push({
    name: `random bytes at ${at} of the flagship`,
    mutate: (b) =>
      b.write(
        flagshipPath,
        Buffer.concat([Buffer.from(flagship.slice(0, at)), bytes, Buffer.from(flagship.slice(at))]),
      ),
    expect: fewerFacts(false),
    mayFail: true,
  });
}
for (let i = 0; i < 12; i++) {
  const f = dataFiles[i % dataFiles.length] as string;
  const text = readFileSync(join(ROOT, 'data', f), 'utf8');
  const at = pick(text.length);
  const bytes = Buffer.from(Array.from({ length: 1 + pick(6) }, () => 32 + pick(95)));
  cases.push({
    name: `random ascii at ${at} of data/${f}`,
    mutate: (b) =>
      b.write(
        `data/${f}`,
        Buffer.concat([Buffer.from(text.slice(0, at)), bytes, Buffer.from(text.slice(at))]),
      ),
    expect: sameFacts,
    mayFail: true,
  });
}
// Duplicate ids: each segment id given to its neighbour.
segIds.forEach((id, i) => {
  const next = segIds[(i + 1) % segIds.length] as string;
  cases.push({
    name: `duplicate segment id ${id}`,
    mutate: (b) =>
      b.edit('data/chains/automotive-thermal-management.yaml', (t) =>
        t.replace(`  - id: ${next}\n`, `  - id: ${id}\n`),
      ),
  });
});
// Unknown references in feeds.
feedsLines.forEach((line, i) => {
  if (line.endsWith('[]')) return;
  cases.push({
    name: `unknown id in feeds #${i}`,
    mutate: (b) =>
      b.edit('data/chains/automotive-thermal-management.yaml', (t) =>
        t.replace(line, line.replace(/\[([a-z-]+)/, '[no-such-$1')),
      ),
  });
});
// Cycles: the fed segment feeds back into its supplier.
for (const line of feedsLines) {
  const m = /feeds: \[([a-z-]+)/.exec(line);
  if (!m) continue;
  const target = m[1] as string;
  const supplierIdx = taxonomy.lastIndexOf('  - id: ', taxonomy.indexOf(line));
  const supplier = /- id: (\S+)/.exec(taxonomy.slice(supplierIdx))?.[1] as string;
  cases.push({
    name: `cycle ${supplier} ⇄ ${target}`,
    mutate: (b) =>
      b.edit('data/chains/automotive-thermal-management.yaml', (t) => {
        const at = t.indexOf(`  - id: ${target}\n`);
        const feeds = t.indexOf('    feeds: [', at);
        return `${t.slice(0, feeds)}    feeds: [${supplier}, ${t.slice(feeds + 12)}`.replace(
          `[${supplier}, ]`,
          `[${supplier}]`,
        );
      }),
  });
}
// Unknown region and enterprise references.
cases.push({
  name: 'unknown region parent',
  mutate: (b) =>
    b.edit('data/regions.yaml', (t) => t.replace('parent: xinxiang\n', 'parent: atlantis\n')),
});
cases.push({
  name: 'unknown enterprise segment',
  mutate: (b) =>
    b.edit('data/enterprises.yaml', (t) =>
      t.replace('segments: [down-nev-oem]', 'segments: [down-nowhere]'),
    ),
});
cases.push({
  name: 'unknown customer of a local firm',
  mutate: (b) =>
    b.edit('data/enterprises.yaml', (t) =>
      t.replace('customers: [byd, saic]', 'customers: [byd, nobody]'),
    ),
});
cases.push({
  name: 'manifest with a duplicate document id',
  mutate: (b) =>
    b.edit('seeds/manifest.yaml', (t) =>
      t.replace('id: xinxiang-investment-plan', 'id: xinxiang-etdz-thermal-measures'),
    ),
});
cases.push({
  name: 'manifest not YAML',
  mutate: (b) => b.write('seeds/manifest.yaml', 'documents: [\n  - file: x\n'),
});

const POSITION = /^[^\s:][^:\n]*:\d+:\d+: (error|warning): \S/;
let compiled = 0;
let rejected = 0;

describe('compiler fuzz', () => {
  afterAll(() => {
    console.log(
      `compiler fuzz: tried ${cases.length} cases — ${compiled} compiled, ${rejected} rejected with file:line:col`,
    );
  });

  it('tries at least 200 cases', () => expect(cases.length).toBeGreaterThanOrEqual(200));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const box = sandbox();
    try {
      const out = join(box.dir, 'previous.json');
      copyFileSync(join(ROOT, 'data/chain-map.json'), out);
      const before = readFileSync(out);
      c.mutate(box);
      const errs: string[] = [];
      const code = await run(
        ['--out', out, '--quiet'],
        box.dir,
        () => {},
        (s) => errs.push(...s.split('\n')),
      );
      if (code === 0) {
        compiled++;
        const map = JSON.parse(readFileSync(out, 'utf8')) as ChainMap;
        expect(map.schemaVersion).toBe(2);
        expect(c.expect, 'compiled, but this input must be rejected').toBeDefined();
        c.expect?.(map);
      } else {
        rejected++;
        expect(!c.expect || c.mayFail, `should have compiled: ${errs.join('\n')}`).toBe(true);
        expect(readFileSync(out).equals(before)).toBe(true);
        const problems = errs.filter((l) => l && !l.startsWith('compile: '));
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) expect(p).toMatch(POSITION);
      }
    } finally {
      box.cleanup();
    }
  });
});
