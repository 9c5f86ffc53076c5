// Documents as they arrive: the same chain documents as Word files and as PDFs compile to the facts
// of their .txt. The .docx files are written here as zips (runs split mid-sentence, Word's _GoBack
// bookmark, a one-cell table, automatic list numbers); the PDFs are printed by Chromium (several
// pages, a running header, page numbers, Chinese in Noto Sans SC). Each is compiled by the command
// line, as `npm run compile` does, into its own folder.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { run } from '../../src/compile/cli.ts';
import type { ChainMap, Evidence } from '../../src/contract/chain-map.ts';
import { extractDocument } from '../../src/compile/node/host.ts';
import { unifyIdeographs } from '../../src/compile/text/radicals.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { docxFromText, pdfFromText } from '../../scripts/lib/document-files.ts';
import { FLAGSHIP, ROOT } from './helpers.ts';

const GENRE = join(ROOT, 'tests/fixtures/genre');
/** Chain documents numbered four ways (（1） 1. 一、/1. （一）), a city plan, and the flagship (four pages). */
const DOCS: { name: string; text: string }[] = [
  ...[
    'liudong-auto-parts',
    'dongying-etdz-film',
    'wuhu-etdz-robot',
    'yancheng-photovoltaic',
    'zhuzhou-plan',
  ].map((name) => ({ name, text: readFileSync(join(GENRE, name, `${name}.txt`), 'utf8') })),
  { name: 'xinxiang-thermal', text: readFileSync(join(ROOT, 'seeds', FLAGSHIP), 'utf8') },
];
const FOOTERS = ['- # -', '第 # 页', '#/N'];

interface Folder {
  dir: string;
  status: number;
  stderr: string;
  map: ChainMap;
  bytes: Map<string, Uint8Array>;
}

let base = '';
let browser: Browser;
const folders: Record<'txt' | 'docx' | 'pdf', Folder> = {} as never;

/** A folder with `files` as its seeds and the repo's data, compiled by the CLI to data/chain-map.json. */
async function compileFolder(
  name: string,
  files: Map<string, Uint8Array | string>,
): Promise<Folder> {
  const dir = join(base, name);
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  rmSync(join(dir, 'data/chain-map.json'));
  for (const [file, body] of files) writeFileSync(join(dir, 'seeds', file), body);
  const errs: string[] = [];
  const status = await run(
    ['--quiet'],
    dir,
    () => {},
    (s) => errs.push(s),
  );
  const out = join(dir, 'data/chain-map.json');
  const map = existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as ChainMap)
    : (null as never);
  const bytes = new Map(
    [...files].map(([f, b]) => [f, typeof b === 'string' ? Buffer.from(b) : b]),
  );
  return { dir, status, stderr: errs.join('\n'), map, bytes };
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'chainmap-documents-'));
  browser = await launchChromium();
  const pdfs = await Promise.all(
    DOCS.map((d, i) =>
      pdfFromText(browser, d.text, {
        header: `${d.text.trim().split('\n')[0]}`,
        footer: FOOTERS[i % 3] as string,
      }),
    ),
  );
  folders.txt = await compileFolder('txt', new Map(DOCS.map((d) => [`${d.name}.txt`, d.text])));
  folders.docx = await compileFolder(
    'docx',
    new Map(DOCS.map((d) => [`${d.name}.docx`, docxFromText(d.text, { box: [2, 4] })])),
  );
  folders.pdf = await compileFolder(
    'pdf',
    new Map(DOCS.map((d, i) => [`${d.name}.pdf`, pdfs[i] as Uint8Array])),
  );
}, 180_000);
afterAll(async () => {
  await browser?.close();
  rmSync(base, { recursive: true, force: true });
});

/** Every piece of evidence in a map. */
function allEvidence(map: ChainMap): Evidence[] {
  return [
    ...map.chains.flatMap((c) => [
      ...c.metrics.flatMap((m) => m.evidence),
      ...(c.scope ? [c.scope] : []),
    ]),
    ...map.nodes.flatMap((n) => [...n.evidence, ...(n.amounts ?? []).flatMap((a) => a.evidence)]),
    ...map.links.flatMap((l) => l.evidence),
    ...map.sources.flatMap((s) => s.evidence ?? []),
  ];
}

