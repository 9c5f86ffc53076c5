/**
 * The compiler's problems in Chinese, worded from their code and parameters (the compiler words
 * them in English for the command line: src/compile/problems.ts). Every code has its sentence; the
 * type says so.
 */
import type { ChainFact, ProblemCode } from '../../compile/problems.ts';
import type { ProblemLine } from '../data/import/protocol.ts';

type Params = Record<string, string | number>;
const s = (p: Params, k: string): string => String(p[k] ?? '');

const EXTRACT_ZH: Record<string, string> = {
  'no-text': '没有文字层（可能是扫描件）：请先做文字识别（OCR），或提供 .txt',
  password: '文件有密码保护：请另存一份无密码的副本',
  'old-word': '旧版 Word/WPS 文件：请打开后另存为 .docx',
  damaged: '文件已损坏或格式不符：请打开后重新保存',
  failed: '无法读取文字：请另存为 .txt 后再导入',
};

const TIER_ZH: Record<string, string> = {
  upstream: '上游',
  midstream: '中游',
  downstream: '下游',
  service: '服务',
  unclassified: '未分类',
};

const FACT_ZH: Record<ChainFact, string> = {
  'scale-current': '当前规模（如“整体规模达到20亿元”）',
  'scale-target': '目标规模（如“50亿级产业链”）',
  'enterprises-current': '现有企业数（如“聚集10余家企业”）',
  'enterprises-new-target': '新引进企业目标（如“新引进30家企业”）',
  'key-links': '关键环节（如“瞄准压缩机、风机等关键环节”）',
  park: '产业园（如“规划建设约700亩的…产业园”）',
  measures: '编号的措施条目',
};

