import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryFiles } from './library-export.ts';

const dir = join(import.meta.dirname, '../../data/chains');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

describe('libraryFiles: the library as open data', () => {
  const out = libraryFiles(files);
  it('JSON: every chain, with its segments', () => {
    const json = JSON.parse(out['data/chain-library.json'] as string) as {
      chains: { chain: { id: string }; segments: unknown[] }[];
    };
    expect(json.chains.map((c) => `${c.chain.id}.yaml`)).toEqual(files.map((f) => f.name).sort());
    expect(json.chains.every((c) => c.segments.length >= 12)).toBe(true);
  });
  it('CSV: one row a segment, with its chain, tier and references', () => {
    const lines = (out['data/chain-library-segments.csv'] as string).trim().split('\n');
    const json = JSON.parse(out['data/chain-library.json'] as string) as {
      chains: { segments: unknown[] }[];
    };
    expect(lines.length - 1).toBe(json.chains.reduce((n, c) => n + c.segments.length, 0));
    expect(
      lines.find((l) =>
        l.startsWith(
          'automotive-thermal-management,汽车热管理,Automotive thermal management,mid-e-compressor,压缩机,',
        ),
      ),
    ).toMatch(/,midstream,.*https?:\/\//);
  });
  it('the schema a library file follows', () => {
    const schema = JSON.parse(out['data/chain-library.schema.json'] as string) as {
      required: string[];
    };
    expect(schema.required).toEqual(['chain', 'segments']);
  });
});
