import { describe, expect, it } from 'vitest';
import { documentKind, stem } from './documents.ts';

describe('documentKind', () => {
  it.each([
    ['措施.txt', 'txt'],
    ['措施.DOCX', 'docx'],
    ['scan.Pdf', 'pdf'],
    ['old.doc', 'old-word'],
    ['old.wps', 'old-word'],
    ['template.dot', 'old-word'],
    ['manifest.yaml', null],
    ['README.md', null],
    ['~$措施.docx', null], // Word's lock file while the document is open
    ['.hidden.txt', null],
    ['no-extension', null],
  ])('%s → %s', (name, kind) => expect(documentKind(name)).toBe(kind));
});

describe('stem', () => {
  it.each([
    ['a.pdf', 'a'],
    ['a.b.docx', 'a.b'],
    ['manifest.yaml', 'manifest.yaml'],
  ])('%s → %s', (name, out) => expect(stem(name)).toBe(out));
});
