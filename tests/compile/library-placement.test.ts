// Every chain the library covers is drawn on it: in a copy of seeds/ with the genre and unseen
// fixtures, each chain document's chain and each plan industry the library names has the library's
// segments in their tiers and its supply links, and every term the library cannot place is
// unclassified with a warning, at the term, naming the library file to extend.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../../src/compile/node/compile.ts';
import { lineCol } from '../../src/compile/problems.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { ROOT } from './helpers.ts';

let dir = '';
let result: CompileResult;
let map: ChainMap;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chainmap-library-'));
  cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  for (const group of ['genre', 'unseen']) {
    const base = join(ROOT, 'tests/fixtures', group);
    for (const name of readdirSync(base).filter((f) => !f.includes('.')))
      cpSync(join(base, name, `${name}.txt`), join(dir, `${name}.txt`));
  }
  result = await compile({ seeds: dir, data: join(ROOT, 'data'), root: ROOT });
  map = result.map as ChainMap;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chains on their library chains', () => {
  it('compiles', () => expect(result.problems.errors).toEqual([]));

  it('every chain document the library covers, and most plan industries, find their chain', () => {
    const chains = map.chains.filter((c) => c.kind === 'chain');
    expect(chains.filter((c) => c.library).length).toBeGreaterThanOrEqual(10);
    // A chain the library does not know is named in a warning.
    const unknown = result.problems.warnings.filter((w) => w.code === 'chain-unknown');
    expect(unknown.length).toBeGreaterThanOrEqual(chains.filter((x) => !x.library).length);
  });

  it('each covered chain has the library segments in tiers, supply links, and warns for the rest', () => {
    for (const c of map.chains.filter((x) => x.library)) {
      const segs = map.nodes.filter((n) => n.chain === c.id && n.kind === 'segment');
      const fromLibrary = segs.filter((n) => n.reference?.length);
      expect(fromLibrary.length, c.id).toBeGreaterThanOrEqual(12);
      expect(
        fromLibrary.every((n) => n.tier !== 'unclassified'),
        c.id,
      ).toBe(true);
      const ids = new Set(segs.map((n) => n.id));
      const supplies = map.links.filter((l) => l.kind === 'supplies' && ids.has(l.source));
      expect(supplies.length, c.id).toBeGreaterThan(0);
      expect(supplies.every((l) => ids.has(l.target) && l.reference?.length)).toBe(true);
      const file = `data/chains/${c.library?.id}.yaml`;
      for (const n of segs.filter((x) => x.tier === 'unclassified')) {
        const ev = n.evidence[0];
        const src = map.sources.find((s) => s.id === ev?.source);
        expect(ev && src, n.id).toBeTruthy();
        if (!ev || !src) continue;
        const text = result.sourceTexts.get(src.textFile ?? src.file) as string;
        const { line, col } = lineCol(text, ev.start);
        expect(
          result.problems.warnings.some(
            (w) =>
              (w.code === 'segment-unmatched' || w.code === 'segment-ambiguous') &&
              w.line === line &&
              w.col === col &&
              w.message.includes(file),
          ),
          `${n.name.zh} in ${c.id}`,
        ).toBe(true);
      }
    }
  });

  it('a library segment cites its library reference, not a mention in a document about something else', () => {
    const thermal = map.chains.find((c) => c.featured);
    expect(thermal?.sources).toEqual([thermal?.sources[0]]);
    const liquid = map.nodes.find((n) => n.id === `${thermal?.id}-down-adjacent-liquid-cooling`);
    expect(liquid?.reference?.length).toBeGreaterThan(0);
    expect(liquid?.evidence.every((e) => e.source === thermal?.sources[0])).toBe(true);
  });

  it('at least 90 % of the segments of every chain on the library sit in a tier', () => {
    const placed = map.chains.filter((c) => c.kind === 'chain' && c.library);
    expect(placed.length).toBeGreaterThanOrEqual(12);
    const short = placed
      .map((c) => {
        const segs = map.nodes.filter((n) => n.chain === c.id && n.kind === 'segment');
        return {
          id: c.id,
          share: segs.filter((n) => n.tier !== 'unclassified').length / segs.length,
        };
      })
      .filter((x) => x.share < 0.9);
    expect(short).toEqual([]);
  });

  it('electric compressor in the document is the library’s compressor', () => {
    const gaps = map.nodes.filter((n) => n.status === 'gap' && n.tier !== 'unclassified');
    expect(gaps.length).toBeGreaterThan(20);
  });
});
