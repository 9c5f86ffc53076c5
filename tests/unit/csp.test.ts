import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inject, policy } from '../../build/vite-plugin-csp.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('CSP', () => {
  it('allows only same-origin scripts when nothing is inlined', () => {
    const p = policy([]);
    expect(p).toContain("script-src 'self';");
    expect(/script-src ([^;]+)/.exec(p)?.[1]).not.toContain('unsafe-inline');
    expect(p).toContain("connect-src 'self'");
    expect(p).toContain("object-src 'none'");
  });

  it.each([
    [
      '<html><head><title>x</title></head><body><script type="module" src="./a.js"></script></body></html>',
      [],
    ],
    ['<html><head></head><body><script type="module">boot()</script></body></html>', ['boot()']],
    [
      '<html><head></head><body><script>a()</script><script src="b.js"></script><script>\nc()\n</script></body></html>',
      ['a()', '\nc()\n'],
    ],
  ])('hashes exactly the inline scripts of %s', (html, scripts) => {
    const out = inject(html);
    const meta =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(meta)?.[1] ?? '';
    expect(scriptSrc.split(' ').filter((x) => x.startsWith("'sha256-"))).toEqual(scripts.map(sha));
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('</head>'));
  });
});
