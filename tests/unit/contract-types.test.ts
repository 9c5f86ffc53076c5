// One source of truth for the contract: the TypeScript types are generated from the JSON Schema.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { contractTypes, GENERATED } from '../../scripts/gen-contract.ts';

it('src/contract/chain-map.gen.ts is what the schema generates (run `npm run gen:contract` if not)', async () => {
  expect(readFileSync(GENERATED, 'utf8')).toBe(await contractTypes());
});
