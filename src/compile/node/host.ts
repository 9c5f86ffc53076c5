/**
 * The compiler's host in Node (host.ts): its name and version from package.json, the input schemas
 * and the map's schema compiled by Ajv at run time (all errors), pdf.js' CMaps and font data from
 * node_modules, SHA-256 from node:crypto.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { CompileHost, Validators } from '../host.ts';
import { INPUT_SCHEMAS } from '../schemas.ts';
import { extractWith, type DocumentKind } from '../io/documents.ts';
import { cedict } from './gloss-dictionary.ts';
import type { Extracted } from '../io/extracted.ts';

const file = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
const pkg = JSON.parse(readFileSync(file('../../../package.json'), 'utf8')) as { version: string };

/** The compiler's name and version, as every map it writes says (`generator`). */
export const GENERATOR = `chainmap-compiler ${pkg.version}`;

let validators: Validators | null = null;

/** The schema checks, compiled once. */
function nodeValidators(): Validators {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const mapSchema = JSON.parse(readFileSync(file('../../../data/chain-map.schema.json'), 'utf8'));
  validators = {
    manifest: ajv.compile(INPUT_SCHEMAS.manifest),
    chain: ajv.compile(INPUT_SCHEMAS.chain),
    regions: ajv.compile(INPUT_SCHEMAS.regions),
    enterprises: ajv.compile(INPUT_SCHEMAS.enterprises),
    glossary: ajv.compile(INPUT_SCHEMAS.glossary),
    places: ajv.compile(INPUT_SCHEMAS.places),
    map: ajv.compile(mapSchema as object),
  };
  return validators;
}

/** Where pdf.js keeps its CMaps and standard fonts in this install (folders, with a trailing slash). */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: `${join(root, 'cmaps')}/`,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  };
}

/** The text of a .docx or .pdf document's bytes, in Node (the extractors load only when called). */
export function extractDocument(kind: DocumentKind, bytes: Uint8Array): Promise<Extracted> {
  return extractWith(kind, bytes, pdfjsData());
}

/** The host of `npm run compile` and the compiler's tests. */
export function nodeHost(): CompileHost {
  return {
    generator: GENERATOR,
    get validators() {
      return nodeValidators();
    },
    extract: extractDocument,
    sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex')),
    get dictionary() {
      return cedict();
    },
  };
}
