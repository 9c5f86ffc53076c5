/**
 * Reads a YAML (or JSON) file staff edit by hand, keeping positions so every problem can point at
 * `file:line:col`. Syntax errors and schema violations are all reported, not only the first.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { ErrorObject } from 'ajv';
import type { Problems } from '../problems.ts';
import type { Validate } from '../host.ts';
import type { Folder } from './folder.ts';
import { decodeUtf8 } from './decode.ts';

export interface YamlFile<T> {
  file: string;
  value: T;
  /** Position of the value at `path` (e.g. ['segments', 3, 'feeds', 1]); falls back to the nearest parent. */
  at(path: (string | number)[]): { line: number; col: number };
}

/**
 * Loads `name` from `folder` and checks it with `validate` (a JSON Schema compiled by Ajv, with all
 * errors). Returns null (and reports) when the file is missing, not UTF-8, empty, malformed or
 * invalid.
 */
export function loadYaml<T>(
  folder: Folder,
  name: string,
  validate: Validate,
  problems: Problems,
): YamlFile<T> | null {
  const label = folder.labelOf(name);
  const bytes = folder.read(name, problems);
  if (!bytes) return null;
  const decoded = decodeUtf8(bytes);
  if (decoded.error !== null) {
    problems.add(label, decoded.line, decoded.col, 'not-utf8');
    return null;
  }
  const text = decoded.text;
  if (text.trim() === '') {
    problems.add(label, 1, 1, 'file-empty');
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = lineCounter.linePos(err.pos[0]);
      problems.add(label, pos.line, pos.col, 'yaml-syntax', {
        detail: err.message.split('\n')[0] ?? '',
      });
    }
    return null;
  }
  const value = doc.toJS() as T;
  const at = (path: (string | number)[]): { line: number; col: number } => {
    let node: unknown = doc.contents;
    let best = node as YamlNode | null;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else break;
      if (node && typeof node === 'object' && 'range' in node) best = node as YamlNode;
    }
    const offset = best?.range?.[0] ?? 0;
    return lineCounter.linePos(offset);
  };
  if (!validate(value)) {
    for (const err of validate.errors ?? []) {
      const path = pointerPath(err);
      const pos = at(path);
      problems.add(label, pos.line, pos.col, 'schema', schemaMessage(err));
    }
    return null;
  }
  return { file: label, value, at };
}

function pointerPath(err: ErrorObject): (string | number)[] {
  const parts = err.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (err.keyword === 'additionalProperties') {
    parts.push(String((err.params as { additionalProperty: string }).additionalProperty));
  }
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function schemaMessage(err: ErrorObject): { where: string; detail: string } {
  const where =
    err.instancePath === '' ? 'top level' : err.instancePath.slice(1).replace(/\//g, '.');
  if (err.keyword === 'required') {
    return {
      where,
      detail: `missing required field "${(err.params as { missingProperty: string }).missingProperty}"`,
    };
  }
  if (err.keyword === 'additionalProperties') {
    return {
      where,
      detail: `unknown field "${(err.params as { additionalProperty: string }).additionalProperty}"`,
    };
  }
  return { where, detail: err.message ?? 'invalid' };
}
