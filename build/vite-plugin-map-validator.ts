/**
 * `virtual:chain-map-validator`: the JSON Schema of the chain map (data/chain-map.schema.json)
 * compiled by Ajv into plain JavaScript at build time (Ajv "standalone" code). The app validates
 * every map it fetches without shipping Ajv, and without `eval`/`new Function` at run time, which
 * the page's Content-Security-Policy forbids.
 *
 * `virtual:compiler-validators`: the same for the compiler's hand-edited inputs
 * (src/compile/schemas.ts: the manifest and data/*.yaml), with every error reported as the command
 * line reports them, for the compiler that runs in the browser (src/app/data/import/).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { INPUT_SCHEMAS } from '../src/compile/schemas.ts';

const ID = 'virtual:chain-map-validator';
const RESOLVED = `\0${ID}`;

// The one run-time helper Ajv's code requires (string length in code points, for maxLength):
// inlined, so the module is self-contained ESM.
const UCS2 = 'require("ajv/dist/runtime/ucs2length").default';
const UCS2_INLINE = '((s) => { let n = 0; for (const _ of s) n++; return n; })';

/**
 * The ESM source of a validator for `schema`: `export default function validate(data): boolean`,
 * with `validate.errors` set (first error only) when it returns false.
 * @example validatorSource({ type: 'object' }) // → '"use strict";export const validate = validate10;…'
 */
export function validatorSource(schema: object): string {
  const ajv = new Ajv({ code: { source: true, esm: true }, strict: false, allErrors: false });
  return selfContained(standaloneCode(ajv, ajv.compile(withoutNotes(schema) as object)));
}

/**
 * `schema` without its notes for people (`description`, `$comment`: strings, which validate
 * nothing), so the shipped validator does not carry them; a property named `description` (an
 * object) stays.
 */
export function withoutNotes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutNotes);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([k, v]) => !((k === 'description' || k === '$comment') && typeof v === 'string'))
      .map(([k, v]) => [k, withoutNotes(v)]),
  );
}

/**
 * The ESM source of one validator per schema, each a named export (`export const taxonomy = …`)
 * reporting every error (`allErrors`), as the compiler's run-time Ajv does.
 * @example validatorsSource({ a: { type: 'object' } }) // → '"use strict";export const a = validate10;…'
 */
export function validatorsSource(schemas: Record<string, object>): string {
  const ajv = new Ajv({ code: { source: true, esm: true }, strict: false, allErrors: true });
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  const names = Object.fromEntries(Object.keys(schemas).map((k) => [k, k]));
  return selfContained(standaloneCode(ajv, names));
}

/** `code` with Ajv's one run-time helper inlined; throws if it still needs a require or eval. */
function selfContained(code: string): string {
  const out = code.split(UCS2).join(UCS2_INLINE);
  if (/\brequire\(|new Function|\beval\(/.test(out))
    throw new Error('schema validator: generated code needs a run-time require or eval');
  return out;
}

/** The Vite plugin serving the validator of data/chain-map.schema.json (dev, build and tests). */
export function mapValidator(schemaPath = 'data/chain-map.schema.json'): Plugin {
  return {
    name: 'chainmap-map-validator',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const file = resolve(schemaPath);
      this.addWatchFile(file);
      return validatorSource(JSON.parse(readFileSync(file, 'utf8')) as object);
    },
  };
}

const INPUTS_ID = 'virtual:compiler-validators';

/** The Vite plugin serving the validators of the compiler's inputs (src/compile/schemas.ts). */
export function compilerValidators(): Plugin {
  return {
    name: 'chainmap-compiler-validators',
    resolveId: (id) => (id === INPUTS_ID ? `\0${INPUTS_ID}` : null),
    load: (id) => (id === `\0${INPUTS_ID}` ? validatorsSource(INPUT_SCHEMAS) : null),
  };
}
