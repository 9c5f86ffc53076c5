/**
 * Word's automatic list numbers, written into the text. A paragraph Word numbers itself (`w:numPr`,
 * or a style with one) holds no number in its text: Word draws "一、" or "（1）" from numbering.xml.
 * mammoth reads such a paragraph as a list item and keeps neither the number nor its format, so a
 * measure numbered by Word would lose what tells it apart. This module counts the lists as Word
 * does and puts each label at the start of its paragraph, as a run of text, before mammoth reads
 * the document: `%1、` with `chineseCounting` gives 一、 二、 三、; `（%1）` with `decimal` gives
 * （1） （2）; the separator Word puts after a label (a tab unless `w:suff` says a space or nothing)
 * is kept. Bullets give no text.
 *
 * Pure string work on the package's XML parts; no XML library.
 */

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

interface Numbering {
  /** numId → abstractNumId and the levels whose start it overrides. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
  /** Paragraph style id → the numbering it carries. */
  styles: Map<string, { numId: string; ilvl: number }>;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The first `<name …>` tag inside `xml` (self-closing or not), or undefined. */
const firstTag = (xml: string, name: string): string | undefined =>
  new RegExp(`<${name}(?:\\s[^>]*)?/?>`).exec(xml)?.[0];

/** Each `<name …>…</name>` element of `xml`, with its opening tag and its content. */
function* elements(xml: string, name: string): Generator<{ open: string; body: string }> {
  const re = new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml))
    yield { open: /^<[^>]*>/.exec(m[0])?.[0] ?? '', body: m[1] ?? '' };
}

function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of elements(numberingXml, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of elements(a.body, 'w:lvl')) {
      const val = (n: string) => attr(firstTag(l.body, n) ?? '', 'w:val');
      levels.set(Number(attr(l.open, 'w:ilvl') ?? 0), {
        start: Number(val('w:start') ?? 1),
        format: val('w:numFmt') ?? 'decimal',
        text: val('w:lvlText') ?? '',
        suffix: { space: ' ', nothing: '' }[val('w:suff') ?? ''] ?? '\t',
      });
    }
    abstracts.set(attr(a.open, 'w:abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const n of elements(numberingXml, 'w:num')) {
    const starts = new Map<number, number>();
    for (const o of elements(n.body, 'w:lvlOverride')) {
      const s = attr(firstTag(o.body, 'w:startOverride') ?? '', 'w:val');
      if (s !== undefined) starts.set(Number(attr(o.open, 'w:ilvl') ?? 0), Number(s));
    }
    nums.set(attr(n.open, 'w:numId') ?? '', {
      abstract: attr(firstTag(n.body, 'w:abstractNumId') ?? '', 'w:val') ?? '',
      starts,
    });
  }
  const styles = new Map<string, { numId: string; ilvl: number }>();
  for (const s of elements(stylesXml, 'w:style')) {
    const numPr = [...elements(s.body, 'w:numPr')][0];
    const numId = numPr && attr(firstTag(numPr.body, 'w:numId') ?? '', 'w:val');
    if (numId)
      styles.set(attr(s.open, 'w:styleId') ?? '', {
        numId,
        ilvl: Number(attr(firstTag(numPr.body, 'w:ilvl') ?? '', 'w:val') ?? 0),
      });
  }
  return { nums, abstracts, styles };
}

const CN = '零一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULLSTOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';

/** 1…99 in Chinese counting: 一, 十, 十一, 二十一 (larger numbers in digits). */
function chinese(n: number, digits = CN, ten = '十'): string {
  if (n <= 0 || n >= 100) return String(n);
  const t = Math.floor(n / 10);
  const u = n % 10;
  return (t > 1 ? digits[t] : '') + (t > 0 ? ten : '') + (u > 0 || t === 0 ? digits[u] : '');
}

function alpha(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let s = '';
  let k = n;
  for (const [v, r] of parts) for (; k >= v; k -= v) s += r;
  return s;
}

