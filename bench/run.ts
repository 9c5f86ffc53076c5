/**
 * `npm run bench` — the numbers that prove ChainMap is fast, measured the same way every time.
 * Writes bench/results.json and prints a short table. Sections: compile, search, render, atlas,
 * bytes, soak, lighthouse (`-- --only search,bytes` runs some; `-- --soak 2000` shortens the soak;
 * `-- --baseline HEAD~5` builds that commit too and runs Lighthouse on both builds in turns).
 * The machine is shared and noisy: every figure is a median or percentile over several runs, and
 * each section has a baseline measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { ChainMap } from '../src/contract/chain-map.ts';
import { chainView } from '../src/app/model/chain-view.ts';
import { generateChainMap, writeSynthetic } from '../scripts/gen-synthetic.ts';
import { benchCompile, benchCompileAtlas } from './lib/compile-bench.ts';
import { benchExtract } from './lib/extract-bench.ts';
import { benchSearch } from './lib/search-bench.ts';
import { benchRender } from './lib/render-bench.ts';
import { measureBuild } from '../scripts/lib/bundle-bytes.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { runLighthouseBeside } from './lib/lighthouse.ts';
import { generateAtlas } from '../scripts/lib/gen-atlas.ts';
import { benchAtlas } from './lib/atlas-bench.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const arg = (name: string) =>
  argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined;
const only = arg('only')?.split(',');
const want = (s: string) => !only || only.includes(s);
const soakInteractions = Number(arg('soak') ?? 10_000);
/** A commit to build beside this tree, for Lighthouse: the previous build, measured in the same run. */
const baselineRef = arg('baseline');
const kb = (n: number) => Math.round(n / 100) / 10;
/** The compiled atlas, and an atlas at scale around it: 40 chains, about 3,000 nodes. */
const compiled = JSON.parse(readFileSync(join(root, 'data/chain-map.json'), 'utf8')) as ChainMap;
const atlasAtScale = () =>
  generateAtlas({ base: compiled, chains: 40, nodes: 3000, filePrefix: 'synthetic/' });

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
};
const rows: [string, string, string][] = [];

if (want('compile')) {
  const c = await benchCompile(root);
  const a = await benchCompileAtlas(root);
  const x = await benchExtract(root);
  results.compile = { ...c, atlas: a, extract: x, target: 'median < 1000 ms; PDF text < 2000 ms' };
  rows.push([
    `compile ${c.documents} documents (median)`,
    `${c.medianMs} ms (read+hash baseline ${c.baselineReadHashMedianMs} ms)`,
    '< 1 s',
  ]);
  rows.push([
    `compile the atlas, ${a.documents} documents (median)`,
    `${a.medianMs} ms (read+hash baseline ${a.baselineReadHashMedianMs} ms)`,
    '< 1 s',
  ]);
  for (const r of x)
    rows.push([
      `extract a ${r.kind}${r.pages ? ` of ${r.pages} pages` : ''} (cold / median)`,
      `${r.coldMs} / ${r.medianMs} ms (hash baseline ${r.baselineHashMedianMs} ms)`,
      r.kind === 'pdf' ? '< 2 s' : '',
    ]);
}

if (want('search')) {
  // What the app searches: the nodes of the chain it shows (src/app/model/chain-view.ts).
  const real = chainView(compiled);
  const sets = [
    { name: 'real', nodes: real.nodes },
    // The portal's search reaches over the whole atlas.
    { name: 'atlas-40-chains', nodes: atlasAtScale().map.nodes },
    ...[500, 2000, 5000].map((n) => ({
      name: `synthetic-${n}`,
      nodes: chainView(generateChainMap({ nodes: n, seed: 11 }).map).nodes,
    })),
  ];
  const search = sets.map((s) => ({ map: s.name, ...benchSearch(s.nodes) }));
  results.search = { results: search, target: 'p95 < 2 ms at 5,000 nodes' };
  for (const s of search) {
    rows.push([
      `search ${s.map} (${s.nodes} nodes) p50/p95`,
      `${s.chainmap.p50Ms}/${s.chainmap.p95Ms} ms (plain Fuse ${s.fuseBaseline.p50Ms}/${s.fuseBaseline.p95Ms} ms)`,
      s.nodes >= 5000 ? 'p95 < 2 ms' : '',
    ]);
  }
}

