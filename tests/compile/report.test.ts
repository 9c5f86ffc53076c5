// The reading report (`npm run compile -- --report`): what staff read to check a compile.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingReport, unread } from '../../src/compile/report.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { compileReal, runCli, sandbox, type Sandbox } from './helpers.ts';

let report = '';
let flagship = '';
beforeAll(async () => {
  const r = await compileReal();
  report = readingReport(r.map as ChainMap, r.problems.list, r.sourceTexts);
  flagship = report.split('\n## ').find((s) => s.startsWith('新乡经开区汽车热管理')) ?? '';
});

describe('the flagship’s section', () => {
  it('says its genre and why, and its title, issuer, date and place', () => {
    expect(flagship).toContain('genre: **chain** — its title names one chain (汽车热管理)');
    expect(flagship).toContain('- issuer: 新乡经济技术开发区');
    expect(flagship).toContain('- date: 2026-01-01');
    expect(flagship).toContain('- place: 新乡经济技术开发区');
  });
  it('lists its 13 measures, 7 gaps and the park, each with its line', () => {
    const rows = (kind: string) => [
      ...new Set(
        flagship
          .split('\n')
          .filter((l) => l.includes(`| ${kind} |`))
          .map((l) => l.split(' | ')[2]),
      ),
    ];
    expect(rows('measure')).toHaveLength(13);
    expect(rows('gap')).toEqual([
      '压缩机',
      '风机',
      '壳体',
      '电子膨胀阀',
      '线束',
      '涂装',
      '集成电路',
    ]);
    expect(flagship).toMatch(/\| 8 \| park \| 汽车热管理产业园 \|/);
  });
  it('writes each figure with the word that qualifies it (10余家)', () => {
    expect(flagship).toMatch(/\| metric \| enterprises-current = 10 家 \(余\) \|/);
  });
});

describe('sentences that look like facts but were not read', () => {
  it.each([
    ['责任单位：市发改委。', 'a responsible body'], // outside brackets: attached to no measure
    ['全年接待游客300万人次。', 'a number with a unit'],
    ['配套奇瑞、江淮等企业。', 'a customer'],
  ])('%s → %s', (text, what) => expect(unread(text, []).map((u) => u.what)).toContain(what));

  it('a span that was read is not listed', () =>
    expect(
      unread('规模达到20亿元。', [
        {
          kind: 'metric',
          name: 'x',
          ev: { source: 't', start: 0, end: 8, quote: '规模达到20亿元' },
        },
      ]),
    ).toEqual([]));

  it('the context documents list theirs, with lines', () =>
    expect(report).toMatch(/### Looks like a fact, not read \(\d+\)\n\n- line \d+: /));
});

describe('npm run compile -- --report', () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.cleanup());
  it('writes reading-report.md beside the map', () => {
    const r = runCli(box.dir, ['--report', '--quiet', '--out', 'out/chain-map.json']);
    expect(r.status).toBe(0);
    const file = join(box.dir, 'out/reading-report.md');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(
      '## 新乡经开区汽车热管理产业链健康快速发展十条措施',
    );
  });
});

describe('a plan of one chain whose opening holds nothing yet', () => {
  it('says it is a chain by its title, and that nothing was read from it', async () => {
    const box = sandbox();
    box.write(
      'seeds/plan.txt',
      '江苏省机器人产业创新发展行动方案\n为加快推进我省机器人产业高质量发展，制定本方案。\n',
    );
    const r = await box.compile();
    box.cleanup();
    const section =
      readingReport(r.map as ChainMap, r.problems.list, r.sourceTexts)
        .split('\n## ')
        .find((s) => s.startsWith('江苏省机器人产业创新发展行动方案')) ?? '';
    expect(section).toContain(
      'genre: **chain** — its title says it is a plan or action plan for one chain (机器人) in one place (江苏省); no targets, gaps or measures were read from it yet',
    );
    expect(section).not.toContain('the text holds targets or measures');
  });
});
