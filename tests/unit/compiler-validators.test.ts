/**
 * The compiler's input validators as the browser runs them (build/vite-plugin-map-validator.ts,
 * `virtual:compiler-validators`): plain ESM with no eval, and the same verdict and the same errors
 * as the Ajv the command line compiles at run time, so a broken data file gets the same
 * `file:line:col` messages in both places.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validatorsSource } from '../../build/vite-plugin-map-validator.ts';
import { INPUT_SCHEMAS } from '../../src/compile/schemas.ts';
import { nodeHost } from '../../src/compile/node/host.ts';
import type { Validate } from '../../src/compile/host.ts';

const code = validatorsSource(INPUT_SCHEMAS);
const data = (name: string): unknown => parse(readFileSync(join('data', name), 'utf8'));

async function generated(): Promise<Record<keyof typeof INPUT_SCHEMAS, Validate>> {
  const file = join(mkdtempSync(join(tmpdir(), 'validators-')), 'validators.mjs');
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as Record<keyof typeof INPUT_SCHEMAS, Validate>;
}

/** A validator's verdict and errors, as the compiler turns them into messages. */
function verdict(v: Validate, value: unknown) {
  const ok = v(value);
  return { ok, errors: (v.errors ?? []).map((e) => [e.keyword, e.instancePath, e.message]) };
}

describe('the generated validators of the compiler inputs', () => {
  it('need nothing the CSP forbids and export one validator per input', () => {
    expect(code).not.toMatch(/\beval\(|new Function|\brequire\(|\bimport\s*\(/);
    for (const name of Object.keys(INPUT_SCHEMAS))
      expect(code).toMatch(new RegExp(`export const ${name}\\b`));
  });

  const inputs: [keyof typeof INPUT_SCHEMAS, unknown, boolean][] = [
    ['taxonomy', data('taxonomy.yaml'), true],
    ['regions', data('regions.yaml'), true],
    ['enterprises', data('enterprises.yaml'), true],
    ['glossary', data('glossary.yaml'), true],
    ['manifest', parse(readFileSync('seeds/manifest.yaml', 'utf8')), true],
    [
      'taxonomy',
      { industry: { zh: '' }, segments: [{ id: 'Bad Id', tier: 'top', extra: 1 }] },
      false,
    ],
    [
      'regions',
      { regions: [{ id: 'x', zh: 'x', en: 'x', level: 'planet', reference: [] }] },
      false,
    ],
    [
      'manifest',
      { documents: [{ file: 'a.txt', date: '2024-13', featured: 'yes' }], more: 1 },
      false,
    ],
    ['glossary', { terms: { 甲: { en: '' }, 乙: { aliases: 'x' } } }, false],
  ];
  it.each(inputs)('%s: the same verdict and errors as Ajv at run time', async (name, value, ok) => {
    const browser = await generated();
    const node = nodeHost().validators;
    const got = verdict(browser[name], value);
    expect(got.ok).toBe(ok);
    expect(got).toEqual(verdict(node[name], value));
  });
});
