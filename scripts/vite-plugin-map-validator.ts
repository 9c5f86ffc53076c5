/**
 * `virtual:chain-map-validator`: the JSON Schema of the chain map (data/chain-map.schema.json)
 * compiled by Ajv into plain JavaScript at build time (Ajv "standalone" code). The app validates
 * every map it fetches without shipping Ajv, and without `eval`/`new Function` at run time, which
 * the page's Content-Security-Policy forbids.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';

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
  const code = standaloneCode(ajv, ajv.compile(schema)).split(UCS2).join(UCS2_INLINE);
  if (/\brequire\(|new Function|\beval\(/.test(code))
    throw new Error('chain-map validator: generated code needs a run-time require or eval');
  return code;
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
