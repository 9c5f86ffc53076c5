/**
 * What the compiler needs from the place it runs in, beyond the files it reads (io/folder.ts): its
 * name, the schema checks, the extractors' libraries and a hash. Node (node/host.ts) and a browser
 * worker (src/app/data/import/browser-host.ts) each give one, so the pipeline itself touches no
 * file system, no `node:` module and no `eval`.
 */
import type { ErrorObject } from 'ajv';
import type { Extracted } from './io/extracted.ts';
import type { DocumentKind } from './io/documents.ts';
import type { Dictionary } from './text/gloss.ts';

/**
 * A JSON Schema check as Ajv makes one (at run time, or as generated code): true when `data`
 * matches, else false with the violations in `errors`.
 */
export type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The schema checks of the hand-edited inputs (compile/schemas.ts) and of the map written. */
export interface Validators {
  manifest: Validate;
  chain: Validate;
  regions: Validate;
  enterprises: Validate;
  glossary: Validate;
  places: Validate;
  /** data/chain-map.schema.json */
  map: Validate;
}

/** The host: everything the pipeline asks of the place it runs in. */
export interface CompileHost {
  /** The compiler's name and version, written into the map (`generator`). */
  generator: string;
  validators: Validators;
  /** The text of a .docx or .pdf, or what is wrong with it (an old Word file is named as such). */
  extract: (kind: Exclude<DocumentKind, 'txt'>, bytes: Uint8Array) => Promise<Extracted>;
  /** The SHA-256 of `bytes`, lower-case hex (a source's `sha256`). */
  sha256: (bytes: Uint8Array) => Promise<string>;
  /**
   * A Chinese–English dictionary for the names no curated list knows (CC-CEDICT in Node). A host
   * without one (the browser's import) shows such names in pinyin, with the compiler's warning.
   */
  dictionary?: Dictionary;
}
