/**
 * Word and PDF files made from a plain-text document, as they reach the people who keep the map,
 * for the compiler's tests and its benchmark (tests/compile/documents.test.ts, bench/compile.ts).
 *
 * - `docxFromText`: a WordprocessingML package written as a zip by hand: each line a paragraph,
 *   split into runs mid-sentence with alternating formatting, Word's `_GoBack` bookmark, the lines
 *   of `box` in a one-cell table (a 专栏 box), and numbered lines (`（1）`, `1.`, `一、`, `（一）`)
 *   turned into Word's automatic numbering (numbering.xml), so their numbers are not in the text.
 *   Two variants Word also writes: `tracked` (revisions left in: inserted runs in `w:ins`, deleted
 *   text in `w:del`, old paragraph and run properties in `w:pPrChange`/`w:rPrChange`) and `nested`
 *   (one multi-level list: 一、 at level 1, （一） at 2, 1. at 3, （1） at 4, each deeper level
 *   starting again under the one above, as Word counts it).
 * - `pdfFromText`: printed by Chromium, indented paragraphs with no space between them, a running
 *   header and a page-number footer, in Noto Sans SC (the glyphs used and the radicals, embedded).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import subsetFont from 'subset-font';
import type { Browser } from 'playwright-core';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CN = '一二三四五六七八九十';
const cnValue = (s: string): number =>
  s.length === 1
    ? CN.indexOf(s) + 1
    : s === '十'
      ? 10
      : s.startsWith('十')
        ? 10 + CN.indexOf(s[1] as string) + 1
        : -1;

/** The list styles the maker turns into Word numbering: how a label reads, and Word's format for it. */
const LISTS: { re: RegExp; lvlText: string; numFmt: string; value: (s: string) => number }[] = [
  { re: /^（(\d{1,2})）/, lvlText: '（%1）', numFmt: 'decimal', value: Number },
  { re: /^(\d{1,2})\.(?!\d)/, lvlText: '%1.', numFmt: 'decimal', value: Number },
  {
    re: /^([一二三四五六七八九十]{1,2})、/,
    lvlText: '%1、',
    numFmt: 'chineseCounting',
    value: cnValue,
  },
  {
    re: /^（([一二三四五六七八九十]{1,2})）/,
    lvlText: '（%1）',
    numFmt: 'chineseCounting',
    value: cnValue,
  },
];

export interface DocxOptions {
  /** Lines [from, to) to put in a one-cell table. */
  box?: [number, number];
  /** Leave tracked changes in: the text Word shows is still `text`. */
  tracked?: boolean;
  /** One multi-level list for every numbered line (levels by label style), instead of one list a style. */
  nested?: boolean;
}

/** In a nested list, the level of each list style of LISTS: 一、 → 0, （一） → 1, 1. → 2, （1） → 3. */
const NESTED_LEVEL = [3, 2, 0, 1];

