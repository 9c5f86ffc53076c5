// `npm run compile -- --keep-going`: one unreadable document never sinks the atlas; without the
// flag the compile stays all or nothing and the old output stays.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, sandbox, type Sandbox } from './helpers.ts';
import { KEPT_GOING } from '../../src/compile/cli.ts';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  // A file that is no Word document, and a .txt that is not UTF-8.
  box.write('seeds/broken.docx', Buffer.from('this is not a zip'));
  box.write('seeds/latin1.txt', Buffer.from([0x41, 0xe9, 0x42, 0x0a]));
  mkdirSync(join(box.dir, 'out'), { recursive: true });
});
afterAll(() => box.cleanup());

describe('with --keep-going', () => {
  it('writes the atlas of every readable document and names each one left out, with its own exit code', () => {
    const r = runCli(box.dir, ['--keep-going', '--quiet', '--out', 'out/kept.json']);
    expect(r.status).toBe(KEPT_GOING);
    expect(r.stderr).toMatch(/seeds\/broken\.docx:1:1: error: /);
    expect(r.stderr).toMatch(/seeds\/latin1\.txt:1:2: error: /);
    expect(r.stderr).toMatch(/2 document\(s\) left out .*seeds\/broken\.docx, seeds\/latin1\.txt/);
    const map = JSON.parse(readFileSync(join(box.dir, 'out/kept.json'), 'utf8'));
    expect(map.sources.map((s: { file: string }) => s.file).sort()).toHaveLength(5);
    expect(map.chains.find((c: { featured?: boolean }) => c.featured)?.name.zh).toBe(
      '汽车热管理产业链',
    );
  });

  it('a broken manifest still fails the whole compile', () => {
    const b = sandbox();
    b.edit('seeds/manifest.yaml', (t) => `${t}\n  - [unclosed\n`);
    const r = runCli(b.dir, ['--keep-going', '--quiet', '--out', 'out/x.json']);
    expect(r.status).toBe(1);
    expect(existsSync(join(b.dir, 'out/x.json'))).toBe(false);
    b.cleanup();
  });
});

describe('without it', () => {
  it('writes nothing and leaves the old output as it was', () => {
    writeFileSync(join(box.dir, 'out/old.json'), '{"old":true}\n');
    const r = runCli(box.dir, ['--quiet', '--out', 'out/old.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/seeds\/broken\.docx:1:1: error: /);
    expect(readFileSync(join(box.dir, 'out/old.json'), 'utf8')).toBe('{"old":true}\n');
  });
});
