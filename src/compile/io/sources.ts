/**
 * Reads the seed folder: every document (`.txt`, `.docx`, `.pdf`) plus `manifest.yaml` (metadata
 * the texts do not state). A document without a manifest entry is still compiled, with its file
 * name as its id. A .docx or .pdf is read as the text extracted from it (io/documents.ts), which the
 * map ships beside itself as the source's `textFile`; its `sha256` stays the original's.
 */
import type { Problems } from '../problems.ts';
import type { CompileHost } from '../host.ts';
import type { Folder } from './folder.ts';
import { loadYaml } from './yaml-file.ts';
import { decodeUtf8 } from './decode.ts';
import { makeView, type SourceDoc } from '../text/view.ts';
import { normaliseScript } from '../text/script.ts';
import { slug } from '../text/names.ts';
import { documentKind, stem } from './documents.ts';

export interface ManifestEntry {
  file: string;
  original?: string;
  id?: string;
  /** The chain the portal opens on. */
  featured?: boolean;
  kind?: string;
  title?: string;
  issuer?: string;
  region?: string;
  date?: string;
  /** Facts staff add, each quoting its sentence: the compiler finds the quote and uses its offsets. */
  add?: ManifestFact[];
  /** Facts staff drop, by kind and name. */
  drop?: { kind: CorrectionKind; name: string; why?: string }[];
}

export type CorrectionKind = 'key-link' | 'customer' | 'metric' | 'title';
export interface ManifestFact {
  kind: CorrectionKind;
  /** The fact's words inside the quote (a key link, a customer); the quote itself when left out. */
  name?: string;
  quote: string;
  /** For a metric: its id, value and unit. */
  id?: string;
  value?: number;
  unit?: string;
  why?: string;
}

/** A manifest correction with the offsets its quote (or its name inside the quote) has in the text. */
export interface Correction {
  action: 'add' | 'drop';
  kind: CorrectionKind;
  name: string;
  start: number;
  end: number;
  fact?: ManifestFact;
}

export interface LoadedSource extends SourceDoc {
  sha256: string;
  meta: ManifestEntry;
  /**
   * For a .docx or .pdf: where the map ships the extracted text, relative to the map file's folder
   * (`sources/<id>.txt`). Evidence offsets index that text (`text` here).
   */
  textFile?: string;
  /** The manifest's corrections of this document, each quote found in its text. */
  corrections?: Correction[];
}

/** The folder, beside the map, that holds the text extracted from each .docx and .pdf. */
export const TEXT_FOLDER = 'sources';

/**
 * Loads all documents of the `seeds` folder, the manifest's metadata with each; .docx and .pdf
 * through the host's extractors. Files are named as the folder labels them (`seeds/…txt` when the
 * root is the repo).
 */
export async function loadSources(
  seeds: Folder,
  host: Pick<CompileHost, 'validators' | 'extract' | 'sha256'>,
  problems: Problems,
): Promise<LoadedSource[]> {
  if (!seeds.exists) {
    problems.add(seeds.label, 1, 1, 'seeds-missing');
    return [];
  }
  const entries = new Map<string, ManifestEntry>();
  const where = new Map<string, (path: (string | number)[]) => { line: number; col: number }>();
  let manifestFile = '';
  if (seeds.has('manifest.yaml')) {
    const m = loadYaml<{ documents: ManifestEntry[] }>(
      seeds,
      'manifest.yaml',
      host.validators.manifest,
      problems,
    );
    m?.value.documents.forEach((d, i) => {
      if (!seeds.has(d.file)) {
        const { line, col } = m.at(['documents', i, 'file']);
        problems.add(m.file, line, col, 'manifest-document-missing', {
          file: d.file,
          folder: seeds.path,
        });
      }
      entries.set(d.file, d);
      where.set(d.file, (path) => m.at(['documents', i, ...path]));
    });
    if (m) manifestFile = m.file;
  }
  const files = seeds
    .names()
    .filter((f) => documentKind(f) !== null)
    .sort();
  if (files.length === 0) problems.add(seeds.label, 1, 1, 'no-documents');
  const out: LoadedSource[] = [];
  const ids = new Map<string, string>();
  for (const name of files) {
    const label = seeds.labelOf(name);
    const kind = documentKind(name) ?? 'txt';
    const bytes = seeds.read(name, problems);
    if (!bytes) continue;
    let text: string;
    if (kind === 'txt') {
      const decoded = decodeUtf8(bytes);
      if (decoded.error !== null) {
        problems.add(label, decoded.line, decoded.col, 'not-utf8');
        continue;
      }
      text = decoded.text.replace(/^\ufeff/, '');
    } else {
      if (bytes.length === 0) {
        problems.add(label, 1, 1, 'document-empty');
        continue;
      }
      const extracted = await host.extract(kind, bytes);
      if ('error' in extracted) {
        problems.add(label, 1, 1, 'extract-failed', {
          kind: extracted.kind,
          ...(extracted.detail ? { detail: extracted.detail } : {}),
        });
        continue;
      }
      text = extracted.text;
    }
    if (text.trim() === '') {
      problems.add(label, 1, 1, 'document-empty');
      continue;
    }
    // A reprint in traditional characters, with pinyin glosses: read, and shown, as published.
    const script = normaliseScript(text);
    if (script.glosses + script.traditional > 0) {
      text = script.text;
      problems.add(
        label,
        1,
        1,
        'script-normalised',
        {
          traditional: String(script.traditional),
          glosses: String(script.glosses),
        },
        'warning',
      );
    }
    const meta = entries.get(name) ?? { file: name };
    const docId = meta.id ?? (slug(stem(name)) || 'document');
    if (ids.has(docId)) {
      problems.add(label, 1, 1, 'duplicate-document-id', { id: docId, also: ids.get(docId) ?? '' });
      continue;
    }
    ids.set(docId, label);
    const sha256 = await host.sha256(bytes);
    const corrections: Correction[] = [];
    (meta.add ?? []).forEach((f, j) => {
      const at = text.indexOf(f.quote);
      if (at < 0) {
        const pos = where.get(name)?.(['add', j, 'quote']) ?? { line: 1, col: 1 };
        problems.add(manifestFile, pos.line, pos.col, 'quote-not-found', {
          quote: f.quote.slice(0, 30),
          file: label,
        });
        return;
      }
      const inner = f.name ? f.quote.indexOf(f.name) : -1;
      if (f.name && inner < 0) {
        const pos = where.get(name)?.(['add', j, 'name']) ?? { line: 1, col: 1 };
        problems.add(manifestFile, pos.line, pos.col, 'name-not-in-quote', { name: f.name ?? '' });
        return;
      }
      const start = inner >= 0 ? at + inner : at;
      const end = start + (inner >= 0 ? (f.name as string).length : f.quote.length);
      corrections.push({
        action: 'add',
        kind: f.kind,
        name: f.name ?? f.quote,
        start,
        end,
        fact: f,
      });
    });
    for (const d of meta.drop ?? [])
      corrections.push({ action: 'drop', kind: d.kind, name: d.name, start: -1, end: -1 });
    out.push({
      id: docId,
      file: label,
      text,
      view: makeView(text),
      sha256,
      meta,
      corrections,
      // The text evidence indexes, when it is not the file itself (extracted, or normalised).
      ...(kind === 'txt' && script.glosses + script.traditional === 0
        ? {}
        : { textFile: `${TEXT_FOLDER}/${docId}.txt` }),
    });
  }
  return out;
}