/**
 * The portal as built at commit `ref`: a detached worktree of it (sharing this tree's
 * node_modules), built into a temporary folder; `remove()` deletes both.
 */
async function buildAt(ref: string): Promise<{ out: string; remove(): void }> {
  const tree = mkdtempSync(join(tmpdir(), 'chainmap-bench-baseline-'));
  const out = mkdtempSync(join(tmpdir(), 'chainmap-bench-baseline-dist-'));
  execFileSync('git', ['worktree', 'add', '--detach', '--force', tree, ref], {
    cwd: root,
    stdio: 'ignore',
  });
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  const remove = () => {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
    rmSync(out, { recursive: true, force: true });
  };
  try {
    await build({
      root: tree,
      configFile: join(tree, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: true },
    });
  } catch (e) {
    remove();
    throw e;
  }
  return { out, remove };
}

let portal: string | null = null;
if (want('render') || want('bytes') || want('lighthouse') || want('atlas')) {
  portal = mkdtempSync(join(tmpdir(), 'chainmap-bench-portal-'));
  await build({ root, logLevel: 'warn', build: { outDir: portal, emptyOutDir: true } });
  writeSynthetic(
    generateChainMap({ nodes: 2000, seed: 7, filePrefix: 'synthetic/' }),
    join(portal, 'synthetic', 'map-2000.json'),
    portal,
  );
  if (want('atlas'))
    writeSynthetic(atlasAtScale(), join(portal, 'synthetic', 'atlas-3000.json'), portal);
}

