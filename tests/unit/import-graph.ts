/**
 * The import graph of a source tree (.ts and .svelte files) and its cycles, for
 * tests/unit/import-cycles.test.ts. Imports are read with real parsers: svelte's preprocess hands
 * over the `<script>` blocks of a component, the TypeScript compiler parses each script. Every
 * relative import counts: values and types (`import type` too: a type cycle still ties two modules
 * together), re-exports, and `import()` (a chunk that imports its loader is a cycle too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { preprocess } from 'svelte/compiler';

/** Every .ts and .svelte file under `dir` (tests and declaration files left out). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f) && !/\.d\.ts$|\.test\.ts$|\.test-util\.ts$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

/** The scripts of a file: a .ts file is one; a component has its `<script>` blocks. */
async function scriptsOf(file: string): Promise<string[]> {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.svelte')) return [text];
  const scripts: string[] = [];
  await preprocess(
    text,
    {
      script: ({ content }) => {
        scripts.push(content);
      },
    },
    { filename: file },
  );
  return scripts;
}

/** The module specifiers a script imports: `import`, `export … from`, `import type`, `import()`. */
export function specifiersOf(script: string, fileName = 'x.ts'): string[] {
  const source = ts.createSourceFile(fileName, script, ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    )
      out.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** File → the files of the tree it imports (relative imports only; `?url` and such dropped). */
export async function importGraph(dir: string): Promise<Map<string, string[]>> {
  const files = sourceFiles(dir);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = new Set<string>();
    for (const script of await scriptsOf(file))
      for (const spec of specifiersOf(script, file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec.replace(/\?.*$/, ''));
        if (known.has(target)) targets.add(target);
      }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * The import cycles of a graph, one per strongly connected group (Tarjan), each as the path of
 * files that closes it, relative to `root`: ['a.ts', 'b.svelte', 'a.ts'].
 */
export function cyclesOf(graph: Map<string, string[]>, root: string): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  // In each group, the shortest way back from its first file to itself (breadth first).
  return groups
    .map((group) => {
      const inGroup = new Set(group);
      const start = [...group].sort()[0]!;
      const from = new Map<string, string>();
      const queue = [start];
      let end: string | null = null;
      while (queue.length && end === null) {
        const v = queue.shift()!;
        for (const w of graph.get(v) ?? []) {
          if (!inGroup.has(w)) continue;
          if (w === start) {
            end = v;
            break;
          }
          if (!from.has(w)) {
            from.set(w, v);
            queue.push(w);
          }
        }
      }
      const path = [start];
      for (let v = end!; v !== start; v = from.get(v)!) path.splice(1, 0, v);
      path.push(start);
      return path.map((f) => relative(root, f));
    })
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
}
