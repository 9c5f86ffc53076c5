/** The compiler's input validators, generated at build time by build/vite-plugin-map-validator.ts. */
declare module 'virtual:compiler-validators' {
  import type { Validate } from '../compile/host.ts';
  export const manifest: Validate;
  export const chain: Validate;
  export const regions: Validate;
  export const enterprises: Validate;
  export const glossary: Validate;
  export const places: Validate;
}

/** pdf.js' "worker" part, run in the thread that loads it (data/import/browser-host.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
