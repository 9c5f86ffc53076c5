/**
 * No import cycle anywhere in src/ (issue 17): every .ts and .svelte file's imports, read with the
 * TypeScript and svelte parsers (tests/unit/import-graph.ts), and a failure that names the cycle.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cyclesOf, importGraph, specifiersOf } from './import-graph.ts';

const src = resolve(import.meta.dirname, '../../src');

describe('the import graph of src/', () => {
  it('has no cycle', async () => {
    const graph = await importGraph(src);
    // The walk sees the app's components and the compiler alike.
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join(src, 'app/boot.ts'))).toContain(
      join(src, 'app/modes/portal/Portal.svelte'),
    );
    expect(
      cyclesOf(graph, src)
        .map((c) => c.join(' → '))
        .join('\n'),
    ).toBe('');
  });
});

describe('the cycle finder', () => {
  const root = mkdtempSync(join(tmpdir(), 'chainmap-cycles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('reads every kind of import', () => {
    expect(
      specifiersOf(`
        import a from './a.ts';
        import type { B } from './b.ts';
        export { c } from './c.ts';
        export type * from './d.ts';
        const e = await import('./e.ts');
        type F = import('./f.ts').F;
        const notAnImport = "import g from './g.ts'";
      `),
    ).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts', './f.ts']);
  });

  it('names a cycle through a component, a type-only import and a chunk', async () => {
    put('x/a.ts', "import type { B } from '../y/b.ts';\nexport type A = B;\n");
    put(
      'y/b.ts',
      "import Part from '../z/Part.svelte';\nexport type B = string;\nexport { Part };\n",
    );
    put(
      'z/Part.svelte',
      '<script lang="ts">\n  import type { A } from \'../x/a.ts\';\n  let { a }: { a: A } = $props();\n</script>\n<p>{a}</p>\n',
    );
    // Not part of the cycle: a leaf, a test, and a URL import of the same file.
    put('y/leaf.ts', "import u from './b.ts?url';\nexport default u;\n");
    put('y/b.test.ts', "import '../x/a.ts';\n");
    put('w/lazy.ts', "export const load = () => import('./chunk.ts');\n");
    put('w/chunk.ts', "import { load } from './lazy.ts';\nexport const again = load;\n");
    const cycles = cyclesOf(await importGraph(root), root);
    expect(cycles).toEqual([
      ['w/chunk.ts', 'w/lazy.ts', 'w/chunk.ts'],
      ['x/a.ts', 'y/b.ts', 'z/Part.svelte', 'x/a.ts'],
    ]);
  });

  it('finds none in a tree that points one way', async () => {
    const one = mkdtempSync(join(tmpdir(), 'chainmap-nocycles-'));
    try {
      writeFileSync(join(one, 'a.ts'), "import './b.ts';\n");
      writeFileSync(join(one, 'b.ts'), 'export {};\n');
      expect(cyclesOf(await importGraph(one), one)).toEqual([]);
    } finally {
      rmSync(one, { recursive: true, force: true });
    }
  });
});
