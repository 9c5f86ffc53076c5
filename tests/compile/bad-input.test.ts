// Bad input: every problem reported as file:line:col, exit non-zero, previous output untouched.
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sandbox, runCli, FLAGSHIP, compileReal, ROOT, type Sandbox, local } from './helpers.ts';
import { formatProblem } from '../../src/compile/problems.ts';
import { checkMap } from '../../src/compile/validate.ts';
import { nodeHost } from '../../src/compile/node/host.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';

let box: Sandbox | null = null;
afterEach(() => box?.cleanup());

const POSITION = /^[^:\n]+:\d+:\d+: (error|warning): .+$/;

type Case = [string, (b: Sandbox) => void, RegExp, string];
const cases: Case[] = [
  [
    'a non-UTF-8 (GBK) document',
    (b) => b.write('seeds/gbk.txt', Buffer.from([0xd0, 0xc2, 0xcf, 0xe7, 0x0a, 0xb2, 0xe2])),
    /not valid UTF-8/,
    'seeds/gbk.txt:1:1',
  ],
  [
    'an empty document',
    (b) => b.write('seeds/empty.txt', '  \n'),
    /document is empty/,
    'seeds/empty.txt:1:1',
  ],
  [
    'malformed YAML',
    (b) =>
      b.edit('data/regions.yaml', (t) => t.replace('  - id: xinxiang\n', '  - id: [xinxiang\n')),
    /YAML/,
    'data/regions.yaml:',
  ],
  [
    'an unknown id in feeds',
    (b) =>
      b.edit('data/chains/automotive-thermal-management.yaml', (t) =>
        t.replace(
          'feeds: [mid-hvac-heatpump, mid-integrated-module]',
          'feeds: [mid-hvac-heatpump, mid-nonexistent]',
        ),
      ),
    /unknown segment id "mid-nonexistent"/,
    'data/chains/automotive-thermal-management.yaml:',
  ],
  [
    'a city in data/places.yaml without its suffix',
    (b) => b.edit('data/places.yaml', (t) => t.replace('韶关市, 深圳市, ', '韶关市, 深圳, ')),
    /must match pattern/,
    'data/places.yaml:',
  ],
  [
    'a duplicate id',
    (b) =>
      b.edit('data/chains/automotive-thermal-management.yaml', (t) =>
        t.replace('  - id: up-copper', '  - id: up-aluminium'),
      ),
    /duplicate id "up-aluminium"/,
    'data/chains/automotive-thermal-management.yaml:',
  ],
  [
    'a feeds cycle',
    (b) =>
      b.edit('data/chains/automotive-thermal-management.yaml', (t) =>
        t.replace(
          '    feeds: [svc-aftermarket]',
          '    feeds: [svc-aftermarket, mid-integrated-module]',
        ),
      ),
    /cycle/,
    'data/chains/automotive-thermal-management.yaml:',
  ],
  [
    'an unknown field in a data file',
    (b) =>
      b.edit('data/enterprises.yaml', (t) =>
        t.replace('    region: xinxiang-etdz', '    region: xinxiang-etdz\n    regoin: typo'),
      ),
    /unknown field "regoin"/,
    'data/enterprises.yaml:',
  ],
  [
    'a featured document that is not a chain document',
    (b) =>
      b.edit('seeds/manifest.yaml', (t) =>
        t
          .replace('    featured: true\n', '')
          .replace(
            '  - file: zhumadian-industrial-opinions-draft.txt\n',
            '  - file: zhumadian-industrial-opinions-draft.txt\n    featured: true\n',
          ),
      ),
    /featured, but not read as a chain document/,
    'seeds/zhumadian-industrial-opinions-draft.txt:1:1',
  ],
  [
    'two featured documents',
    (b) => {
      b.write(
        'seeds/second.txt',
        readFileSync(join(ROOT, 'tests/fixtures/xuchang-biomed/xuchang-biomed-measures.txt')),
      );
      b.edit('seeds/manifest.yaml', (t) => `${t}\n  - file: second.txt\n    featured: true\n`);
    },
    /more than one document is featured \(also seeds\/second.txt\)/,
    `seeds/${FLAGSHIP}:1:1`,
  ],
  [
    'a manifest naming a missing file',
    (b) => b.edit('seeds/manifest.yaml', (t) => `${t}  - file: gone.txt\n`),
    /"gone.txt" not found/,
    'seeds/manifest.yaml:',
  ],
  [
    'an unreadable data folder',
    (b) => rmSync(join(b.data, 'glossary.yaml')),
    /cannot read file/,
    'data/glossary.yaml:1:1',
  ],
];

