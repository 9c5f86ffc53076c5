// The compiler on files in memory (src/compile/memory.ts), as the browser's 导入文件 runs it: the
// same map as the command line compiling a seeds folder that holds just those documents, the
// same messages for a file that gives no text, and no Node module anywhere in its imports (so a
// browser worker can bundle it).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInMemory } from '../../src/compile/memory.ts';
import { compile } from '../../src/compile/node/compile.ts';
import { nodeHost } from '../../src/compile/node/host.ts';
import { formatProblem } from '../../src/compile/problems.ts';
import { docxFromText } from '../../scripts/lib/document-files.ts';
import { FLAGSHIP, ROOT, THERMAL, gaps } from './helpers.ts';

const data = Object.fromEntries(
  ['', 'chains/']
    .flatMap((sub) =>
      readdirSync(join(ROOT, 'data', sub))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => `${sub}${f}`),
    )
    .map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]),
);
const flagship = readFileSync(join(ROOT, 'seeds', FLAGSHIP));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The command line's map of a seeds folder holding only `name`. */
async function onDisk(name: string, bytes: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'chainmap-memory-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', name), bytes);
  return compile({ seeds: join(dir, 'seeds'), data: join(ROOT, 'data'), root: dir });
}

describe('compileInMemory', () => {
  it('a .txt gives the map the command line gives for a folder of that one document', async () => {
    const mem = await compileInMemory(
      { documents: [{ name: FLAGSHIP, bytes: flagship }], data },
      nodeHost(),
    );
    const disk = await onDisk(FLAGSHIP, flagship);
    expect(mem.map).not.toBeNull();
    // Files are named as given: `措施.txt` in memory, `seeds/措施.txt` from the folder.
    const named = JSON.stringify(mem.map).replaceAll(`"${FLAGSHIP}`, `"seeds/${FLAGSHIP}`);
    expect(JSON.parse(named)).toEqual(disk.map);
    expect(mem.map?.chains.map((c) => c.id)).toEqual([THERMAL]);
    expect(gaps(mem.map!).length).toBeGreaterThan(0);
    // Every source's text, by the path the map gives for it.
    expect(mem.sourceTexts.get(FLAGSHIP)).toBe(flagship.toString('utf8'));
  });

  it('a .docx: its extracted text under the source textFile, the same chain as its .txt', async () => {
    const text = flagship.toString('utf8');
    const mem = await compileInMemory(
      { documents: [{ name: '措施.docx', bytes: docxFromText(text) }], data },
      nodeHost(),
    );
    const source = mem.map?.sources[0];
    expect(source).toMatchObject({ file: '措施.docx', textFile: 'sources/cuo-shi.txt' });
    expect(mem.sourceTexts.get('sources/cuo-shi.txt')).toBe(mem.texts.get('sources/cuo-shi.txt'));
    const txt = await compileInMemory(
      { documents: [{ name: FLAGSHIP, bytes: flagship }], data },
      nodeHost(),
    );
    const names = (m: typeof mem) => gaps(m.map!).map((n) => n.name.zh);
    expect(names(mem)).toEqual(names(txt));
  });

  it.each([
    ['旧.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /旧版 Word/],
    ['坏.docx', new TextEncoder().encode('not a zip'), /文件已损坏或格式不符/],
    ['空.txt', new Uint8Array(), /document is empty/],
    ['gbk.txt', new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), /not valid UTF-8/],
  ])('%s: no map, and the message the command line prints', async (name, bytes, message) => {
    const mem = await compileInMemory({ documents: [{ name, bytes }], data }, nodeHost());
    const disk = await onDisk(name, bytes);
    expect(mem.map).toBeNull();
    const lines = mem.problems.errors.map(formatProblem);
    expect(lines[0]).toMatch(new RegExp(`^${name}:\\d+:\\d+: error: `));
    expect(lines[0]).toMatch(message);
    expect(lines).toEqual(disk.problems.errors.map(formatProblem).map((l) => l.slice(6)));
  });
});

describe('what a browser worker bundles', () => {
  /** Every module memory.ts reaches, static and dynamic imports alike, type-only imports left out. */
  function reached(entry: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const visit = (file: string): void => {
      if (out.has(file)) return;
      const src = readFileSync(file, 'utf8');
      const specs = [
        ...src.matchAll(/^import (?!type )[^;]*? from '([^']+)'/gms),
        ...src.matchAll(/^export (?!type )[^;]*? from '([^']+)'/gms),
        ...src.matchAll(/\bimport\('([^']+)'\)/g),
      ].map((m) => m[1] as string);
      out.set(file, specs);
      for (const s of specs) if (s.startsWith('.')) visit(resolve(dirname(file), s));
    };
    visit(entry);
    return out;
  }

  it('reaches no node: module, no Ajv (schemas come checked by the host) and no file of node/', () => {
    const graph = reached(join(ROOT, 'src/compile/memory.ts'));
    const bad = [...graph].flatMap(([file, specs]) =>
      specs
        .filter((s) => s.startsWith('node:') || s === 'ajv' || s.includes('/node/'))
        .map((s) => `${file.slice(ROOT.length + 1)} → ${s}`),
    );
    expect(bad).toEqual([]);
    expect(graph.size).toBeGreaterThan(20);
  });
});
