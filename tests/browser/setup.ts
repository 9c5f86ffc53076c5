/**
 * Global setup of the browser tests: builds the app with Vite's JS API into a temp directory, adds
 * generated synthetic maps under `synthetic/` (used while, or in addition to, the real
 * data/chain-map.json), serves it with `vite preview` on a free port and provides the URL.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { generateChainMap, writeSynthetic } from '../../scripts/gen-synthetic.ts';
import { writeRobustnessFixtures } from './fixtures.ts';
import { HOUSING, NEV_OEM } from './ids.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hasRealData: boolean;
  }
}

const root = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'chainmap-dist-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  // 102 nodes: a chain of 60 segments (the panorama must stay legible), 300 and 2,000 for scale.
  for (const n of [102, 300, 2000]) {
    const result = generateChainMap({ nodes: n, seed: 7, filePrefix: 'synthetic/' });
    writeSynthetic(result, join(outDir, 'synthetic', `map-${n}.json`), outDir);
  }
  // A map whose supply links contain a cycle (the compiler would report it; the app must still draw).
  const cyclic = generateChainMap({ nodes: 300, seed: 7, filePrefix: 'synthetic/' });
  const back = cyclic.map.links.find((l) => l.kind === 'supplies' && l.source === HOUSING);
  if (!back) throw new Error(`the generated map has no supplies link from ${HOUSING}`);
  cyclic.map.links.push({ ...back, source: NEV_OEM, target: HOUSING });
  writeSynthetic(cyclic, join(outDir, 'synthetic', 'map-cycle.json'), outDir);
  writeRobustnessFixtures(outDir);
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  project.provide('hasRealData', existsSync(join(root, 'data/chain-map.json')));
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
