// Word files as Word also writes them: with tracked changes left in, and with one multi-level
// numbered list instead of a list per style. Each reads as the same text as its plain twin (the
// deleted words gone, the inserted ones kept, every automatic number written in as Word shows it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/compile/node/host.ts';
import { docxFromText } from '../../scripts/lib/document-files.ts';
import { FLAGSHIP, ROOT } from './helpers.ts';

const fixture = (folder: string, name: string) =>
  [name, readFileSync(join(ROOT, 'tests/fixtures', folder, name, `${name}.txt`), 'utf8')] as const;
/** Chain documents numbered (（1） 1. 一、/1. （一）), a city plan, and the flagship. */
const DOCS = [
  ...['liudong-auto-parts', 'dongying-etdz-film', 'wuhu-etdz-robot', 'zhuzhou-plan'].map((n) =>
    fixture('genre', n),
  ),
  ['xinxiang-thermal', readFileSync(join(ROOT, 'seeds', FLAGSHIP), 'utf8')] as const,
];
/** Documents whose numbers nest (一、 over 1., 一、 over （一） over 1.), as published. */
const NESTED = [
  fixture('unseen', 'nanhai-storage'),
  ...['henan-nonferrous', 'wuhan-hydrogen', 'zhongshan-prepared-food-survey-control'].map((n) =>
    fixture('real', n),
  ),
];

const textOf = async (bytes: Uint8Array): Promise<string> => {
  const r = await extractDocument('docx', bytes);
  if (!('text' in r)) throw new Error(r.error);
  return r.text;
};
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name] as Uint8Array);

describe.each(DOCS)('%s as a .docx', (_, text) => {
  it('with tracked changes reads as its plain twin', async () => {
    const tracked = docxFromText(text, { tracked: true });
    const xml = part(tracked, 'word/document.xml');
    // The twin really carries revisions: inserted and deleted runs, old properties of its runs and
    // of its numbered paragraphs.
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('<w:delText');
    expect(xml).toContain('<w:rPrChange');
    if (xml.includes('<w:numPr>')) expect(xml).toContain('<w:pPrChange');
    const got = await textOf(tracked);
    expect(got).not.toContain('删去的旧文字');
    expect(got).toBe(await textOf(docxFromText(text)));
  });
});

describe.each(NESTED)('%s as a .docx', (_, text) => {
  it('with one nested numbered list reads as its plain twin', async () => {
    const nested = docxFromText(text, { nested: true });
    const xml = part(nested, 'word/document.xml');
    // Numbers are Word's, at more than one level of the one list.
    const levels = new Set([...xml.matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((m) => m[1]));
    expect(levels.size).toBeGreaterThan(1);
    expect(await textOf(nested)).toBe(await textOf(docxFromText(text)));
  });
});
