import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url.ts';

describe('safeHref', () => {
  it.each([
    ['https://www.example.gov.cn/a?b=1', 'https://www.example.gov.cn/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['//evil.example/x', null],
    ['/relative', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (url, href) => expect(safeHref(url)).toBe(href));
});
