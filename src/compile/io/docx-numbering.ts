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
 * The package's parts are read with an XML parser (@xmldom/xmldom, the one mammoth reads them
 * with, so the browser worker loads no second parser): a paragraph's own properties are its
 * `w:pPr` child, so the old properties of a tracked change (`w:pPrChange` inside it) are never
 * taken for the current ones, whatever order or spacing Word writes.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/** WordprocessingML's namespace: every element and attribute read here is in it. */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

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

/** The element's child elements named `w:name` (direct children only). */
const children = (el: Element | null | undefined, name: string): Element[] => {
  const out: Element[] = [];
  for (let c = el?.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (c as Element).localName === name && (c as Element).namespaceURI === W)
      out.push(c as Element);
  return out;
};
const child = (el: Element | null | undefined, name: string): Element | undefined =>
  children(el, name)[0];
/** `w:name`'s value on `el`, or undefined when `el` or the attribute is absent. */
const attr = (el: Element | null | undefined, name: string): string | undefined =>
  el?.hasAttributeNS(W, name) ? (el.getAttributeNS(W, name) ?? undefined) : undefined;
/** The `w:val` of `el`'s child `w:name`. */
const val = (el: Element | null | undefined, name: string): string | undefined =>
  attr(child(el, name), 'val');

/** An XML part as a document; undefined when it is empty or not well-formed XML. */
function parseXml(xml: string): Document | undefined {
  if (!xml.trim()) return undefined;
  let broken = false;
  const doc = new DOMParser({
    errorHandler: (level: string) => {
      if (level !== 'warning') broken = true;
    },
  }).parseFromString(xml, 'text/xml');
  return broken || !doc.documentElement ? undefined : (doc as unknown as Document);
}

function readNumbering(numberingXml: Document, stylesXml: Document | undefined): Numbering {
  const root = numberingXml.documentElement;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of children(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of children(a, 'lvl'))
      levels.set(Number(attr(l, 'ilvl') ?? 0), {
        start: Number(val(l, 'start') ?? 1),
        format: val(l, 'numFmt') ?? 'decimal',
        text: val(l, 'lvlText') ?? '',
        suffix: { space: ' ', nothing: '' }[val(l, 'suff') ?? ''] ?? '\t',
      });
    abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const n of children(root, 'num')) {
    const starts = new Map<number, number>();
    for (const o of children(n, 'lvlOverride')) {
      const s = val(o, 'startOverride');
      if (s !== undefined) starts.set(Number(attr(o, 'ilvl') ?? 0), Number(s));
    }
    nums.set(attr(n, 'numId') ?? '', { abstract: val(n, 'abstractNumId') ?? '', starts });
  }
  const styles = new Map<string, { numId: string; ilvl: number }>();
  for (const s of children(stylesXml?.documentElement, 'style')) {
    const numPr = child(child(s, 'pPr'), 'numPr');
    const numId = val(numPr, 'numId');
    if (numId)
      styles.set(attr(s, 'styleId') ?? '', { numId, ilvl: Number(val(numPr, 'ilvl') ?? 0) });
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

/**
 * `documentXml` with each automatically numbered paragraph's label written at its start, as Word
 * would show it; the document is returned unchanged when it has no numbering (or a part is not
 * well-formed XML, which mammoth will then report).
 * @example a paragraph `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>…`
 *   whose level is `%1、` / `chineseCounting` gets the run `一、` then the tab Word puts after it
 */
export function writeListNumbers(
  documentXml: string,
  numberingXml: string,
  stylesXml = '',
): string {
  const numberingDoc = parseXml(numberingXml);
  const doc = numberingDoc && parseXml(documentXml);
  if (!numberingDoc || !doc) return documentXml;
  const numbering = readNumbering(numberingDoc, parseXml(stylesXml));
  /** Counters per abstract list, level by level; a num's start overrides apply when first used. */
  const counters = new Map<string, number[]>();
  const usedNums = new Set<string>();
  let written = 0;
  // Every paragraph in document order: the body's, a table cell's, a text box's.
  for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const style = val(pPr, 'pStyle');
    const fromStyle = style !== undefined ? numbering.styles.get(style) : undefined;
    const numId = numPr ? val(numPr, 'numId') : fromStyle?.numId;
    const ilvl = Number((numPr ? val(numPr, 'ilvl') : undefined) ?? fromStyle?.ilvl ?? 0);
    const num = numId ? numbering.nums.get(numId) : undefined;
    const levels = num ? numbering.abstracts.get(num.abstract) : undefined;
    const level = levels?.get(ilvl);
    if (!numId || !num || !levels || !level) continue;
    const count = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, count);
    if (!usedNums.has(numId)) {
      usedNums.add(numId);
      for (const [l, s] of num.starts) count[l] = s - 1;
    }
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1; // deeper levels start again
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const lv = levels.get(l);
      return formatNumber(count[l] ?? lv?.start ?? 1, lv?.format ?? 'decimal');
    });
    if (level.format === 'bullet' || label === '') continue;
    // In the prefix the part uses for WordprocessingML (w: from Word; other writers choose theirs).
    const name = (local: string) => (p.prefix ? `${p.prefix}:${local}` : local);
    const run = doc.createElementNS(W, name('r'));
    const t = doc.createElementNS(W, name('t'));
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(label + level.suffix));
    run.appendChild(t);
    p.insertBefore(run, pPr ? pPr.nextSibling : p.firstChild);
    written++;
  }
  return written ? new XMLSerializer().serializeToString(doc as never) : documentXml;
}
