/**
 * Fails (exit 1) when a production build breaks a budget in budgets.yaml. Part of `npm test`.
 * Builds the portal and the single-file kiosk into temp folders and measures both.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { measureBuild, readBudgets } from './lib/bundle-bytes.ts';

const root = resolve(import.meta.dirname, '..');
const budgets = readBudgets(join(root, 'budgets.yaml'));
const outDir = mkdtempSync(join(tmpdir(), 'chainmap-budget-'));
const kioskDir = mkdtempSync(join(tmpdir(), 'chainmap-budget-kiosk-'));
try {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const b = measureBuild(outDir);
  const kb = (n: number) => Math.round(n / 100) / 10;
  const rows: [string, number, number | undefined, string][] = [
    ['portal initial JS (gzip)', kb(b.initialJs), budgets.portalInitialJsKb, 'kB'],
    ['portal CSS (gzip)', kb(b.css), budgets.portalCssKb, 'kB'],
    ['portal data (gzip)', kb(b.data), budgets.portalDataKb, 'kB'],
    ['portal first view data (gzip)', kb(b.firstViewData), budgets.portalFirstViewDataKb, 'kB'],
    ['font subset', kb(b.font), budgets.fontKb, 'kB'],
    ['portal all JS incl. lazy chunks (gzip, reported only)', kb(b.allJs), undefined, 'kB'],
  ];
  await build({
    root,
    mode: 'kiosk',
    logLevel: 'warn',
    build: { outDir: kioskDir, emptyOutDir: true },
  });
  const kiosk = statSync(join(kioskDir, 'index.html')).size;
  rows.push(['kiosk single file', Math.round(kiosk / 1e4) / 100, budgets.kioskFileMb, 'MB']);
  let failed = 0;
  for (const [what, value, limit, unit] of rows) {
    const over = limit !== undefined && value > limit;
    if (over) failed++;
    console.log(
      `${over ? 'OVER ' : 'ok   '} ${what}: ${value} ${unit}${limit !== undefined ? ` (budget ${limit} ${unit})` : ''}`,
    );
  }
  const checked = rows.filter((r) => r[2] !== undefined).length;
  console.log(`budgets: ${checked - failed} of ${checked} within budget`);
  process.exitCode = failed > 0 ? 1 : 0;
} finally {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(kioskDir, { recursive: true, force: true });
}