/** A .docx whose text, read as Word shows it, is `text`. Deterministic: same text, same bytes. */
export function docxFromText(text: string, opts: DocxOptions = {}): Uint8Array {
  const lines = text.replace(/\n$/, '').split('\n');
  const nums: { list: number; restart: boolean }[] = [];
  const next = LISTS.map(() => 1);
  let numId = 0;
  const currentNum = LISTS.map(() => 0);
  const levelCounts: number[] = [];
  const paragraph = (line: string, i: number): string => {
    let body = line;
    let numPr = '';
    const k = LISTS.findIndex((l) => l.re.test(line));
    const list = LISTS[k];
    const m = list?.re.exec(line);
    if (list && m && opts.nested) {
      // Only where Word's count gives the number the text has; other lines keep their typed label.
      const ilvl = NESTED_LEVEL[k] as number;
      const n = list.value(m[1] as string);
      if (n === (levelCounts[ilvl] ?? 0) + 1) {
        levelCounts[ilvl] = n;
        levelCounts.length = ilvl + 1;
        body = line.slice(m[0].length);
        numPr = `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`;
      }
    } else if (list && m) {
      const n = list.value(m[1] as string);
      if (n === 1 || n === next[k]) {
        if (n === 1 || currentNum[k] === 0) {
          nums.push({ list: k, restart: true });
          currentNum[k] = ++numId;
        }
        next[k] = n + 1;
        body = line.slice(m[0].length);
        numPr = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${currentNum[k]}"/></w:numPr>`;
      }
    }
    const chars = Array.from(body);
    const runs: string[] = [];
    for (let at = 0, r = 0; at < chars.length; r++) {
      const len = 3 + ((i + r) % 9);
      const piece = chars.slice(at, at + len).join('');
      const rPr =
        r % 2
          ? '<w:rPr><w:b/><w:lang w:eastAsia="zh-CN"/></w:rPr>'
          : '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>';
      const run = `<w:r>${rPr}<w:t xml:space="preserve">${esc(piece)}</w:t></w:r>`;
      if (opts.tracked && r % 3 === 1) {
        // An inserted run (shown), then a deleted one (not shown) and a run whose bold was a change.
        const rev = `w:id="${100 + i * 50 + r}" w:author="审阅人" w:date="2024-01-02T09:00:00Z"`;
        runs.push(
          `<w:ins ${rev}>${run}</w:ins>`,
          `<w:del ${rev}><w:r><w:delText xml:space="preserve">删去的旧文字</w:delText></w:r></w:del>`,
        );
      } else if (opts.tracked && r % 3 === 2)
        runs.push(
          run.replace(
            '</w:rPr>',
            `<w:rPrChange w:id="${100 + i * 50 + r}" w:author="审阅人"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>`,
          ),
        );
      else runs.push(run);
      at += len;
    }
    const mark =
      i === 0 ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' : '';
    const half = Math.floor(runs.length / 2);
    const content = [...runs.slice(0, half), mark, ...runs.slice(half)].join('');
    const change =
      opts.tracked && numPr
        ? `<w:pPrChange w:id="${90 + i}" w:author="审阅人"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange>`
        : '';
    return `<w:p><w:pPr>${numPr}<w:jc w:val="both"/>${change}</w:pPr>${content}</w:p>`;
  };
  const [from, to] = opts.box ?? [-1, -1];
  const body: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i === from) {
      const cell = lines
        .slice(from, to)
        .map((l, j) => paragraph(l, from + j))
        .join('');
      body.push(
        `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>${cell}</w:tc></w:tr></w:tbl>`,
      );
      i = to - 1;
      continue;
    }
    body.push(paragraph(lines[i] as string, i));
  }
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const nestedAbstract = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${LISTS.map(
    (l, k) =>
      `<w:lvl w:ilvl="${NESTED_LEVEL[k]}"><w:start w:val="1"/><w:numFmt w:val="${l.numFmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="${esc(l.lvlText.replace('%1', `%${(NESTED_LEVEL[k] as number) + 1}`))}"/><w:lvlJc w:val="left"/></w:lvl>`,
  )
    .sort()
    .join('')}</w:abstractNum>`;
  const abstracts = LISTS.map(
    (l, k) =>
      `<w:abstractNum w:abstractNumId="${k}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${l.numFmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="${esc(l.lvlText)}"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>`,
  ).join('');
  const numXml = nums
    .map(
      (n, j) =>
        `<w:num w:numId="${j + 1}"><w:abstractNumId w:val="${n.list}"/>${n.restart ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''}</w:num>`,
    )
    .join('');
  const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>${opts.nested ? `${nestedAbstract}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` : `${abstracts}${numXml}`}</w:numbering>`;
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`,
    'word/document.xml': documentXml,
    'word/numbering.xml': numberingXml,
  };
  const mtime = new Date(2024, 0, 1);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [strToU8(v), { mtime }]])),
  );
}

