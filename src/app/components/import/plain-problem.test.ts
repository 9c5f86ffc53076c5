import { describe, expect, it } from 'vitest';
import { plainProblem } from './plain-problem.ts';

describe('plainProblem', () => {
  const none =
    '通知.txt:1:1: error: 没有读出产业链 / no chain or industry was read: a chain document names its place';
  it.each([
    [{ line: none }, 'zh', '通知.txt', '没有读出产业链'],
    [
      { line: none },
      'en',
      '通知.txt',
      'No chain or industry was read: a chain document names its place',
    ],
    [
      {
        line: 'gbk.txt:3:1: error: not valid UTF-8 text (is it GBK? save it as UTF-8)',
        code: 'not-utf8',
        params: {},
      },
      'zh',
      'gbk.txt',
      '不是 UTF-8 编码的文本（可能是 GBK），请保存为 UTF-8 后再导入',
    ],
    [
      {
        line: 'gbk.txt:3:1: error: not valid UTF-8 text (is it GBK? save it as UTF-8)',
        code: 'not-utf8',
        params: {},
      },
      'en',
      'gbk.txt',
      'Not valid UTF-8 text (is it GBK? save it as UTF-8)',
    ],
    [{ line: 'a.pdf:2:5: warning: 没有文字层 / no text layer' }, 'en', 'a.pdf', 'No text layer'],
    [{ line: 'something else' }, 'zh', '', 'something else'],
  ] as const)('%s in %s', (line, lang, file, text) => {
    expect(plainProblem(line, lang)).toEqual({ file, text });
  });
});
