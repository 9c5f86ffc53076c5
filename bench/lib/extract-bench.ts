/**
 * Extraction timing (issue 13: a 20-page PDF in under 2 s): the text of a PDF printed by Chromium
 * from the longest seed (the 新乡 plan, cut to about 20 pages) and of a .docx written from the
 * whole plan, each timed cold (the first call, which loads pdf.js or mammoth) and as the median of
 * warm calls, next to a baseline from the same run: hashing the same bytes, the floor of reading
 * any file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../src/compile/node/host.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { docxFromText, pdfFromText } from '../../scripts/lib/document-files.ts';

export interface ExtractBench {
  kind: 'pdf' | 'docx';
  pages: number | null;
  bytes: number;
  chars: number;
  coldMs: number;
  medianMs: number;
  runs: number;
  baselineHashMedianMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timeExtract(
  kind: 'pdf' | 'docx',
  bytes: Uint8Array,
  runs: number,
): Promise<Omit<ExtractBench, 'pages'>> {
  const once = async () => {
    const t = performance.now();
    const r = await extractDocument(kind, bytes);
    if ('error' in r) throw new Error(`${kind}: ${r.error}`);
    return { ms: performance.now() - t, chars: r.text.length };
  };
  const cold = await once();
  const warm: number[] = [];
  const hash: number[] = [];
  for (let i = 0; i < runs; i++) {
    warm.push((await once()).ms);
    const t = performance.now();
    createHash('sha256').update(bytes).digest('hex');
    hash.push(performance.now() - t);
  }
  return {
    kind,
    bytes: bytes.length,
    chars: cold.chars,
    coldMs: Math.round(cold.ms),
    medianMs: round(median(warm)),
    runs,
    baselineHashMedianMs: Math.round(median(hash) * 100) / 100,
  };
}

/** Times both extractors; Chromium prints the PDF first (not timed). */
export async function benchExtract(root: string, runs = 9): Promise<ExtractBench[]> {
  const plan = readFileSync(join(root, 'seeds/xinxiang-investment-plan-14th.txt'), 'utf8');
  // The first five sixths of the plan: about 20 A4 pages at 12 px.
  const lines = plan.split('\n');
  const cut = lines.slice(0, Math.round((lines.length * 5) / 6)).join('\n');
  const browser = await launchChromium();
  let pdf: Uint8Array;
  try {
    pdf = await pdfFromText(browser, cut, {
      header: '新乡市人民政府文件',
      footer: '第 # 页',
      size: 12,
    });
  } finally {
    await browser.close();
  }
  // Timed first, so the cold run pays for loading pdf.js; the pages are counted after.
  const pdfTimes = await timeExtract('pdf', pdf, runs);
  const docxTimes = await timeExtract('docx', docxFromText(plan), runs);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages = doc.numPages;
  await doc.destroy();
  return [
    { ...pdfTimes, pages },
    { ...docxTimes, pages: null },
  ];
}

/** The results as lines, with the verdict on the PDF target (cold, as one compile pays it). */
export function describeExtract(results: ExtractBench[]): string[] {
  return results.flatMap((r) => [
    `extract ${r.kind}${r.pages ? ` (${r.pages} pages` : ' ('}${r.pages ? ', ' : ''}${Math.round(r.bytes / 1024)} kB → ${r.chars} characters): cold ${r.coldMs} ms, median ${r.medianMs} ms over ${r.runs} runs; baseline (hash the same bytes): median ${r.baselineHashMedianMs} ms`,
    ...(r.kind === 'pdf'
      ? [r.coldMs < 2000 ? '  target met: cold < 2 s' : '  TARGET MISSED: cold ≥ 2 s']
      : []),
  ]);
}
