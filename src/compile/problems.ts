/**
 * Problems the compiler reports. Every one carries a code and its parameters, and is worded from
 * them: here in English for the command line (`file:line:col: severity: message`, so editors and
 * terminals can jump to it), and by the app in its own language (src/app/i18n/problems.ts) from the
 * same code and parameters. The compile fails when any has severity 'error'.
 */
import { EXTRACT_MESSAGES, type ExtractProblem } from './io/extracted.ts';

type Params = Record<string, string | number>;

/** What a chain document may lack, each with an example of its phrasing. */
export const CHAIN_FACTS = {
  'scale-current': 'current scale (e.g. 整体规模达到20亿元)',
  'scale-target': 'target scale (e.g. 50亿级产业链)',
  'enterprises-current': 'current firm count (e.g. 聚集10余家企业)',
  'enterprises-new-target': 'new-firm target (e.g. 新引进30家企业)',
  'key-links': 'key links (e.g. 瞄准压缩机、风机等关键环节)',
  park: 'a park (e.g. 规划建设约700亩的…产业园)',
  measures: 'numbered measures',
} as const;
export type ChainFact = keyof typeof CHAIN_FACTS;

const s = (p: Params, k: string): string => String(p[k] ?? '');

/** Each problem's English, from its parameters. */
export const PROBLEM_TEXT = {
  // Files and folders.
  'file-too-large': (p: Params) =>
    `file is too large (${s(p, 'mb')} MB; the limit is ${s(p, 'limit')} MB)`,
  'file-unreadable': (p: Params) => `cannot read file: ${s(p, 'reason')}`,
  'not-utf8': () => 'not valid UTF-8 text (is it GBK? save it as UTF-8)',
  'file-empty': () => 'file is empty',
  'yaml-syntax': (p: Params) => `YAML: ${s(p, 'detail')}`,
  schema: (p: Params) => `${s(p, 'where')}: ${s(p, 'detail')}`,
  'seeds-missing': () => 'seeds folder not found',
  'manifest-document-missing': (p: Params) =>
    `document "${s(p, 'file')}" not found in ${s(p, 'folder')}`,
  'no-documents': () => 'no documents (.txt, .docx, .pdf) in the seeds folder',
  'document-empty': () => 'document is empty',
  'extract-failed': (p: Params) =>
    `${EXTRACT_MESSAGES[s(p, 'kind') as ExtractProblem] ?? s(p, 'kind')}${p.detail ? ` (${s(p, 'detail')})` : ''}`,
  'duplicate-document-id': (p: Params) =>
    `duplicate document id "${s(p, 'id')}" (also ${s(p, 'also')})`,
  // Curated data.
  'feeds-unknown': (p: Params) => `unknown segment id "${s(p, 'id')}" in feeds of "${s(p, 'of')}"`,
  'feeds-cycle': (p: Params) => `feeds form a cycle: ${s(p, 'cycle')}`,
  'unknown-region': (p: Params) => `unknown region id "${s(p, 'id')}"`,
  'unknown-segment': (p: Params) => `unknown segment id "${s(p, 'id')}"`,
  'unknown-customer': (p: Params) => `unknown customer id "${s(p, 'id')}"`,
  'unknown-chain': (p: Params) =>
    `unknown library chain "${s(p, 'id')}" (no data/chains/${s(p, 'id')}.yaml)`,
  'library-id': (p: Params) =>
    `chain id "${s(p, 'id')}" is not the file's name "${s(p, 'file')}": name the file by the id`,
  'library-name-twice': (p: Params) =>
    `"${s(p, 'name')}" names segment "${s(p, 'segment')}" and also "${s(p, 'also')}": a name may mean one segment of a chain`,
  'library-tiers': (p: Params) =>
    `a chain needs segments in at least three of upstream, midstream, downstream (it has: ${s(p, 'tiers')})`,
  'id-twice': (p: Params) => `id "${s(p, 'id')}" is used twice`,
  'duplicate-id': (p: Params) => `duplicate id "${s(p, 'id')}"`,
  // Reading.
  'no-title': () => 'no title found in the text: add `title:` for this file in seeds/manifest.yaml',
  'script-normalised': (p: Params) =>
    `read in simplified characters (${s(p, 'traditional')} traditional characters converted) and without pinyin glosses (${s(p, 'glosses')} removed), as the document was published; the map shows and quotes that text`,
  'title-candidate': (p: Params) =>
    `no title line found: used "${s(p, 'title')}" (${s(p, 'from') === 'first-line' ? 'the first line' : 'the file name'}); set \`title:\` for this file in seeds/manifest.yaml`,
  'quote-not-found': (p: Params) =>
    `the quote "${s(p, 'quote')}" is not in ${s(p, 'file')}: copy the sentence from the text as it is`,
  'name-not-in-quote': (p: Params) => `"${s(p, 'name')}" is not in its quote`,
  'correction-drops-nothing': (p: Params) =>
    `manifest drops ${s(p, 'kind')} "${s(p, 'name')}", which was not read`,
  'correction-metric-no-value': (p: Params) =>
    `manifest adds a metric whose quote "${s(p, 'quote')}" states no figure: give value: and unit:`,
  'no-place': () =>
    'no place found in the title or text: read as context (name the place in the title, or add `region:` in seeds/manifest.yaml)',
  'metric-twice': (p: Params) =>
    `"${s(p, 'quote')}" also reads as ${s(p, 'metric')} (${s(p, 'value')}), after "${s(p, 'firstQuote')}" (${s(p, 'firstValue')}): kept the first; reword one if it is not the figure`,
  'key-link-too-long': (p: Params) =>
    `key-link item "${s(p, 'item')}…" is too long to be a link name: left out (split it, or shorten it)`,
  'focus-too-long': (p: Params) =>
    `focus area "${s(p, 'item')}…" of ${s(p, 'industry')} is long: is it one item? (shown as written)`,
  'chain-fact-missing': (p: Params) =>
    `chain document without ${CHAIN_FACTS[s(p, 'fact') as ChainFact] ?? s(p, 'fact')}: compiled without it`,
  // Building.
  'no-english': (p: Params) =>
    `no English name for "${s(p, 'zh')}" in ${s(p, 'file')}; showing pinyin`,
  'no-english-place': (p: Params) =>
    `no English name for the place "${s(p, 'place')}" in data/regions.yaml; showing "${s(p, 'en')}"`,
  'segment-unmatched': (p: Params) =>
    `"${s(p, 'term')}" matches no segment of ${s(p, 'file')}: shown as an unclassified segment (add it, or an alias, to that file to classify it)`,
  'segment-ambiguous': (p: Params) =>
    `"${s(p, 'term')}" could be any of ${s(p, 'segments')} in ${s(p, 'file')}: shown as an unclassified segment (add it as an alias of the one it means)`,
  'tier-differs': (p: Params) =>
    `the document places "${s(p, 'term')}" in the ${s(p, 'tier')} tier, ${s(p, 'file')} in the ${s(p, 'library')}: shown where the document says`,
  'chain-unknown': (p: Params) =>
    `no chain of the library (data/chains/) is named "${s(p, 'industry')}": compiled without tiers (add a data/chains/<id>.yaml for it, or the name as an alias of its chain)`,
  'chain-by-terms': (p: Params) =>
    `no chain of the library is named "${s(p, 'industry')}"; placed on ${s(p, 'file')}, which has ${s(p, 'placed')} of its ${s(p, 'terms')} key links (add the name as an alias there if that is its chain)`,
  'chain-ambiguous': (p: Params) =>
    `"${s(p, 'industry')}" names more than one library chain (${s(p, 'chains')}): compiled without tiers (keep the name as an alias of one chain only)`,
  'featured-twice': (p: Params) =>
    `more than one document is featured (also ${s(p, 'also')}): feature one`,
  'featured-not-chain': () =>
    'featured, but not read as a chain document (its title must name a place and a chain, and its text the key links, a target or a park)',
  'invalid-output': (p: Params) => `invalid output: ${s(p, 'detail')}`,
} satisfies Record<string, (p: Params) => string>;

export type ProblemCode = keyof typeof PROBLEM_TEXT;

export interface Problem {
  file: string;
  line: number;
  col: number;
  code: ProblemCode;
  params: Params;
  /** The English, as the command line prints it. */
  message: string;
  severity: 'error' | 'warning';
}

/** Formats a problem the way compilers do: `seeds/a.txt:3:14: error: …`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.severity}: ${p.message}`;
}

/**
 * 1-based line and column of a UTF-16 offset in `text`.
 * @example lineCol('ab\ncd', 4) // → { line: 2, col: 2 }
 */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, col: end - last };
}

/** Collects problems while a compile runs; `at` turns a text offset into a position. */
export class Problems {
  readonly list: Problem[] = [];

  add(
    file: string,
    line: number,
    col: number,
    code: ProblemCode,
    params: Params = {},
    severity: Problem['severity'] = 'error',
  ): void {
    const message = PROBLEM_TEXT[code](params);
    this.list.push({ file, line, col, code, params, message, severity });
  }

  at(
    file: string,
    text: string,
    offset: number,
    code: ProblemCode,
    params: Params = {},
    severity: Problem['severity'] = 'error',
  ): void {
    const { line, col } = lineCol(text, offset);
    this.add(file, line, col, code, params, severity);
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }
}
