import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, refusal } from './open-documents.ts';

describe('refusal: what is refused before it is read', () => {
  it.each([
    [{ name: '措施.docx', size: 9_000 }, null],
    [{ name: '措施.PDF', size: MAX_IMPORT_BYTES }, null],
    [{ name: '措施.txt', size: 0 }, null],
    // The compiler names old Word files itself, with what to do.
    [{ name: '旧.doc', size: 9_000 }, null],
    [{ name: '表.xlsx', size: 9 }, /^表\.xlsx:1:1: error: 不支持的文件类型 \/ not a document/],
    [{ name: '~$措施.docx', size: 9 }, /不支持的文件类型/],
    [{ name: 'README', size: 9 }, /不支持的文件类型/],
    [
      { name: 'big.pdf', size: MAX_IMPORT_BYTES + 1 },
      /^big\.pdf:1:1: error: 文件过大 \/ too large \(20\.0 MB; the limit is 20 MB\)$/,
    ],
  ])('%o', (file, expected) => {
    const r = refusal(file);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toMatch(expected);
  });
});