const ZH: Record<ProblemCode, (p: Params) => string> = {
  'file-too-large': (p) => `文件过大（${s(p, 'mb')} MB，上限 ${s(p, 'limit')} MB）`,
  'file-unreadable': (p) => `无法读取文件（${s(p, 'reason')}）`,
  'not-utf8': () => '不是 UTF-8 编码的文本（可能是 GBK），请保存为 UTF-8 后再导入',
  'file-empty': () => '文件没有内容',
  'yaml-syntax': (p) => `YAML 格式错误：${s(p, 'detail')}`,
  schema: (p) => `数据格式不符（${s(p, 'where')}）：${s(p, 'detail')}`,
  'seeds-missing': () => '找不到文档文件夹',
  'manifest-document-missing': (p) => `清单中的文档“${s(p, 'file')}”不在 ${s(p, 'folder')} 中`,
  'no-documents': () => '文件夹中没有文档（.txt、.docx、.pdf）',
  'document-empty': () => '文件没有内容',
  'extract-failed': (p) => EXTRACT_ZH[s(p, 'kind')] ?? '无法读取文字',
  'duplicate-document-id': (p) => `文档编号“${s(p, 'id')}”重复（另见 ${s(p, 'also')}）`,
  'feeds-unknown': (p) => `“${s(p, 'of')}”的下游环节“${s(p, 'id')}”不存在`,
  'feeds-cycle': (p) => `环节的供给关系成环：${s(p, 'cycle')}`,
  'unknown-region': (p) => `地区编号“${s(p, 'id')}”不存在`,
  'unknown-segment': (p) => `环节编号“${s(p, 'id')}”不存在`,
  'unknown-customer': (p) => `客户编号“${s(p, 'id')}”不存在`,
  'id-twice': (p) => `编号“${s(p, 'id')}”用了两次`,
  'duplicate-id': (p) => `编号“${s(p, 'id')}”重复`,
  'no-title': () => '正文中没有读出标题：请在 seeds/manifest.yaml 中为该文件填写 title',
  'script-normalised': (p) =>
    `已按简体字读取（转换繁体字 ${s(p, 'traditional')} 个）并去掉拼音注音（${s(p, 'glosses')} 处），与原发布文本一致；图谱显示并引用转换后的文本`,
  'title-candidate': (p) =>
    `没有读出标题行：暂用“${s(p, 'title')}”（${s(p, 'from') === 'first-line' ? '第一行' : '文件名'}）；请在 seeds/manifest.yaml 中为该文件填写 title`,
  'quote-not-found': (p) => `引文“${s(p, 'quote')}”不在 ${s(p, 'file')} 中：请照原文复制该句`,
  'name-not-in-quote': (p) => `“${s(p, 'name')}”不在其引文中`,
  'correction-drops-nothing': (p) => `清单要删除的${s(p, 'kind')}“${s(p, 'name')}”并未读出`,
  'correction-metric-no-value': (p) =>
    `清单补充的指标引文“${s(p, 'quote')}”中没有数字：请填写 value 和 unit`,
  'no-place': () => '标题和正文中没有读出地名：按参考文件处理（请在标题中写明地名）',
  'metric-twice': (p) =>
    `“${s(p, 'quote')}”与前文“${s(p, 'firstQuote')}”（${s(p, 'firstValue')}）是同一指标：保留前者；如不是同一数字，请改写其一`,
  'key-link-too-long': (p) =>
    `关键环节“${s(p, 'item')}…”过长，不像环节名称：未列入（请拆分或缩短）`,
  'focus-too-long': (p) =>
    `${s(p, 'industry')}的重点领域“${s(p, 'item')}…”较长：是否为一项？（按原文显示）`,
  'chain-fact-missing': (p) =>
    `产业链文件中没有${FACT_ZH[s(p, 'fact') as ChainFact] ?? s(p, 'fact')}：已略去`,
  'no-english': (p) => `“${s(p, 'zh')}”在 ${s(p, 'file')} 中没有英文名：显示拼音`,
  'no-english-place': (p) =>
    `地名“${s(p, 'place')}”在 data/regions.yaml 中没有英文名：显示“${s(p, 'en')}”`,
  'segment-unmatched': (p) =>
    `“${s(p, 'term')}”不是 ${s(p, 'file')} 中的任何环节：列为未分类环节（可在该文件中补充它或别名）`,
  'segment-ambiguous': (p) =>
    `“${s(p, 'term')}”可能是 ${s(p, 'file')} 中的${s(p, 'segments')}：列为未分类环节（请把它列为所指环节的别名）`,
  'tier-differs': (p) =>
    `文件把“${s(p, 'term')}”列在${TIER_ZH[s(p, 'tier')] ?? s(p, 'tier')}，${s(p, 'file')} 列在${TIER_ZH[s(p, 'library')] ?? s(p, 'library')}：按文件显示`,
  'chain-unknown': (p) =>
    `产业链库（data/chains/）中没有“${s(p, 'industry')}”：不分上中下游（可为它新增 data/chains/<id>.yaml，或把此名列为某条链的别名）`,
  'chain-by-terms': (p) =>
    `产业链库中没有名为“${s(p, 'industry')}”的链：按关键环节放在 ${s(p, 'file')} 上（其 ${s(p, 'terms')} 个关键环节中有 ${s(p, 'placed')} 个是该链的环节；若确是此链，可把此名列为它的别名）`,
  'chain-ambiguous': (p) =>
    `“${s(p, 'industry')}”对应多条产业链（${s(p, 'chains')}）：不分上中下游（请只在一条链中保留此别名）`,
  'unknown-chain': (p) => `产业链“${s(p, 'id')}”不存在（没有 data/chains/${s(p, 'id')}.yaml）`,
  'library-id': (p) => `产业链编号“${s(p, 'id')}”与文件名“${s(p, 'file')}”不一致：请按编号命名文件`,
  'library-name-twice': (p) =>
    `“${s(p, 'name')}”同时指环节“${s(p, 'segment')}”和“${s(p, 'also')}”：一个名称只能指一条链中的一个环节`,
  'library-tiers': (p) =>
    `一条产业链至少要有上游、中游、下游中的三层环节（现有：${s(p, 'tiers')}）`,
  'featured-twice': (p) => `有多个文件被设为首页（另见 ${s(p, 'also')}）：只设一个`,
  'featured-not-chain': () =>
    '设为首页的文件没有读作产业链文件（标题须写明地方和产业链，正文须有关键环节、目标或园区）',
  'invalid-output': (p) => `生成的图谱不合规：${s(p, 'detail')}`,
};

/**
 * The Chinese for a problem the compiler reported, or null for a line the page made itself (those
 * are in both languages already).
 * @example problemZh({ line: 'a.txt:1:1: error: document is empty', code: 'document-empty', params: {} })
 *   // → '文件没有内容'
 */
export function problemZh(p: ProblemLine): string | null {
  if (!p.code) return null;
  return ZH[p.code as ProblemCode]?.(p.params ?? {}) ?? null;
}
