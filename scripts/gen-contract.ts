/**
 * `npm run gen:contract`: writes `src/contract/chain-map.gen.ts`, the TypeScript types of the
 * chain-map contract, from its one source of truth `data/chain-map.schema.json`.
 * `tests/unit/contract-types.test.ts` fails when the committed file is not what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
export const GENERATED = root('src/contract/chain-map.gen.ts');

/** The generated types for the schema, as the committed file should read. */
export async function contractTypes(): Promise<string> {
  const schema = JSON.parse(readFileSync(root('data/chain-map.schema.json'), 'utf8')) as object;
  return compile(schema as never, 'ChainMap', {
    bannerComment:
      '/* Generated from data/chain-map.schema.json by `npm run gen:contract`. Do not edit: edit the schema. */',
    additionalProperties: false,
    style: { singleQuote: true, printWidth: 100 },
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GENERATED, await contractTypes());
}
