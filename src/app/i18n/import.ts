/**
 * UI strings of 导入文件 (open a document: components/import/), Chinese first and English complete
 * (`en` is typed as `ImportStrings`). Apart from modes.ts (which has the control's own name, shown
 * on the first screen) because they load with the import's chunk. The problems themselves are the compiler's lines, in both
 * languages where the compiler gives both (data/import/open-documents.ts).
 */
import type { Lang } from './strings.ts';

const zh = {
  importHint: '打开 .txt、.docx 或 .pdf 文件，在本机生成预览，不上传',
  importing: (names: string) => `正在读取${names}…`,
  importDrop: '放下文件以导入',
  importFailed: '无法导入文件',
  importBack: '返回',
  importDetails: '详情',
  importSep: '：',
  previewBanner: '预览：未发布的数据',
  previewBack: '返回已发布的图谱',
  previewJson: '下载 JSON',
  previewWarnings: (n: number) => `${n} 条提示`,
  readingOpen: (title: string) => `查看识别结果：${title}`,
  readingTitle: (title: string) => `识别结果：${title}`,
  readingNote: '高亮处是编译器从原文读出的事实，颜色表示种类；点击查看该事实。',
  readingNone: '这份文件没有读出任何事实。',
  readAmount: '金额',
  readMetric: '指标',
  readCount: (n: number) => `${n}处`,
};

/** The shape every language fills. */
export type ImportStrings = typeof zh;

const en: ImportStrings = {
  importHint: 'Open a .txt, .docx or .pdf file and preview its map here; nothing is uploaded',
  importing: (names: string) => `Reading ${names}…`,
  importDrop: 'Drop the document to open it',
  importFailed: 'The document could not be opened',
  importBack: 'Back',
  importDetails: 'Details',
  importSep: ': ',
  previewBanner: 'Preview: not the published map',
  previewBack: 'Back to the published map',
  previewJson: 'Download JSON',
  previewWarnings: (n: number) => (n === 1 ? '1 warning' : `${n} warnings`),
  readingOpen: (title: string) => `What was read: ${title}`,
  readingTitle: (title: string) => `What was read: ${title}`,
  readingNote:
    'Highlighted: the facts the compiler read in the original text, coloured by kind; choose one to open it.',
  readingNone: 'No facts were read in this document.',
  readAmount: 'Amount',
  readMetric: 'Figure',
  readCount: (n: number) => String(n),
};

/** The import strings of a language: `importStrings('en').importBack === 'Back'`. */
export function importStrings(lang: Lang): ImportStrings {
  return lang === 'en' ? en : zh;
}
