import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toCsv } from './src/opendata/csv.ts';
import { cjkFont } from './scripts/vite-plugin-cjk-font.ts';
import type { ChainMap } from './src/contract/chain-map.ts';

/**
 * Ships the source documents and the open data with the build, at the same paths as in the repo
 * (`seeds/…txt`, `data/chain-map.json`, `data/chain-map.schema.json`, and CSV tables
 * `data/chain-map-{nodes,links,evidence}.csv`), so the app can open any
 * document at the quoted passage and the portal can offer the data for download. In dev, Vite
 * serves the repo root, so the same paths work.
 */
function openData(): Plugin {
  return {
    name: 'chainmap-open-data',
    apply: 'build',
    generateBundle() {
      const files = [
        ...readdirSync('seeds')
          .filter((f) => f.endsWith('.txt'))
          .map((f) => `seeds/${f}`),
        'data/chain-map.json',
        'data/chain-map.schema.json',
      ];
      for (const fileName of files) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(fileName) });
      }
      const csv = toCsv(JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as ChainMap);
      for (const [name, source] of Object.entries(csv)) {
        this.emitFile({ type: 'asset', fileName: `data/chain-map-${name}.csv`, source });
      }
    },
  };
}

// One config for the app build and the tests. Unit tests run in Node; browser tests drive the
// system Chromium through playwright-core against a production build (see tests/browser/setup.ts).
export default defineConfig({
  base: './',
  plugins: [svelte(), openData(), cjkFont()],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  preview: { port: 4173 },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/compile/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
