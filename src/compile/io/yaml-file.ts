/**
 * Reads a YAML (or JSON) file staff edit by hand, keeping positions so every problem can point at
 * `file:line:col`. Syntax errors and schema violations are all reported, not only the first.
 */
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { Ajv, type ErrorObject } from 'ajv';
import type { Problems } from '../problems.ts';
import { decodeUtf8 } from './decode.ts';

export interface YamlFile<T> {
  file: string;
  value: T;
  /** Position of the value at `path` (e.g. ['segments', 3, 'feeds', 1]); falls back to the nearest parent. */
  at(path: (string | number)[]): { line: number; col: number };
}

const ajv = new Ajv({ allErrors: true, strict: false });

/**
 * Loads and validates a YAML file against a JSON Schema. Returns null (and reports) when the file is
 * missing, not UTF-8, empty, malformed or invalid.
 */
export function loadYaml<T>(
  path: string,
  label: string,
  schema: object,
  problems: Problems,
): YamlFile<T> | null {
  const bytes = readBytes(path, label, problems);
  if (!bytes) return null;
  const decoded = decodeUtf8(bytes);
  if (decoded.error !== null) {
    problems.add(label, decoded.line, decoded.col, decoded.error);
    return null;
  }
  const text = decoded.text;
  if (text.trim() === '') {
    problems.add(label, 1, 1, 'file is empty');
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = lineCounter.linePos(err.pos[0]);
      problems.add(label, pos.line, pos.col, `YAML: ${err.message.split('\n')[0]}`);
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
  const validate = ajv.compile(schema);
  if (!validate(value)) {
    for (const err of validate.errors ?? []) {
      const path = pointerPath(err);
      const pos = at(path);
      problems.add(label, pos.line, pos.col, schemaMessage(err));
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

function schemaMessage(err: ErrorObject): string {
  const where =
    err.instancePath === '' ? 'top level' : err.instancePath.slice(1).replace(/\//g, '.');
  if (err.keyword === 'required') {
    return `${where}: missing required field "${(err.params as { missingProperty: string }).missingProperty}"`;
  }
  if (err.keyword === 'additionalProperties') {
    return `${where}: unknown field "${(err.params as { additionalProperty: string }).additionalProperty}"`;
  }
  return `${where}: ${err.message ?? 'invalid'}`;
}

/** Largest input file read (a policy document is tens of kB; a bigger file is a mistake). */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Reads a file as bytes; reports and returns null when it cannot or it is over MAX_BYTES. */
export function readBytes(path: string, label: string, problems: Problems): Buffer | null {
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES) {
      problems.add(
        label,
        1,
        1,
        `file is too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`,
      );
      return null;
    }
    return readFileSync(path);
  } catch (e) {
    problems.add(
      label,
      1,
      1,
      `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
    return null;
  }
}
