import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { field, toCsv } from './csv.ts';
import type { ChainMap } from '../contract/chain-map.ts';

describe('field', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    [null, ''],
    [700, '700'],
  ])('%j → %s', (value, expected) => expect(field(value)).toBe(expected));
});

describe('toCsv on the real map', () => {
  const map = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../data/chain-map.json'), 'utf8'),
  ) as ChainMap;
  const csv = toCsv(map);
  const lines = (s: string) =>
    s
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');

  it('has one row per node and per link, plus a header', () => {
    expect(lines(csv.nodes)).toHaveLength(map.nodes.length + 1);
    expect(lines(csv.links)).toHaveLength(map.links.length + 1);
  });

  it('starts with a BOM and keeps Chinese names and quotes intact', () => {
    const chain = map.chains.find((c) => c.featured)!.id;
    expect(csv.nodes.startsWith('\ufeffid,kind,name_zh,name_en,chain,level,parent,tier')).toBe(
      true,
    );
    expect(csv.nodes).toContain(
      `${chain}-mid-e-compressor,segment,压缩机,Electric compressor,${chain},,,midstream,gap`,
    );
    expect(csv.evidence).toContain('约700亩');
  });

  it('has the whole atlas: places with their level and parent, every chain’s nodes', () => {
    const zone = map.nodes.find((n) => n.kind === 'region' && n.level === 'zone' && n.parent)!;
    expect(lines(csv.nodes)).toContainEqual(
      expect.stringMatching(new RegExp(`^${zone.id},region,.*,,zone,${zone.parent},`)),
    );
    const chains = new Set(lines(csv.nodes).map((l) => l.split(',')[4]));
    for (const c of map.chains.filter((x) => map.nodes.some((n) => n.chain === x.id)))
      expect(chains).toContain(c.id);
  });

  it('gives a link its focus items, joined by "; "', () => {
    expect(csv.links.startsWith('\ufeffsource,target,kind,focus,evidence_count')).toBe(true);
    const focused = map.links.find((l) => (l.focus?.length ?? 0) > 1)!;
    const row = lines(csv.links).find((l) =>
      l.startsWith(`${focused.source},${focused.target},${focused.kind},`),
    );
    expect(row).toContain(focused.focus!.join('; '));
  });

  it('lists every evidence span', () => {
    const count =
      map.chains.reduce((n, c) => n + c.metrics.reduce((m, x) => m + x.evidence.length, 0), 0) +
      map.nodes.reduce(
        (n, x) =>
          n + x.evidence.length + (x.amounts ?? []).reduce((m, a) => m + a.evidence.length, 0),
        0,
      ) +
      map.links.reduce((n, l) => n + l.evidence.length, 0);
    const rows = csv.evidence
      .replace(/^\ufeff/, '')
      .split(/\r\n(?=[^\r\n]*,(?:metric|node|amount\[\d+\]|[a-z-]+),[a-z0-9-]+,\d+,\d+,)/);
    expect(rows.length - 1).toBe(count);
  });
});
