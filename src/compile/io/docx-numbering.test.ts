import { describe, expect, it } from 'vitest';
import { formatNumber, writeListNumbers } from './docx-numbering.ts';

describe('formatNumber', () => {
  it.each([
    [3, 'decimal', '3'],
    [12, 'chineseCounting', '十二'],
    [10, 'chineseCounting', '十'],
    [21, 'chineseCountingThousand', '二十一'],
    [3, 'chineseLegalSimplified', '叁'],
    [2, 'ideographTraditional', '乙'],
    [4, 'decimalEnclosedCircle', '④'],
    [5, 'decimalEnclosedCircleChinese', '⑤'],
    [2, 'decimalEnclosedParen', '⑵'],
    [7, 'decimalFullWidth', '７'],
    [3, 'decimalZero', '03'],
    [28, 'lowerLetter', 'ab'],
    [4, 'upperRoman', 'IV'],
    [1, 'bullet', ''],
    [9, 'someFutureFormat', '9'],
  ])('%i as %s → %s', (n, format, out) => expect(formatNumber(n, format)).toBe(out));
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (abstracts: string, nums: string) =>
  `<w:numbering ${W}>${abstracts}${nums}</w:numbering>`;
const para = (text: string, numPr = '', style = '') =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numPr = (numId: number, ilvl = 0) =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
/** The text of each paragraph after numbering, as mammoth will read it. */
const texts = (xml: string) =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...(m[1] as string).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

describe('writeListNumbers', () => {
  it.each([
    [
      'Chinese counting with 、 and no separator',
      numbering(
        `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}</w:abstractNum>`,
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      ),
      [para('加强招商', numPr(1)), para('优化服务', numPr(1)), para('正文')],
      ['一、加强招商', '二、优化服务', '正文'],
    ],
    [
      'Word’s default separator, a tab',
      numbering(
        `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '（%1）')}</w:abstractNum>`,
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      ),
      [para('瞄准', numPr(1)), para('建设', numPr(1))],
      ['（1）\t瞄准', '（2）\t建设'],
    ],
    [
      'two levels: the deeper one starts again under each heading',
      numbering(
        `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}${level(1, 'decimal', '%2.', '<w:suff w:val="nothing"/>')}</w:abstractNum>`,
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      ),
      [
        para('招商', numPr(1, 0)),
        para('甲', numPr(1, 1)),
        para('乙', numPr(1, 1)),
        para('服务', numPr(1, 0)),
        para('丙', numPr(1, 1)),
      ],
      ['一、招商', '1.甲', '2.乙', '二、服务', '1.丙'],
    ],
    [
      'a second list restarting at 1 (startOverride)',
      numbering(
        `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}</w:abstractNum>`,
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
      ),
      [para('a', numPr(1)), para('b', numPr(1)), para('c', numPr(2))],
      ['1.a', '2.b', '1.c'],
    ],
    [
      'bullets and numId 0 give no text',
      numbering(
        `<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '')}</w:abstractNum>`,
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      ),
      [para('点', numPr(1)), para('无', numPr(0))],
      ['点', '无'],
    ],
  ])('%s', (_, numberingXml, paragraphs, expected) => {
    const xml = `<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`;
    expect(texts(writeListNumbers(xml, numberingXml))).toEqual(expected);
  });

  it('numbers paragraphs whose style carries the numbering', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading2"><w:pPr>${numPr(1)}</w:pPr></w:style></w:styles>`;
    const numberingXml = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '（%1）', '<w:suff w:val="nothing"/>')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    const xml = `<w:document ${W}><w:body>${para('目标', '', 'Heading2')}${para('措施', '', 'Heading2')}${para('正文', '', 'Normal')}</w:body></w:document>`;
    expect(texts(writeListNumbers(xml, numberingXml, styles))).toEqual([
      '（一）目标',
      '（二）措施',
      '正文',
    ]);
  });

  it('reads past a tracked change of the paragraph’s properties', () => {
    const numberingXml = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    const xml = `<w:document ${W}><w:body><w:p><w:pPr>${numPr(1)}<w:pPrChange w:id="1"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>条目</w:t></w:r></w:p></w:body></w:document>`;
    const out = writeListNumbers(xml, numberingXml);
    expect(texts(out)).toEqual(['1.条目']);
    expect(out.indexOf('1.')).toBeGreaterThan(out.indexOf('</w:pPrChange></w:pPr>'));
  });

  describe('variants Word and other writers produce, which a regex reading broke on', () => {
    const numberingXml = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}${level(1, 'decimal', '（%2）', '<w:suff w:val="nothing"/>')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    it.each([
      [
        'pretty-printed, the properties far from the paragraph’s start',
        `<w:p w:rsidR="00AB12CD" w:rsidRDefault="00AB12CD">\n${' '.repeat(240)}<w:pPr>\n  <w:numPr>\n    <w:ilvl w:val="0"/>\n    <w:numId w:val="1"/>\n  </w:numPr>\n</w:pPr>\n<w:r><w:t>招商</w:t></w:r></w:p>`,
      ],
      [
        'the tracked change written before the current properties',
        `<w:p><w:pPr><w:pPrChange w:id="3" w:author="a"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>招商</w:t></w:r></w:p>`,
      ],
      [
        'attributes in another order, and single quotes',
        `<w:p><w:pPr><w:numPr><w:numId w:val='1'/><w:ilvl w:val='0'/></w:numPr></w:pPr><w:r><w:t>招商</w:t></w:r></w:p>`,
      ],
    ])('%s', (_, p) => {
      const xml = `<w:document ${W}><w:body>${p}</w:body></w:document>`;
      expect(texts(writeListNumbers(xml, numberingXml).replace(/<w:p [^>]*>/g, '<w:p>'))).toEqual([
        '一、招商',
      ]);
    });

    it('another namespace prefix for WordprocessingML', () => {
      const X = 'xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
      const xml = `<x:document ${X}><x:body><x:p><x:pPr><x:numPr><x:ilvl x:val="1"/><x:numId x:val="1"/></x:numPr></x:pPr><x:r><x:t>甲</x:t></x:r></x:p></x:body></x:document>`;
      expect(writeListNumbers(xml, numberingXml)).toMatch(/<x:t[^>]*>（1）<\/x:t>.*<x:t>甲<\/x:t>/);
    });

    it('a part that is not well-formed XML is left for mammoth to report', () => {
      const xml = `<w:document ${W}><w:body><w:p><w:pPr>${numPr(1)}</w:pPr></w:body>`;
      expect(writeListNumbers(xml, numberingXml)).toBe(xml);
    });
  });

  it('leaves a document without numbering as it is', () => {
    const xml = `<w:document ${W}><w:body>${para('正文')}</w:body></w:document>`;
    expect(writeListNumbers(xml, '')).toBe(xml);
  });
});
