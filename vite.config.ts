import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toCsv } from './src/opendata/csv.ts';
import { cjkFont } from './build/vite-plugin-cjk-font.ts';
import { kioskBuild, kioskMap } from './build/vite-plugin-kiosk.ts';
import { csp } from './build/vite-plugin-csp.ts';
import { precomputedLayout } from './build/vite-plugin-layout.ts';
import { compilerValidators, mapValidator } from './build/vite-plugin-map-validator.ts';
import { PRECACHED_CMAPS, pdfCmaps } from './build/vite-plugin-pdf-cmaps.ts';
import { preloadMap } from './build/vite-plugin-preload-map.ts';
import { firstViewMap } from './build/vite-plugin-first-view.ts';
import { compileHints } from './build/vite-plugin-compile-hints.ts';
import { libraryFiles } from './src/compile/library-export.ts';
import type { ChainMap } from './src/contract/chain-map.ts';

/**
 * Ships the source documents and the open data with the build, at the same paths as in the repo
 * (`seeds/…txt`, the text the compiler extracted from each .docx or .pdf, `data/sources/…txt`,
 * `data/chain-map.json`, `data/chain-map.schema.json`, and CSV tables
 * `data/chain-map-{nodes,links,evidence}.csv`; the industry-chain library as
 * `data/chain-library.json`, `data/chain-library-segments.csv` and `data/chain-library.schema.json`),
 * so the app can open any
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
        ...(existsSync('data/sources') ? readdirSync('data/sources') : [])
          .filter((f) => f.endsWith('.txt'))
          .map((f) => `data/sources/${f}`),
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
      // The industry-chain library, its segments as CSV and its schema (issue 19, open data).
      const library = readdirSync('data/chains').map((name) => ({
        name,
        text: readFileSync(`data/chains/${name}`, 'utf8'),
      }));
      for (const [fileName, source] of Object.entries(libraryFiles(library)))
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/**
 * Offline after the first visit (issue 4): a Workbox service worker precaching the app shell, the
 * map, the source documents, the open data and the font. `registerType: 'prompt'`: a new version
 * waits until the reader chooses to reload (src/app/components/UpdatePrompt.svelte). Registered
 * from src/app/state/pwa.ts, not by an injected script (no inline script, for a strict CSP).
 */
function pwa(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: '产业链图谱 ChainMap',
      short_name: '产业链图谱',
      description: '产业链图谱：环节、招商缺口、园区与支持措施，每条信息可查原文。',
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5cad',
      // Drawn from public/icons/icon.svg by scripts/make-icons.ts.
      icons: [
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // The compiler's worker and pdf.js and mammoth are scripts too (for 导入文件 offline), with
      // the CMaps that Chinese PDFs need (build/vite-plugin-pdf-cmaps.ts).
      globPatterns: ['**/*.{html,js,css,json,txt,csv,woff2,webmanifest,svg,png}', PRECACHED_CMAPS],
      globIgnores: ['synthetic/**'],
      navigateFallback: 'index.html',
      // The first visit takes control at once, so the next load is already offline-proof;
      // later versions still wait for the prompt (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
  });
}

// One config for the app build and the tests. Unit tests run in Node; browser tests drive the
// system Chromium through playwright-core against a production build (see tests/browser/setup.ts).
export default defineConfig(({ mode }) => ({
  base: './',
  // `--mode kiosk` (npm run build:kiosk): one self-contained dist-kiosk/index.html, no service
  // worker, no separate open-data files (build/vite-plugin-kiosk.ts). csp() stays last.
  plugins:
    mode === 'kiosk'
      ? [
          kioskMap(),
          firstViewMap({ emit: false }),
          svelte(),
          precomputedLayout(),
          mapValidator(),
          cjkFont(),
          viteSingleFile(),
          kioskBuild(),
          csp(),
        ]
      : [
          svelte(),
          precomputedLayout(),
          mapValidator(),
          openData(),
          pdfCmaps(),
          firstViewMap(),
          preloadMap(),
          compileHints(),
          cjkFont(),
          pwa(),
          csp(),
        ],
  // The web build copies public/ (the icons); the kiosk file carries its icon inline.
  publicDir: mode === 'kiosk' ? false : 'public',
  build: { target: 'es2022', outDir: mode === 'kiosk' ? 'dist-kiosk' : 'dist', emptyOutDir: true },
  // The map checks run in a worker (src/app/data/check-map-worker.ts), which needs the validator too;
  // so does the compiler's worker (src/app/data/import/compile-worker.ts), with its inputs' validators.
  worker: { format: 'es', plugins: () => [mapValidator(), compilerValidators(), compileHints()] },
  preview: { port: 4173 },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // The compiler tests compile real documents (and spawn the CLI): generous on a busy machine.
          testTimeout: 30_000,
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
}));
