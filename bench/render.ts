/**
 * `npm run bench:render [-- --nodes 2000] [-- --real]` — force-view smoothness in headless
 * Chromium: navigation → first complete view, and frame times during 5 s of scripted drag-pans and
 * wheel-zooms (with an idle-frame baseline from the same page). Target: p95 frame ≤ 20 ms at
 * 2,000 nodes. `npm run bench` runs this together with everything else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { generateChainMap, writeSynthetic } from '../scripts/gen-synthetic.ts';
import { benchRender } from './lib/render-bench.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';

const args = process.argv.slice(2);
const real = args.includes('--real');
const nodes = Number(args[args.indexOf('--nodes') + 1] || 2000) || 2000;
const root = resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'chainmap-bench-'));
try {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  if (!real)
    writeSynthetic(
      generateChainMap({ nodes, seed: 7, filePrefix: 'synthetic/' }),
      join(outDir, 'synthetic', 'map.json'),
      outDir,
    );
  const server = await serveStatic(outDir);
  try {
    // The force view (the bare address opens the panorama, which has no canvas to pan).
    const r = await benchRender(
      real ? `${server.url}?view=force` : `${server.url}?view=force&data=synthetic/map.json`,
    );
    console.log(
      `force view, ${real ? 'real map' : `${nodes} nodes`}: first view ${r.firstViewMs} ms; 5 s pan/zoom (${r.inputEvents} input events) frames p50 ${r.frameP50Ms} ms · p95 ${r.frameP95Ms} ms (idle baseline p95 ${r.idleFrameP95Ms} ms); canvas draw p50 ${r.drawP50Ms} ms · p95 ${r.drawP95Ms} ms; main-thread CPU ${r.mainCpuPerFrameMs} ms per frame`,
    );
    console.log(
      r.frameP95Ms <= 20 ? 'OK: p95 frame time ≤ 20 ms' : 'OVER TARGET: p95 frame time > 20 ms',
    );
  } finally {
    await server.close();
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