try {
  if (portal && want('bytes')) {
    const b = measureBuild(portal);
    const kiosk = mkdtempSync(join(tmpdir(), 'chainmap-bench-kiosk-'));
    await build({
      root,
      mode: 'kiosk',
      logLevel: 'warn',
      build: { outDir: kiosk, emptyOutDir: true },
    });
    const kioskFile = join(kiosk, 'index.html');
    const kioskBytes = statSync(kioskFile).size;
    const kioskGzip = gzipSync(readFileSync(kioskFile), { level: 9 }).length;
    rmSync(kiosk, { recursive: true, force: true });
    results.bytes = {
      portal: {
        initialJsGzip: b.initialJs,
        allJsGzip: b.allJs,
        cssGzip: b.css,
        dataGzip: b.data,
        fontBytes: b.font,
      },
      kiosk: { fileBytes: kioskBytes, fileGzip: kioskGzip },
      reference:
        'ECharts graph+sankey build ≈ 191 kB gzip; Svelte+d3+Fuse stack ≈ 66 kB (shared/research/stack-notes.md)',
    };
    rows.push([
      'portal initial JS (gzip)',
      `${kb(b.initialJs)} kB (all JS ${kb(b.allJs)} kB)`,
      '≤ 90 kB',
    ]);
    rows.push([
      'portal CSS / data / font',
      `${kb(b.css)} kB / ${kb(b.data)} kB / ${kb(b.font)} kB`,
      'font ≤ 300 kB',
    ]);
    rows.push(['kiosk single file', `${kb(kioskBytes)} kB (gzip ${kb(kioskGzip)} kB)`, '≤ 1.5 MB']);
  }

  if (portal && (want('render') || want('lighthouse') || want('atlas'))) {
    const server = await serveStatic(portal);
    try {
      if (want('atlas')) {
        const a = atlasAtScale().map;
        const featured = a.chains.find((c) => c.featured) ?? a.chains[0];
        const city = a.nodes.find((n) => n.id === featured?.region)?.parent ?? '';
        const r = await benchAtlas(server.url, {
          path: 'synthetic/atlas-3000.json',
          chains: a.chains.map((c) => ({ id: c.id, name: c.name.zh })),
          city,
          nodes: a.nodes.length,
        });
        results.atlas = {
          ...r,
          target:
            'first panorama ≤ 1000 ms; switching chains and opening the city table p95 ≤ 100 ms',
        };
        rows.push([
          `first complete panorama, atlas of ${r.chains} chains / ${r.nodes} nodes (median of 5)`,
          `${r.firstPanoramaMs.atlas} ms (compiled atlas ${r.firstPanoramaMs.compiledAtlas} ms)`,
          '≤ 1 s',
        ]);
        rows.push([
          `switch chains p50/p95 (${r.switchChainMs.n})`,
          `${r.switchChainMs.p50}/${r.switchChainMs.p95} ms (nothing to change: ${r.nothingToChangeMs.p50}/${r.nothingToChangeMs.p95} ms)`,
          'p95 ≤ 100 ms',
        ]);
        rows.push([
          `open the city table p50/p95 (${r.openCityMs.n})`,
          `${r.openCityMs.p50}/${r.openCityMs.p95} ms`,
          'p95 ≤ 100 ms',
        ]);
      }
      if (want('render')) {
        // The force view (the bare address opens the panorama, which has no canvas to pan).
        const real = await benchRender(`${server.url}?view=force`);
        const big = await benchRender(`${server.url}?view=force&data=synthetic/map-2000.json`);
        results.render = { real, synthetic2000: big, target: 'p95 frame ≤ 20 ms at 2,000 nodes' };
        rows.push(['first complete view, real map (median of 3)', `${real.firstViewMs} ms`, '']);
        rows.push([
          'pan/zoom frames, real map p50/p95',
          `${real.frameP50Ms}/${real.frameP95Ms} ms (idle baseline p95 ${real.idleFrameP95Ms} ms; main-thread CPU ${real.mainCpuPerFrameMs} ms/frame)`,
          '',
        ]);
        rows.push([
          'pan/zoom frames, 2,000 nodes p50/p95',
          `${big.frameP50Ms}/${big.frameP95Ms} ms (idle baseline p95 ${big.idleFrameP95Ms} ms; main-thread CPU ${big.mainCpuPerFrameMs} ms/frame)`,
          'p95 ≤ 20 ms',
        ]);
      }
      if (want('lighthouse')) {
        const before = baselineRef ? await buildAt(baselineRef) : null;
        const beside = before ? await serveStatic(before.out) : null;
        try {
          const lh = await runLighthouseBeside({
            build: server.url,
            ...(beside ? { baseline: beside.url } : {}),
          });
          results.lighthouse = {
            ...lh.build,
            ...(lh.baseline ? { baseline: { ref: baselineRef, ...lh.baseline } } : {}),
            target: 'performance ≥ 95, accessibility 100',
          };
          for (const [name, r] of Object.entries(lh))
            rows.push([
              `Lighthouse performance / accessibility, ${name === 'build' ? 'this build' : `baseline ${baselineRef}`} (median of ${r.runs})`,
              `${r.performance} / ${r.accessibility} (${Object.entries(r.metrics)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')})`,
              name === 'build' ? '≥ 95 / 100' : '',
            ]);
        } finally {
          await beside?.close();
          before?.remove();
        }
      }
    } finally {
      await server.close();
    }
  }
} finally {
  if (portal) rmSync(portal, { recursive: true, force: true });
}

if (want('soak')) {
  execFileSync(
    join(root, 'node_modules/.bin/tsx'),
    [join(root, 'bench/soak.ts'), '--interactions', String(soakInteractions)],
    { cwd: root, stdio: 'inherit' },
  );
  const soak = JSON.parse(readFileSync(join(root, 'bench/soak.json'), 'utf8')) as {
    interactions: number;
    growthPercent: { jsHeapUsed: number; domNodesInDocument: number };
  };
  results.soak = soak;
  rows.push([
    `kiosk soak, ${soak.interactions} interactions: heap / DOM growth`,
    `${soak.growthPercent.jsHeapUsed} % / ${soak.growthPercent.domNodesInDocument} %`,
    '< 5 %',
  ]);
}

mkdirSync(join(root, 'bench'), { recursive: true });
const out = join(root, 'bench/results.json');
const previous = (() => {
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
})();
writeFileSync(out, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
const w = Math.max(...rows.map((r) => r[0].length));
for (const [what, value, target] of rows)
  console.log(`${what.padEnd(w)}  ${value}${target ? `   [target ${target}]` : ''}`);
console.log(`→ ${out}`);
