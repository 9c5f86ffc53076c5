import { describe, expect, it } from 'vitest';
import { formatProblem, PROBLEM_TEXT, Problems, type ProblemCode } from '../../compile/problems.ts';
import { problemZh } from './problems.ts';

const line = (code: ProblemCode, params: Record<string, string | number> = {}) => {
  const problems = new Problems();
  problems.add('a.txt', 3, 1, code, params);
  const p = problems.list[0]!;
  return { line: formatProblem(p), code: p.code, params: p.params };
};

describe('problemZh: the compiler’s problems in Chinese, from their code and parameters', () => {
  it.each([
    ['not-utf8', {}, /^a\.txt:3:1: error: not valid UTF-8 text/, /不是 UTF-8 编码的文本/],
    ['document-empty', {}, /document is empty$/, /^文件没有内容$/],
    [
      'extract-failed',
      { kind: 'no-text' },
      /没有文字层 \/ no text layer/,
      /没有文字层（可能是扫描件）/,
    ],
    ['key-link-unclassified', { term: '隔膜' }, /key link "隔膜" is not in/, /关键环节“隔膜”/],
    ['chain-fact-missing', { fact: 'park' }, /without a park \(e\.g\./, /没有产业园/],
    [
      'file-too-large',
      { mb: '21.0', limit: 20 },
      /\(21\.0 MB; the limit is 20 MB\)/,
      /21\.0 MB，上限 20 MB/,
    ],
  ] as const)('%s', (code, params, en, zh) => {
    const p = line(code, params);
    expect(p.line).toMatch(en);
    expect(problemZh(p)).toMatch(zh);
  });

  it('every code has its Chinese, with every parameter in it', () => {
    for (const code of Object.keys(PROBLEM_TEXT) as ProblemCode[]) {
      const params = { a: 'ⓐ', id: 'ⓘ', term: 'ⓣ', zh: 'ⓩ', place: 'ⓟ', detail: 'ⓓ', quote: 'ⓠ' };
      const zh = problemZh(line(code, params));
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      for (const k of ['id', 'term', 'zh', 'place', 'quote'] as const)
        if (PROBLEM_TEXT[code](params).includes(params[k]))
          expect(zh, `${code} ${k}`).toContain(params[k]);
    }
  });

  it('a line the page made itself (no code) needs none', () =>
    expect(problemZh({ line: '表.xlsx:1:1: error: 不支持的文件类型 / …' })).toBeNull());
});
