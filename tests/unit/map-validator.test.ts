/**
 * The schema validator the app ships (build/vite-plugin-map-validator.ts): plain ESM generated at
 * build time, safe under the page's CSP (no eval, no new Function, no require), and it agrees with
 * Ajv on the compiled map and on broken ones.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatorSource, withoutNotes } from '../../build/vite-plugin-map-validator.ts';

const schema = JSON.parse(readFileSync('data/chain-map.schema.json', 'utf8')) as object;

describe('the generated chain-map validator', () => {
  const code = validatorSource(schema);

  it('carries no notes for people (descriptions validate nothing)', () => {
    expect(code).not.toContain('description');
    // A property named description is a property, not a note.
    const kept = withoutNotes({
      description: 'a note',
      properties: { description: { type: 'string', description: 'its note' } },
    });
    expect(kept).toEqual({ properties: { description: { type: 'string' } } });
  });

  it('needs nothing the CSP forbids or the browser lacks', () => {
    expect(code).not.toMatch(/\beval\(|new Function|\brequire\(|\bimport\s*\(/);
    expect(code).toMatch(/export default/);
  });

  it('accepts the compiled map and rejects broken ones', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'validator-')), 'validate.mjs');
    writeFileSync(file, code);
    const mod = (await import(pathToFileURL(file).href)) as {
      default: ((d: unknown) => boolean) & { errors?: { instancePath: string }[] | null };
    };
    const validate = mod.default;
    const map = JSON.parse(readFileSync('data/chain-map.json', 'utf8')) as {
      nodes: { id: string; name: unknown }[];
    };
    expect(validate(map)).toBe(true);
    map.nodes[0]!.id = 'Not An Id';
    expect(validate(map)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/nodes/0/id');
    expect(validate({ schemaVersion: 1 })).toBe(false);
    expect(validate(null)).toBe(false);
  });
});