describe('bad input', () => {
  it.each(cases)('%s → error at file:line:col', async (_name, breakIt, message, where) => {
    box = sandbox();
    breakIt(box);
    const { map, problems } = await box.compile();
    expect(map).toBeNull();
    const errors = problems.errors.map(formatProblem);
    expect(errors.join('\n')).toMatch(message);
    expect(errors.some((e) => e.startsWith(where))).toBe(true);
    for (const e of errors) expect(e).toMatch(POSITION);
  });

  it('reports all problems, not only the first', async () => {
    box = sandbox();
    box.write('seeds/empty.txt', '');
    box.edit('data/chains/automotive-thermal-management.yaml', (t) =>
      t.replace('  - id: up-copper', '  - id: up-aluminium'),
    );
    box.edit('data/regions.yaml', (t) => t.replace('    parent: henan\n', '    parent: nowhere\n'));
    const { problems } = await box.compile();
    const text = problems.errors.map(formatProblem).join('\n');
    expect(text).toMatch(/empty/);
    expect(text).toMatch(/duplicate id/);
    expect(text).toMatch(/unknown region id "nowhere"/);
  });

  it('the CLI exits non-zero, prints file:line:col, and leaves the previous output untouched', () => {
    box = sandbox();
    mkdirSync(join(box.dir, 'out'));
    const out = join(box.dir, 'out/chain-map.json');
    const ok = runCli(box.dir, ['--out', out]);
    expect(ok.status).toBe(0);
    const good = readFileSync(out, 'utf8');
    box.write('seeds/broken.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    box.edit('data/chains/automotive-thermal-management.yaml', (t) =>
      t.replace('feeds: [svc-aftermarket]', 'feeds: [nope]'),
    );
    const bad = runCli(box.dir, ['--out', out]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /^data\/chains\/automotive-thermal-management\.yaml:\d+:\d+: error: unknown segment id "nope"/m,
    );
    expect(bad.stderr).toMatch(/^seeds\/broken\.txt:1:1: error: not valid UTF-8/m);
    expect(bad.stderr).toMatch(/was not changed/);
    expect(bad.stderr).not.toMatch(/at \w+ \(/); // no stack trace
    expect(readFileSync(out, 'utf8')).toBe(good);
  }, 60_000);

  it('a missing seeds folder is an error, not a crash', () => {
    const r = runCli(ROOT, [
      '--seeds',
      'no-such-folder',
      '--out',
      join(ROOT, '.tmp-never-written.json'),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-folder:1:1: error: seeds folder not found/);
  }, 60_000);

  it('evidence that does not match its source is caught before writing', async () => {
    const map = structuredClone((await compileReal()).map) as ChainMap;
    const texts = new Map(map.sources.map((s) => [s.id, readFileSync(join(ROOT, s.file), 'utf8')]));
    const node = map.nodes.find((n) => n.evidence.length > 0);
    if (!node?.evidence[0]) throw new Error('no evidence to tamper with');
    node.evidence[0].quote = `${node.evidence[0].quote}!`;
    map.links.push({
      source: local('measure-1'),
      target: 'no-such-node',
      kind: 'supports',
      evidence: [],
      reference: [{ note: 'x' }],
    });
    const problems = checkMap(map, texts, nodeHost().validators.map);
    expect(problems.join('\n')).toMatch(/evidence quote does not match/);
    expect(problems.join('\n')).toMatch(/unknown target "no-such-node"/);
  });

  it('a chain document without a park compiles without it, with a warning at file:line:col', async () => {
    box = sandbox();
    box.edit(`seeds/${FLAGSHIP}`, (t) => t.replace(/亩/g, '平方米'));
    const { map, problems } = await box.compile();
    expect(problems.errors).toEqual([]);
    expect(map?.nodes.filter((n) => n.kind === 'park')).toEqual([]);
    expect(map?.chains.find((c) => c.featured)?.metrics.map((m) => m.id)).not.toContain(
      'park-area',
    );
    expect(problems.warnings.map(formatProblem)).toContain(
      `seeds/${FLAGSHIP}:1:1: warning: chain document without a park (e.g. 规划建设约700亩的…产业园): compiled without it`,
    );
  });

  it('a warning (unknown key-link term) does not stop the compile', async () => {
    box = sandbox();
    box.edit(`seeds/${FLAGSHIP}`, (t) => t.replace('瞄准压缩机、', '瞄准压缩机、热泵阀岛、'));
    const { map, problems } = await box.compile();
    expect(map).not.toBeNull();
    const w = problems.warnings.map(formatProblem).find((x) => x.includes('热泵阀岛'));
    expect(w).toMatch(
      new RegExp(
        `^seeds/${FLAGSHIP}:7:\\d+: warning: "热泵阀岛" matches no segment of data/chains/automotive-thermal-management.yaml`,
      ),
    );
    expect(map?.nodes.find((n) => n.name.zh === '热泵阀岛')).toMatchObject({
      tier: 'unclassified',
      status: 'gap',
    });
  });
});
