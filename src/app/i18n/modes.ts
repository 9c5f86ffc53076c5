/**
 * UI strings of the three places (embed, share/download/export, print sheet, present mode, kiosk,
 * update prompt), Chinese first and English complete: `en` is typed as `ModeStrings`, so a missing
 * English key is a type error. Kept apart from i18n.ts, which holds the map's own strings.
 */
import type { Lang } from './strings.ts';

const zh = {
  /** Between a label and its value: 面积：700亩 / Area: 700 mu. */
  colon: '：',
  /** Between list items: 铝材、铜材 / aluminium, copper. */
  listSep: '、',
  openFull: '在门户中打开',
  share: '分享链接',
  shareCopied: '链接已复制',
  shareFailed: '无法自动复制，请手动复制链接：',
  download: '下载',
  downloadMenu: '下载数据与图片',
  openData: '开放数据',
  dataJson: '产业链图谱（JSON）',
  dataSchema: '数据结构说明（JSON Schema）',
  csvNodes: '节点表（CSV）',
  csvLinks: '关系表（CSV）',
  csvEvidence: '原文依据表（CSV）',
  exportImage: '导出当前视图',
  png: (w: number, h: number) => `PNG 图片（${w}×${h}，适合幻灯片）`,
  pngPrint: 'PNG 图片（A4 横向打印，300 dpi）',
  svg: 'SVG 矢量图',
  sourceLine: (titles: string) => `来源：${titles}`,
  exported: (name: string) => `已生成 ${name}`,
  printSheet: '打印招商推介单',
  sheetTitle: '招商推介单',
  sheetWhat: '环节简介',
  sheetWhy: '为什么招引',
  sheetWhere: '落户园区',
  sheetSupport: '支持措施',
  sheetContact: '联系部门',
  sheetScan: '扫码查看在线图谱',
  sheetPrint: '打印',
  sheetBack: '返回图谱',
  sheetTier: (tier: string) => `${tier}环节，当前为招商缺口`,
  sheetSuppliers: '上游供应',
  sheetCustomers: '下游去向',
  sheetNotGap: (name: string) => `“${name}”不是招商缺口环节，没有推介单。`,
  sheetList: '各缺口环节的推介单',
  presentTitle: '演示模式',
  presentStep: (i: number, n: number) => `第 ${i} / ${n} 页`,
  presentNext: '下一页',
  presentPrev: '上一页',
  presentHelp: '翻页：← → 空格 PageUp/PageDown，触摸左右半屏；B 黑屏；F 全屏',
  presentFullscreen: '全屏',
  presentExitFullscreen: '退出全屏',
  presentBlank: '已黑屏，按 B 恢复',
  presentQr: '扫码在手机上查看本页',
  tourCity: (zones: number, industries: number) => `${zones}个开发区 · ${industries}个重点产业`,
  tourGap: (name: string) => `招商缺口：${name}`,
  tourPark: '落户园区',
  tourMeasures: '支持措施与金额',
  tourContact: '联系部门',
  /** The measures a department answers for: 第1、9、12条 / Measures 1, 9, 12. */
  measureNumbers: (ns: number[]) => `第${ns.join('、')}条`,
  tourEnd: '谢谢',
  kioskAttract: '触摸屏幕开始浏览',
  kioskTouchHint: '触摸任意处返回首页',
  kioskHome: '回到首页',
  kioskReset: '出现问题，已自动返回首页。',
  updateAvailable: '有新版本',
  updateReload: '重新加载',
  updateLater: '稍后',
  offlineReady: '已可离线使用',
};

/** The shape every language fills. */
export type ModeStrings = typeof zh;

const en: ModeStrings = {
  colon: ': ',
  listSep: ', ',
  openFull: 'Open in the portal',
  share: 'Share link',
  shareCopied: 'Link copied',
  shareFailed: 'Could not copy automatically; copy the link:',
  download: 'Download',
  downloadMenu: 'Download data and images',
  openData: 'Open data',
  dataJson: 'Chain map (JSON)',
  dataSchema: 'Data schema (JSON Schema)',
  csvNodes: 'Nodes (CSV)',
  csvLinks: 'Links (CSV)',
  csvEvidence: 'Evidence (CSV)',
  exportImage: 'Export this view',
  png: (w: number, h: number) => `PNG image (${w}×${h}, for slides)`,
  pngPrint: 'PNG image (A4 landscape, 300 dpi, for print)',
  svg: 'SVG vector image',
  sourceLine: (titles: string) => `Source: ${titles}`,
  exported: (name: string) => `Created ${name}`,
  printSheet: 'Print investment sheet',
  sheetTitle: 'Investment promotion sheet',
  sheetWhat: 'The segment',
  sheetWhy: 'Why the zone wants it',
  sheetWhere: 'Where it would land',
  sheetSupport: 'Support measures',
  sheetContact: 'Departments to contact',
  sheetScan: 'Scan for the online map',
  sheetPrint: 'Print',
  sheetBack: 'Back to the map',
  sheetTier: (tier: string) => `${tier} segment, currently an investment gap`,
  sheetSuppliers: 'Supplied by',
  sheetCustomers: 'Supplies',
  sheetNotGap: (name: string) => `“${name}” is not an investment gap; there is no sheet for it.`,
  sheetList: 'Sheets for each gap segment',
  presentTitle: 'Presentation',
  presentStep: (i: number, n: number) => `Slide ${i} of ${n}`,
  presentNext: 'Next',
  presentPrev: 'Previous',
  presentHelp:
    'Step: ← → Space PageUp/PageDown, or tap the left/right half; B blanks; F full screen',
  presentFullscreen: 'Full screen',
  presentExitFullscreen: 'Exit full screen',
  presentBlank: 'Screen blanked, press B to resume',
  presentQr: 'Scan to open this slide on your phone',
  tourCity: (zones: number, industries: number) =>
    `${zones} development zones · ${industries} key industries`,
  tourGap: (name: string) => `Investment gap: ${name}`,
  tourPark: 'Where it lands',
  tourMeasures: 'Support measures and amounts',
  tourContact: 'Departments to contact',
  measureNumbers: (ns: number[]) => `${ns.length === 1 ? 'Measure' : 'Measures'} ${ns.join(', ')}`,
  tourEnd: 'Thank you',
  kioskAttract: 'Touch the screen to explore',
  kioskTouchHint: 'Touch anywhere to return to the start',
  kioskHome: 'Back to start',
  kioskReset: 'Something went wrong; back at the start.',
  updateAvailable: 'A new version is available',
  updateReload: 'Reload',
  updateLater: 'Later',
  offlineReady: 'Ready to work offline',
};

/** The mode strings of a language: `modeStrings('en').share === 'Share link'`. */
export function modeStrings(lang: Lang): ModeStrings {
  return lang === 'en' ? en : zh;
}

/** The UI language from a query string, as the app reads it (`?lang=en`, else Chinese). */
export function langOf(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
}
