// Documents that give no text: each is named at `file:1:1` with what to do, the compile fails, and
// nothing is written — not the map, not the text of the good .docx beside it. And the texts that a
// map names follow their documents: written with the map, removed when the document goes.
import { createCipheriv, createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { run } from '../../src/compile/cli.ts';
import type { ChainMap } from '../../src/contract/chain-map.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { docxFromText } from '../../scripts/lib/document-files.ts';
import { ROOT, sandbox, type Sandbox } from './helpers.ts';

const fixture = (name: string) =>
  readFileSync(join(ROOT, 'tests/fixtures/genre', name, `${name}.txt`), 'utf8');
const GOOD = docxFromText(fixture('liudong-auto-parts'));
const OLE = Buffer.from([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array(504).fill(0),
]);

let browser: Browser;
let scanned: Uint8Array;
beforeAll(async () => {
  browser = await launchChromium();
  // A scan: a picture of a page of text, and no text.
  const page = await browser.newPage();
  await page.setContent(
    `<p style="font-size:40px">${fixture('dongying-etdz-film').slice(0, 80)}</p>`,
  );
  const png = await page.screenshot();
  await page.setContent(
    `<img style="width:100%" src="data:image/png;base64,${png.toString('base64')}">`,
  );
  scanned = await page.pdf({ format: 'A4' });
  await page.close();
}, 120_000);
afterAll(() => browser?.close());

/** RC4, for the Standard security handler of a PDF (revision 2). */
function rc4(key: Buffer, data: Buffer): Buffer {
  try {
    const c = createCipheriv('rc4', key, null);
    return Buffer.concat([c.update(data), c.final()]);
  } catch {
    // OpenSSL 3 without the legacy provider: the cipher by hand.
    const s = Array.from({ length: 256 }, (_, i) => i);
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
      [s[i], s[j]] = [s[j] as number, s[i] as number];
    }
    const out = Buffer.alloc(data.length);
    for (let k = 0, i = 0, j = 0; k < data.length; k++) {
      i = (i + 1) & 255;
      j = (j + (s[i] as number)) & 255;
      [s[i], s[j]] = [s[j] as number, s[i] as number];
      out[k] = (data[k] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
    }
    return out;
  }
}

/** A one-page PDF that opens only with the password `secret` (40-bit RC4, as Acrobat 3 wrote it). */
function passwordPdf(): Uint8Array {
  const PAD = Buffer.from(
    '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
    'hex',
  );
  const pad = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
  const md5 = (...b: Buffer[]) => createHash('md5').update(Buffer.concat(b)).digest();
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const P = -44;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(P);
  const O = rc4(md5(pad('owner-secret')).subarray(0, 5), pad('secret'));
  const key = md5(pad('secret'), O, pBytes, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${P} >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(pdf, true);
}

/** Compiles `box` as the command line does, the committed map standing as the previous output. */
async function compileBox(box: Sandbox): Promise<{ code: number; errors: string[]; out: string }> {
  const out = join(box.dir, 'data/chain-map.json');
  copyFileSync(join(ROOT, 'data/chain-map.json'), out);
  const errs: string[] = [];
  const code = await run(
    ['--out', out, '--quiet'],
    box.dir,
    () => {},
    (s) => errs.push(...s.split('\n')),
  );
  return { code, errors: errs.filter((l) => l.includes(': error: ')), out };
}

const CASES: [string, string, () => Uint8Array, RegExp][] = [
  [
    'a scanned PDF (no text layer)',
    'scan.pdf',
    () => scanned,
    /没有文字层 \/ no text layer .*run OCR on it or provide the \.txt/,
  ],
  [
    'a PDF with a password',
    'protected.pdf',
    passwordPdf,
    /有密码保护 \/ protected by a password: save a copy without the password/,
  ],
  ['an old Word .doc', 'old.doc', () => OLE, /旧版 Word\/WPS .*save it as \.docx/],
  ['a WPS file', 'old.wps', () => OLE, /旧版 Word\/WPS .*save it as \.docx/],
  [
    'a .docx with a password (Word keeps it as an old-style container)',
    'protected.docx',
    () => OLE,
    /remove the password and save it as \.docx/,
  ],
  [
    'a .docx whose zip is cut short',
    'broken.docx',
    () => GOOD.subarray(0, GOOD.length >> 1),
    /damaged.*save it again.*zip is broken/,
  ],
  [
    'a zip that holds no Word document',
    'notes.docx',
    () => zipSync({ 'notes.txt': strToU8('hello') }),
    /damaged.*no Word document/,
  ],
  [
    'a web page saved as .pdf',
    'page.pdf',
    () => strToU8('<!doctype html><p>not a pdf</p>'),
    /damaged.*no %PDF- header/,
  ],
];

describe('a document that gives no text', () => {
  it.each(CASES)(
    '%s: `file:1:1: error:` with what to do, and nothing written',
    async (_, file, bytes, message) => {
      const box = sandbox();
      try {
        box.write('seeds/good.docx', Buffer.from(GOOD));
        box.write(`seeds/${file}`, Buffer.from(bytes()));
        const before = readFileSync(join(ROOT, 'data/chain-map.json'));
        const { code, errors, out } = await compileBox(box);
        expect(code).toBe(1);
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(new RegExp(`^seeds/${file.replace('.', '\\.')}:1:1: error: `));
        expect(errors[0]).toMatch(message);
        expect(readFileSync(out).equals(before)).toBe(true);
        // The good document's text is not written either: the compile failed as a whole.
        expect(existsSync(join(box.dir, 'data/sources'))).toBe(false);
        expect(readdirSync(join(box.dir, 'data')).filter((f) => f.includes('.tmp-'))).toEqual([]);
      } finally {
        box.cleanup();
      }
    },
  );
});

it('the password PDF is one: it opens with its password, and only with it', async () => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const open = (password?: string) =>
    pdfjs.getDocument({ data: passwordPdf(), password, verbosity: 0 }).promise;
  expect((await open('secret')).numPages).toBe(1);
  await expect(open()).rejects.toMatchObject({ name: 'PasswordException' });
});

describe('the texts a map names', () => {
  it('are written with it, and removed with their document', async () => {
    const box = sandbox();
    try {
      box.write('seeds/liudong.docx', Buffer.from(GOOD));
      const first = await compileBox(box);
      expect(first.code).toBe(0);
      const map = JSON.parse(readFileSync(first.out, 'utf8')) as ChainMap;
      const source = map.sources.find((s) => s.file === 'seeds/liudong.docx');
      expect(source?.textFile).toBe('sources/liudong.txt');
      const textPath = join(box.dir, 'data/sources/liudong.txt');
      expect(readFileSync(textPath, 'utf8')).toBe(
        fixture('liudong-auto-parts').replace(/\n?$/, '\n'),
      );
      // The .txt seeds beside it still compile as before: their sources have no textFile.
      expect(map.sources.filter((s) => s.textFile)).toHaveLength(1);

      rmSync(join(box.seeds, 'liudong.docx'));
      const out = join(box.dir, 'data/chain-map.json');
      const errs: string[] = [];
      expect(
        await run(
          ['--out', out, '--quiet'],
          box.dir,
          () => {},
          (s) => errs.push(s),
        ),
      ).toBe(0);
      expect(existsSync(textPath)).toBe(false);
      expect(readFileSync(out).equals(readFileSync(join(ROOT, 'data/chain-map.json')))).toBe(true);
    } finally {
      box.cleanup();
    }
  });
});
