/**
 * The industry-chain library as open data, published with the atlas: every chain of data/chains/
 * as JSON (`data/chain-library.json`, the files as staff wrote them), its segments as CSV
 * (`data/chain-library-segments.csv`, one row a segment) and the JSON Schema a file follows
 * (`data/chain-library.schema.json`), so other regions can reuse the same standard.
 */
import { parse } from 'yaml';
import { INPUT_SCHEMAS } from './schemas.ts';

interface Ref {
  url?: string;
  title?: string;
}
interface LibFile {
  chain: { id: string; zh: string; en: string; aliases?: string[]; reference: Ref[] };
  segments: {
    id: string;
    zh: string;
    en: string;
    tier: string;
    aliases?: string[];
    feeds?: string[];
    confidence?: string;
    reference: Ref[];
    firms?: { zh: string; en: string }[];
  }[];
}

const cell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The three published files from the library's YAML texts (by file name).
 * @example libraryFiles([{ name: 'toy.yaml', text }])['data/chain-library-segments.csv'].split('\n')[0]
 *   // → 'chain,chain_zh,chain_en,segment,zh,en,tier,aliases,feeds,confidence,firms,references'
 */
export function libraryFiles(files: { name: string; text: string }[]): Record<string, string> {
  const chains = files
    .filter((f) => /\.ya?ml$/.test(f.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => parse(f.text) as LibFile);
  const header =
    'chain,chain_zh,chain_en,segment,zh,en,tier,aliases,feeds,confidence,firms,references';
  const rows = chains.flatMap((c) =>
    c.segments.map((s) =>
      [
        c.chain.id,
        c.chain.zh,
        c.chain.en,
        s.id,
        s.zh,
        s.en,
        s.tier,
        (s.aliases ?? []).map(String).join('|'),
        (s.feeds ?? []).join('|'),
        s.confidence ?? '',
        (s.firms ?? []).map((x) => x.zh).join('|'),
        s.reference.map((r) => r.url ?? '').join(' '),
      ]
        .map((v) => cell(String(v)))
        .join(','),
    ),
  );
  return {
    'data/chain-library.json': `${JSON.stringify({ chains }, null, 2)}\n`,
    'data/chain-library-segments.csv': `${[header, ...rows].join('\n')}\n`,
    'data/chain-library.schema.json': `${JSON.stringify(INPUT_SCHEMAS.chain, null, 2)}\n`,
  };
}
