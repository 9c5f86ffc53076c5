/**
 * The shipped font's two files (build/vite-plugin-cjk-font.ts): the first screen's characters in
 * a small preloaded file, every other character in the second, no glyph in both; the first screen
 * covers the panorama the portal opens on.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  buildFirstScreenSubset,
  buildRestSubset,
  buildSubset,
  FIRST_SCREEN_FILES,
  firstScreenTexts,
  fontAssets,
  resolveOptions,
} from '../../build/vite-plugin-cjk-font.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { chainView } from '../../src/app/model/chain-view.ts';

const root = resolve(import.meta.dirname, '../..');
const o = resolveOptions(root, {});

describe('the font in two files', () => {
  it('splits the subset: together every character once, the first screen preloaded', async () => {
    const full = await buildSubset(o);
    const first = await buildFirstScreenSubset(o, full);
    const rest = await buildRestSubset(o, full, first);
    const inFirst = new Set(first.text);
    expect([...rest.text].filter((c) => inFirst.has(c))).toEqual([]);
    expect(new Set([...first.text, ...rest.text])).toEqual(new Set(full.text));
    // Each glyph is downloaded once: the two files weigh the whole subset and a second file's
    // tables (before the split, a reader downloaded the whole subset and the first screen's).
    expect(first.woff2.length + rest.woff2.length).toBeLessThan(full.woff2.length * 1.15);
    const a = fontAssets(rest, o.fontFile, first);
    const css = String(a.files.get(a.cssFile));
    expect(css).toContain(`in two files: the ${[...first.text].length} of the first screen`);
    // The Noto Sans SC alias has both files too.
    expect(css.match(/font-family: "Noto Sans SC"/g)).toHaveLength(2);
  }, 60_000);

  it('the first screen covers the featured chain’s panorama: segments, firms, park, customers', () => {
    const map = chainView(
      JSON.parse(readFileSync(resolve(root, 'data/chain-map.json'), 'utf8')) as ChainMap,
    );
    const text = new Set(firstScreenTexts(root).join(''));
    const shown = map.nodes
      .filter((n) => ['segment', 'park', 'customer'].includes(n.kind))
      .map((n) => n.name.zh)
      .join('');
    expect([...shown].filter((c) => !text.has(c))).toEqual([]);
  });

  it('a first-screen file that is gone (renamed, moved) fails the build, naming it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'chainmap-font-'));
    try {
      for (const f of ['index.html', 'data/chain-map.json', ...FIRST_SCREEN_FILES])
        cpSync(resolve(root, f), join(copy, f), { recursive: true });
      expect(firstScreenTexts(copy).length).toBeGreaterThan(FIRST_SCREEN_FILES.length);
      const renamed = FIRST_SCREEN_FILES[1] as string;
      rmSync(join(copy, renamed));
      expect(() => firstScreenTexts(copy)).toThrow(renamed);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
