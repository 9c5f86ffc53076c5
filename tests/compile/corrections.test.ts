// Staff fix a reading without code: a seeds/manifest.yaml entry adds a fact the compiler missed,
// quoting its sentence, or drops one it misread. An added fact carries the quote's exact offsets
// as its evidence; a quote that is not in the text fails with the manifest's file:line:col.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { readingReport } from '../../src/compile/report.ts';
import { FLAGSHIP, THERMAL, sandbox, type Sandbox } from './helpers.ts';

const entry = (extra: string) => (t: string) =>
  t.replace(`  - file: ${FLAGSHIP}\n`, `  - file: ${FLAGSHIP}\n${extra}`);

describe('a correction whose quote is in the text', () => {
  let box: Sandbox;
  let map: ChainMap;
  let report = '';
  beforeAll(async () => {
    box = sandbox();
    box.edit(
      'seeds/manifest.yaml',
      entry(
        [
          '    add:',
          '      - kind: customer',
          '        name: 链主企业',
          '        quote: 发挥链主企业牵引作用',
          '      - kind: key-link',
          '        name: 热管理系统',
          '        quote: 实施智能化热管理系统、轻量化材料',
          '    drop:',
          '      - kind: key-link',
          '        name: 涂装',
          '',
        ].join('\n'),
      ),
    );
    const r = await box.compile();
    expect(r.problems.errors).toEqual([]);
    map = r.map as ChainMap;
    report = readingReport(map, r.problems.list, r.sourceTexts);
  });
  afterAll(() => box.cleanup());

  it('adds its fact with the quote’s exact offsets as evidence', () => {
    const link = map.links.find(
      (l) =>
        l.kind === 'customer-of' && l.target === THERMAL && l.evidence[0]?.quote === '链主企业',
    );
    expect(link).toBeDefined();
    const text = readFileSync(join(box.seeds, FLAGSHIP), 'utf8');
    const ev = link?.evidence[0];
    expect(ev?.start).toBe(text.indexOf('发挥链主企业牵引作用') + 2);
    expect(text.slice(ev?.start, ev?.end)).toBe('链主企业');
  });

  it('drops the key link it names', () => {
    const gaps = map.nodes.filter(
      (n) => n.chain === THERMAL && n.kind === 'segment' && n.status === 'gap',
    );
    expect(gaps.map((g) => g.name.zh)).not.toContain('涂装');
    expect(gaps).toHaveLength(7); // 涂装 dropped, 热管理系统 added
  });

  it('the source lists every correction and the report marks them as set by hand', () => {
    const src = map.sources.find((s) => s.id === 'xinxiang-etdz-thermal-measures');
    expect(src?.corrections?.map((c) => `${c.action} ${c.kind} ${c.name}`)).toEqual([
      'add customer 链主企业',
      'add key-link 热管理系统',
      'drop key-link 涂装',
    ]);
    expect(report).toContain('### Set by hand in seeds/manifest.yaml');
    expect(report).toMatch(/\| customer \(set by hand\) \| 链主企业 \|/);
  });
});

describe('a correction whose quote is not in the text', () => {
  it('fails the compile at the manifest’s line and column of the quote', async () => {
    const box = sandbox();
    box.edit(
      'seeds/manifest.yaml',
      entry(
        '    add:\n      - kind: customer\n        name: 宁德时代\n        quote: 配套宁德时代等整车企业\n',
      ),
    );
    const text = box.compile();
    const r = await text;
    box.cleanup();
    expect(r.map).toBeNull();
    const e = r.problems.errors[0];
    expect(e?.file).toMatch(/manifest\.yaml$/);
    expect(e?.message).toMatch(
      /the quote "配套宁德时代等整车企业" is not in .*xinxiang-etdz-thermal-ten-measures\.txt/,
    );
    expect(e?.line).toBeGreaterThan(1);
    expect(e?.col).toBe(16);
  });
});