const FONT = join(
  import.meta.dirname,
  '../../node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);

/** Every CJK radical (U+2E80–U+2FD5). */
const RADICALS = Array.from({ length: 0x2fd6 - 0x2e80 }, (_, i) =>
  String.fromCodePoint(0x2e80 + i),
).join('');

export interface PdfOptions {
  /** The running header on every page. */
  header: string;
  /** The footer around the page number: `- # -`, `第 # 页`, `#/N` (N: the page count). */
  footer: string;
  /** Font size in px (a smaller size gives fewer pages). */
  size?: number;
}

/**
 * A text PDF of `text`, printed by Chromium: A4, the first line a centred title, every other line
 * an indented paragraph, blank lines kept, header and footer from `opts`.
 */
export async function pdfFromText(
  browser: Browser,
  text: string,
  opts: PdfOptions,
): Promise<Uint8Array> {
  // The font subset to the text and every CJK radical, as a producer embeds the glyphs it uses.
  // Noto Sans SC draws many radicals and ideographs with one glyph, and Chromium names a glyph by
  // the lowest code point mapped to it: the PDF says 汽⻋ and ⼗四五 where the page shows 汽车 and
  // 十四五, as many real documents' PDFs do. (The whole font would also name glyphs by rarer
  // variants, 胶 as 㬵: no reader can undo that.)
  const font = await subsetFont(
    readFileSync(FONT),
    `${text}${opts.header}${opts.footer}0123456789 ${RADICALS}`,
    { targetFormat: 'truetype' },
  );
  const face = `@font-face{font-family:Doc;src:url(data:font/ttf;base64,${Buffer.from(font).toString('base64')})}`;
  const lines = text.replace(/\n$/, '').split('\n');
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>${face}
body{font-family:Doc;font-size:${opts.size ?? 16}px;line-height:1.6;margin:0}
p{margin:0;text-indent:2em;text-align:justify;white-space:pre-wrap}
p.title{text-indent:0;text-align:center;font-size:1.4em;margin-bottom:.8em}</style>
${lines.map((l, i) => (i === 0 ? `<p class="title">${esc(l)}</p>` : `<p>${esc(l) || '<br>'}</p>`)).join('\n')}</html>`;
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const foot = esc(opts.footer)
      .replace('N', '<span class="totalPages"></span>')
      .replace('#', '<span class="pageNumber"></span>');
    const templ = (s: string) =>
      `<div style="font-family:Doc;font-size:9px;width:100%;text-align:center">${s}</div><style>${face}</style>`;
    return await page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: templ(esc(opts.header)),
      footerTemplate: templ(foot),
      margin: { top: '25mm', bottom: '25mm', left: '25mm', right: '25mm' },
    });
  } finally {
    await page.close();
  }
}

/**
 * A PDF as older Chinese office tools write one: the standard CJK font STSong-Light, not embedded,
 * the text encoded in UniGB-UCS2-H, with no ToUnicode map. Its text is read only through pdf.js'
 * CMaps (UniGB-UCS2-H to the font's CIDs, Adobe-GB1-UCS2 back to Unicode), which a reader must
 * find. One page per 50 lines, each line of `text` a line of the page (the page wide enough for
 * the longest, so no line runs into the next), blank lines kept.
 */
export function cmapPdfFromText(text: string): Uint8Array {
  const lines = text.replace(/\n$/, '').split('\n');
  const perPage = 50;
  const size = 12;
  const width = Math.max(595, 100 + size * Math.max(...lines.map((l) => l.length)));
  const hex = (s: string) =>
    Array.from(s, (c) => (c.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0')).join('');
  const pages: string[] = [];
  for (let i = 0; i < lines.length; i += perPage) {
    const body = lines
      .slice(i, i + perPage)
      .map((l) => (l ? `<${hex(l)}> Tj T*` : 'T*'))
      .join('\n');
    pages.push(`BT /F1 ${size} Tf 50 800 Td ${size * 1.5} TL\n${body}\nET`);
  }
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] =
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  pages.forEach((content, i) => {
    const id = pageIds[i] as number;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = pdf.length;
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++)
    pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character of the file is ASCII: its bytes are its characters.
  return new TextEncoder().encode(pdf);
}