/**
 * The facts of a map, as a reader sees them: every chain, node and link with the sentences it
 * quotes, but not where in its file a quote sits (a PDF's text lays out its blank lines and spaces
 * its own way), nor which file a source is.
 */
function facts(map: ChainMap): unknown {
  const strip = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(strip);
    if (x && typeof x === 'object') {
      const o = { ...(x as Record<string, unknown>) };
      if ('quote' in o && 'start' in o) return { source: o.source, quote: o.quote };
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, strip(v)]));
    }
    return x;
  };
  return strip({
    ...map,
    sources: map.sources.map(({ file: _f, sha256: _s, textFile: _t, ...rest }) => rest),
    // A warning's message, not its file and position.
    warnings: (map.warnings ?? []).map((w) => w.replace(/^\S+:\d+:\d+: /, '')),
  });
}

/** Each page's text as pdf.js gives it, pieces joined: what the text layer says, before any reading. */
async function rawPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

const textOf = (f: Folder, textFile: string) => readFileSync(join(f.dir, 'data', textFile), 'utf8');

describe.each(['docx', 'pdf'] as const)('%s versions of the fixture documents', (kind) => {
  const f = () => folders[kind];

  it('compile without errors', () => {
    expect(f().stderr).not.toMatch(/: error: /);
    expect(f().status).toBe(0);
    expect(folders.txt.status).toBe(0);
  });

  it('to the same facts as their .txt: chains, segments and gap statuses, metrics, measures, parks, links', () => {
    expect(facts(f().map)).toEqual(facts(folders.txt.map));
    // And the facts are there to compare: every chain document is a chain with gaps and measures.
    const chains = f().map.chains.filter((c) => c.kind === 'chain');
    expect(chains).toHaveLength(DOCS.length - 1);
    for (const c of chains) {
      const own = f().map.nodes.filter((n) => n.chain === c.id);
      expect(
        own.some((n) => n.kind === 'segment' && n.status === 'gap'),
        c.id,
      ).toBe(true);
      expect(own.filter((n) => n.kind === 'measure').length, c.id).toBeGreaterThan(2);
      expect(c.metrics.length, c.id).toBeGreaterThan(0);
    }
  });

  it('each source names its original, with the original bytes’ sha256, and its text beside the map', () => {
    for (const d of DOCS) {
      const file = `${d.name}.${kind}`;
      const s = f().map.sources.find((x) => x.file === `seeds/${file}`);
      expect(s, file).toBeDefined();
      const bytes = f().bytes.get(file) as Uint8Array;
      expect(s?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(s?.textFile).toBe(`sources/${s?.id}.txt`);
      expect(existsSync(join(f().dir, 'data', s?.textFile as string))).toBe(true);
    }
    // A .txt source has no textFile: its file is its text.
    expect(folders.txt.map.sources.every((s) => s.textFile === undefined)).toBe(true);
  });

  it('every quote is the exact slice of the source’s textFile', () => {
    const texts = new Map(f().map.sources.map((s) => [s.id, textOf(f(), s.textFile as string)]));
    const evs = allEvidence(f().map);
    expect(evs.length).toBeGreaterThan(300);
    for (const e of evs) expect(texts.get(e.source)?.slice(e.start, e.end), e.quote).toBe(e.quote);
  });
});

describe('the .docx files', () => {
  it('are what Word writes: runs split mid-sentence, a _GoBack bookmark, a table, automatic numbers', () => {
    const d = DOCS[0] as { name: string; text: string };
    const zip = unzipSync(folders.docx.bytes.get(`${d.name}.docx`) as Uint8Array);
    const xml = strFromU8(zip['word/document.xml'] as Uint8Array);
    expect(xml).toContain('w:name="_GoBack"');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:numPr>');
    expect(zip['word/numbering.xml']).toBeDefined();
    // The title is in runs: not one of its lines is whole in the XML.
    const title = d.text.split('\n')[0] as string;
    expect(xml).not.toContain(title);
    // Measure (1)'s number is not in the document's text: Word draws it.
    const first = d.text.split('\n').find((l) => l.startsWith('（1）')) as string;
    expect(xml).not.toContain('（1）');
    expect(first).toBeDefined();
  });

  it('read as the text they were made from: numbers written in, each paragraph and table cell a line', () => {
    for (const d of DOCS) {
      const s = folders.docx.map.sources.find((x) => x.file === `seeds/${d.name}.docx`);
      expect(textOf(folders.docx, s?.textFile as string)).toBe(d.text.replace(/\n?$/, '\n'));
    }
  });
});

describe('the PDFs', () => {
  const pdfText = (name: string) => {
    const s = folders.pdf.map.sources.find((x) => x.file === `seeds/${name}.pdf`);
    return textOf(folders.pdf, s?.textFile as string);
  };

  it('are text PDFs of several pages with a running header and page numbers', async () => {
    const pages = await rawPages(folders.pdf.bytes.get('xinxiang-thermal.pdf') as Uint8Array);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const title = (DOCS[5] as { text: string }).text.trim().split('\n')[0] as string;
    pages.forEach((p, i) => {
      expect(unifyIdeographs(p)).toContain(title); // the running header
      const footer = (FOOTERS[5 % 3] as string)
        .replace('#', String(i + 1))
        .replace('N', String(pages.length));
      expect(p).toContain(footer); // `1/4` …
      expect(p.replace(/\s/g, '').length).toBeGreaterThan(200);
    });
  });

  it('lose their headers and page numbers, and keep every paragraph of the document on its own line', () => {
    DOCS.forEach((d) => {
      const text = pdfText(d.name);
      const title = d.text.trim().split('\n')[0] as string;
      // The title as often as the document says it, not once more a page.
      const count = (t: string) => t.split(title).length - 1;
      expect(count(text), d.name).toBe(count(d.text));
      expect(text, d.name).not.toMatch(/^(- \d+ -|第 \d+ 页|\d+\/\d+)$/m);
      // Spaces aside: a PDF shows a run of spaces, its text layer may hold one.
      const squeeze = (l: string) => l.trim().replace(/\s+/g, ' ');
      const lines = new Set(text.split('\n').map(squeeze));
      for (const l of d.text.split('\n').map(squeeze))
        if (l && !/^打印本页|^主办单位|^闽ICP/.test(l))
          expect(lines.has(l), `${d.name}: ${l}`).toBe(true);
    });
  });

  it('read 汽车 and 十四五 where the PDF’s text layer names radicals (⻋, ⼗)', async () => {
    const raw = (await rawPages(folders.pdf.bytes.get('xinxiang-thermal.pdf') as Uint8Array)).join(
      '',
    );
    expect(raw).toContain('汽⻋');
    expect(raw).toContain('⼗四五');
    const text = pdfText('xinxiang-thermal');
    expect(text).toContain('汽车热管理');
    expect(text).toContain('十四五');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/);
  });
});

describe('determinism', () => {
  it('the same bytes give the same text, twice', async () => {
    for (const kind of ['docx', 'pdf'] as const) {
      const bytes = folders[kind].bytes.get(`xinxiang-thermal.${kind}`) as Uint8Array;
      const a = await extractDocument(kind, bytes);
      const b = await extractDocument(kind, bytes);
      expect('text' in a && a.text.length > 1000).toBe(true);
      expect(b).toEqual(a);
    }
  });

  it('the same documents give the same map and texts, byte for byte', async () => {
    for (const kind of ['docx', 'pdf'] as const) {
      const again = await compileFolder(`${kind}-again`, folders[kind].bytes);
      const read = (f: Folder, p: string) => readFileSync(join(f.dir, 'data', p));
      expect(read(again, 'chain-map.json').equals(read(folders[kind], 'chain-map.json'))).toBe(
        true,
      );
      for (const s of again.map.sources)
        expect(
          read(again, s.textFile as string).equals(read(folders[kind], s.textFile as string)),
        ).toBe(true);
    }
  });
});
