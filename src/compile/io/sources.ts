/**
 * Reads the seed folder: every document (`.txt`, `.docx`, `.pdf`) plus `manifest.yaml` (metadata
 * the texts do not state). A document without a manifest entry is still compiled, with its file
 * name as its id. A .docx or .pdf is read as the text extracted from it (io/documents.ts), which the
 * map ships beside itself as the source's `textFile`; its `sha256` stays the original's.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Problems } from '../problems.ts';
import { loadYaml } from './yaml-file.ts';
import { readBytes } from './yaml-file.ts';
import { decodeUtf8 } from './decode.ts';
import { makeView, type SourceDoc } from '../text/view.ts';
import { slug } from '../text/names.ts';
import { documentKind, extractDocument, stem } from './documents.ts';

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
}

export interface LoadedSource extends SourceDoc {
  sha256: string;
  meta: ManifestEntry;
  /**
   * For a .docx or .pdf: where the map ships the extracted text, relative to the map file's folder
   * (`sources/<id>.txt`). Evidence offsets index that text (`text` here).
   */
  textFile?: string;
}

/** The folder, beside the map, that holds the text extracted from each .docx and .pdf. */
export const TEXT_FOLDER = 'sources';

const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };
const str = { type: 'string', minLength: 1 };
const MANIFEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['documents'],
  properties: {
    documents: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file'],
        properties: {
          file: str,
          original: str,
          id,
          featured: { type: 'boolean' },
          kind: str,
          title: str,
          issuer: str,
          region: str,
          date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
        },
      },
    },
  },
};

/**
 * Loads all documents of `seedsDir`. `root` is what file paths in the map are relative to (the repo
 * root by default, so the map says `seeds/…txt`).
 */
export async function loadSources(
  seedsDir: string,
  root: string,
  problems: Problems,
): Promise<LoadedSource[]> {
  if (!existsSync(seedsDir)) {
    problems.add(rel(root, seedsDir), 1, 1, 'seeds folder not found');
    return [];
  }
  const manifestPath = join(seedsDir, 'manifest.yaml');
  const entries = new Map<string, ManifestEntry>();
  if (existsSync(manifestPath)) {
    const m = loadYaml<{ documents: ManifestEntry[] }>(
      manifestPath,
      rel(root, manifestPath),
      MANIFEST_SCHEMA,
      problems,
    );
    m?.value.documents.forEach((d, i) => {
      if (!existsSync(join(seedsDir, d.file))) {
        const { line, col } = m.at(['documents', i, 'file']);
        problems.add(m.file, line, col, `document "${d.file}" not found in ${seedsDir}`);
      }
      entries.set(d.file, d);
    });
  }
  const files = readdirSync(seedsDir)
    .filter((f) => documentKind(f) !== null)
    .sort();
  if (files.length === 0)
    problems.add(rel(root, seedsDir), 1, 1, 'no documents (.txt, .docx, .pdf) in the seeds folder');
  const out: LoadedSource[] = [];
  const ids = new Map<string, string>();
  for (const name of files) {
    const path = join(seedsDir, name);
    const label = rel(root, path);
    const kind = documentKind(name) ?? 'txt';
    const bytes = readBytes(path, label, problems);
    if (!bytes) continue;
    let text: string;
    if (kind === 'txt') {
      const decoded = decodeUtf8(bytes);
      if (decoded.error !== null) {
        problems.add(label, decoded.line, decoded.col, decoded.error);
        continue;
      }
      text = decoded.text.replace(/^\ufeff/, '');
    } else {
      if (bytes.length === 0) {
        problems.add(label, 1, 1, 'document is empty');
        continue;
      }
      const extracted = await extractDocument(kind, bytes);
      if ('error' in extracted) {
        problems.add(label, 1, 1, extracted.error);
        continue;
      }
      text = extracted.text;
    }
    if (text.trim() === '') {
      problems.add(label, 1, 1, 'document is empty');
      continue;
    }
    const meta = entries.get(name) ?? { file: name };
    const docId = meta.id ?? (slug(stem(name)) || 'document');
    if (ids.has(docId)) {
      problems.add(label, 1, 1, `duplicate document id "${docId}" (also ${ids.get(docId)})`);
      continue;
    }
    ids.set(docId, label);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    out.push({
      id: docId,
      file: label,
      text,
      view: makeView(text),
      sha256,
      meta,
      ...(kind === 'txt' ? {} : { textFile: `${TEXT_FOLDER}/${docId}.txt` }),
    });
  }
  return out;
}

function rel(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