const pick = (set: string, n: number): string => Array.from(set)[n - 1] ?? String(n);

/**
 * One number in a Word number format.
 * @example formatNumber(12, 'chineseCounting') // → '十二'
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chinese(n);
    case 'chineseLegalSimplified':
      return chinese(n, CN_LEGAL, '拾');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
    case 'ideographTraditional':
      return pick(TIANGAN, n);
    case 'ideographZodiac':
      return pick(DIZHI, n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return pick(CIRCLED, n);
    case 'decimalEnclosedParen':
      return pick(PAREN, n);
    case 'decimalEnclosedFullstop':
      return pick(FULLSTOP, n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return alpha(n);
    case 'upperLetter':
      return alpha(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `documentXml` with each automatically numbered paragraph's label written at its start, as Word
 * would show it; the document is returned unchanged when it has no numbering.
 * @example a paragraph `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>…`
 *   whose level is `%1、` / `chineseCounting` gets the run `一、` then the tab Word puts after it
 */
export function writeListNumbers(
  documentXml: string,
  numberingXml: string,
  stylesXml = '',
): string {
  if (!numberingXml) return documentXml;
  const numbering = readNumbering(numberingXml, stylesXml);
  /** Counters per abstract list, level by level; a num's start overrides apply when first used. */
  const counters = new Map<string, number[]>();
  const usedNums = new Set<string>();
  const out: string[] = [];
  let copied = 0;
  const paragraph = /<w:p(?:\s[^>]*)?>/g;
  for (let m = paragraph.exec(documentXml); m; m = paragraph.exec(documentXml)) {
    let at = m.index + m[0].length;
    let pPr = '';
    const props = /^\s*<w:pPr>/.exec(documentXml.slice(at, at + 200));
    if (props) {
      const end = documentXml.indexOf('</w:pPr>', at);
      const change = documentXml.indexOf('<w:pPrChange', at);
      // A tracked change holds the old properties, with a `</w:pPr>` of its own: skip past it.
      const close =
        change >= 0 && change < end
          ? documentXml.indexOf('</w:pPr>', documentXml.indexOf('</w:pPrChange>', change))
          : end;
      if (close < 0) continue;
      pPr = documentXml.slice(at, close).replace(/<w:pPrChange[\s\S]*<\/w:pPrChange>/, '');
      at = close + '</w:pPr>'.length;
    }
    const numPr = [...elements(pPr, 'w:numPr')][0];
    const style = attr(firstTag(pPr, 'w:pStyle') ?? '', 'w:val');
    const fromStyle = style !== undefined ? numbering.styles.get(style) : undefined;
    const numId = numPr ? attr(firstTag(numPr.body, 'w:numId') ?? '', 'w:val') : fromStyle?.numId;
    const ilvlRaw = numPr ? attr(firstTag(numPr.body, 'w:ilvl') ?? '', 'w:val') : undefined;
    const ilvl = Number(ilvlRaw ?? fromStyle?.ilvl ?? 0);
    const num = numId ? numbering.nums.get(numId) : undefined;
    const levels = num ? numbering.abstracts.get(num.abstract) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) continue;
    const count = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, count);
    if (numId && !usedNums.has(numId)) {
      usedNums.add(numId);
      for (const [l, s] of num.starts) count[l] = s - 1;
    }
    count[ilvl] = (count[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    count.length = ilvl + 1; // deeper levels start again
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const lv = levels.get(l);
      return formatNumber(count[l] ?? lv?.start ?? 1, lv?.format ?? 'decimal');
    });
    if (level.format === 'bullet' || label === '') continue;
    out.push(documentXml.slice(copied, at));
    out.push(`<w:r><w:t xml:space="preserve">${escapeXml(label + level.suffix)}</w:t></w:r>`);
    copied = at;
  }
  if (copied === 0) return documentXml;
  out.push(documentXml.slice(copied));
  return out.join('');
}
