/**
 * Every UI string in both languages, in one typed dictionary: Chinese first, English complete.
 * A missing English key is a type error, because `en` is typed as `Strings` like `zh`.
 */
import type { NodeKind, SegmentStatus, Tier } from '../../contract/chain-map.ts';
import type { LoadErrorKind } from '../data/load.ts';
import type { Lang, View } from '../state/ui.ts';

// The languages and views live in state/ui.ts (the URL names them too); named here as well for
// the many components that read them with the strings.
export { VIEWS, type Lang, type View } from '../state/ui.ts';

const zh = {
  appTitle: '产业链图谱',
  search: '搜索',
  searchPlaceholder: '搜索环节、企业、措施（支持拼音首字母，如 ysj）',
  searchWaiting: '正在载入全部图谱，马上就能搜索…',
  results: (n: number) => (n === 0 ? '没有匹配结果' : `${n} 个结果`),
  selected: (name: string) => `已选择：${name}`,
  views: { panorama: '全景图', force: '关系图', sankey: '桑基图', outline: '大纲' } as Record<
    View,
    string
  >,
  viewSwitch: '视图',
  menu: '菜单',
  language: '语言',
  otherLang: 'English',
  legend: '图例',
  kinds: {
    region: '地区',
    segment: '环节',
    enterprise: '企业',
    customer: '客户',
    park: '园区',
    measure: '措施',
    policy: '政策',
    department: '部门',
    institution: '机构',
  } as Record<NodeKind, string>,
  tiers: {
    upstream: '上游',
    midstream: '中游',
    downstream: '下游',
    service: '服务',
    unclassified: '未分类',
  } as Record<Tier, string>,
  statuses: { gap: '招商缺口', present: '已有', context: '产业链环节' } as Record<
    SegmentStatus,
    string
  >,
  gapLegend: '招商缺口（虚线粗框）',
  /** The panorama's and the roadmap's legend: what a card's outline says. */
  cardLegend: {
    present: '已有（绿色实线框）',
    context: '产业链环节（细框）',
    park: '园区',
    enterprise: '企业（细框）',
    institution: '机构（双线框）',
  },
  customersColumn: '客户',
  panorama: {
    figure: '产业链全景图：上游 → 中游 → 下游，每个环节注明招商缺口或已有',
    /** The figure's caption on screen: its title, and the rest for screen readers (the legend shows it). */
    figureTitle: '产业链全景图：上游 → 中游 → 下游',
    figureNote: '，每个环节注明招商缺口或已有',
    /** A card's measures: those that name the segment, and the chain-wide ones, each labelled. */
    measures: (specific: number, chainWide: number) =>
      [specific ? `${specific}项专项措施` : '', chainWide ? `${chainWide}项全链措施` : '']
        .filter(Boolean)
        .join(' · '),
    /** A gap card's line when every gap shares its measures: what it supplies. */
    feeds: (names: string[]) =>
      `供给${names[0] ?? ''}${names.length > 1 ? `等${names.length}个环节` : ''}`,
    /** Said once in the caption when every gap shares its measures (each measure a button). */
    sharedSupport: (gaps: number) => `${gaps}个缺口共享：`,
    measureNo: (n: number) => `第${n}条`,
    columnCount: (n: number) => `（${n}个环节）`,
    /** Before a gap card's firms of industry reference (可招引企业参考). */
    toApproach: '可招引参考：',
    /** Before the library chain a chain is drawn on (data/chains/), linked to its source. */
    libraryRef: '产业链环节参考：',
  },
  roadmap: {
    figure: (name: string) => `${name}招商路线图`,
    focus: '招什么',
    focusHint: '重点领域',
    targets: '招谁',
    targetsHint: '目标企业',
    engages: '对接谁',
    engagesHint: '对接机构与企业',
    hosts: '落在哪',
    hostsHint: '承接地',
    support: '有何支持',
    supportHint: '文件为该产业列出的措施',
    none: '文件未列出',
    noSupport: '规划未列出该产业的支持措施',
    placeChains: '承接地自己的产业链',
    inPlace: (zone: string, county: string) => `${zone}（位于${county}）`,
    openChain: (name: string) => `打开${name}`,
  },
  atlas: {
    breadcrumb: '位置',
    city: (name: string) => `${name}产业图谱`,
    cityLink: (name: string) => `${name}（城市图谱）`,
    chains: '产业链',
    industries: '重点产业',
    zonesTable: (name: string) => `${name}各开发区承接的产业（来自规划）`,
    overlap: '错位发展：多个承接地提出的同一方向',
    overlapNote:
      '同一产业的同一重点方向由两个以上承接地提出，招商时宜协调分工。点击承接地查看规划原文。',
    overlapZones: (n: number) => `${n}个承接地`,
    zone: '开发区',
    cell: (zone: string, industry: string, focus: string) =>
      `${zone}承接${industry}${focus ? `：${focus}` : ''}（查看原文）`,
    hosted: '承接',
    chainFigures: (segments: number, gaps: number) => `${segments}个环节 · ${gaps}个招商缺口`,
    industryFigures: (focus: number, targets: number) =>
      `${focus}个重点领域 · ${targets}家目标企业`,
    featured: '主打产业链',
    scroll: '表格可左右滚动',
    scrollMore: (n: number) => `共${n}个产业，表格向右还有 →`,
    targetedBy: '被列为招商目标',
    engagedBy: '被列为对接对象',
  },
  metrics: {
    scale: '产业规模',
    firms: '企业数量',
    park: '园区面积',
  },
  arrow: '→',
  details: '详情',
  closeDetails: '关闭详情',
  nameZh: '中文名',
  nameEn: '英文名',
  /** Before Chinese text shown under the other language: the text as the document writes it. */
  original: '原文',
  /** After an English name made by the compiler, not curated. */
  enSources: { gloss: '词典释义（CC-CEDICT）', transliteration: '音译专名' },
  /** The document viewer's line under its title. */
  sourceMeta: { issuer: '发布：', region: '地区：', date: '日期：' },
  /** The kind of a curated reference (data/chains/*.yaml `kind`). */
  referenceKinds: {
    government: '政府网站',
    company: '企业官网',
    research: '研究报告',
    media: '媒体报道',
    association: '行业协会',
    encyclopedia: '百科',
  },
  kind: '类型',
  tier: '层级',
  status: '状态',
  upstream: '上游环节',
  downstream: '下游环节',
  park: '落户园区',
  supportingMeasures: '支持措施',
  specificMeasures: '专项措施（点名本环节）',
  chainWideMeasures: '全链措施（面向全链各关键环节）',
  recordFields: '记录字段',
  amounts: '支持金额',
  departments: '责任部门',
  enterprises: '企业',
  measures: '措施',
  cites: '引用政策',
  evidence: '原文依据',
  sentenceWhole: '展开全文',
  sentenceShort: '收起',
  reference: '参考来源',
  /** A library segment's leading firms (data/chains/*.yaml firms): industry reference. */
  referenceFirms: '可招引企业参考',
  referenceFirmsNote: '行业参考，非本地企业，点击看来源',
  /** A gap's 招商要素 check (model/gap-case.ts) and, over all gaps, the officers' panel. */
  gapCase: {
    title: '招商要素',
    items: {
      park: '落户园区',
      measures: '支持措施',
      amounts: '支持金额',
      departments: '责任部门',
      firms: '目标企业',
      buyers: '本地买家',
    },
    scopes: {
      own: '本环节',
      chain: '全链通用',
      reference: '行业参考',
      none: '文件未说明',
    },
    panelTitle: '招商要素检查',
    panelNote:
      '各缺口环节在文件中有无专门说明：本环节专门说明、仅全链通用、仅行业参考或文件未说明。',
    gapColumn: '缺口环节',
    totals: '合计',
    lacking: (item: string, n: number, of: number) => `${of}个缺口中${n}个${item}文件未专门说明`,
  },
  openDocument: '查看原文',
  documentDialog: (title: string) => `原文：${title}`,
  close: '关闭',
  loadingDocument: '正在加载原文…',
  documentUnavailable: '无法加载原文。',
  noneSelected: '在图中点击或搜索一个节点，查看详情与原文依据。',
  none: '无',
  area: '面积',
  location: '位置',
  standard: '基础设施',
  mu: (v: number) => `${v}亩`,
  fit: '适应屏幕',
  zoomIn: '放大',
  zoomOut: '缩小',
  forceFigure: '产业链关系图：节点按上游到下游从左到右排列',
  sankeyFigure: '产业链桑基图：上游 → 中游 → 下游 → 客户',
  sankeyWidth: '每条流线宽度相同：表示一条供应关系，不表示数量。',
  sankeyNone: '文件没有写出这些环节之间的供应关系，因此没有流向可画。请看全景图或大纲。',
  sankeyServices: '配套服务（支撑全链，不在流向中）',
  nodeList: '图中节点（方向键切换）',
  backLink: '回流',
  loading: '正在加载产业链数据…',
  layingOut: (n: number) => `正在排布 ${n} 个节点…`,
  errorTitle: '抱歉，页面无法显示',
  errorBack: '返回默认视图',
  errors: {
    data: '无法读取产业链数据。请检查链接是否正确，或稍后再试。',
    dataUrl: '数据地址无效：只能加载本站的相对路径。',
    node: (id: string) => `找不到节点“${id}”，它可能已被移除，或链接有误。下面是完整的图谱。`,
    dismiss: '知道了',
    view: (v: string) => `不认识的视图“${v}”。可用视图：全景图、关系图、桑基图、大纲。`,
    place: (id: string) => `找不到“${id}”。它可能已被移除，或链接有误。`,
    part: '页面的一部分未能下载。请检查网络连接，然后重新加载本页。',
    load: {
      notFound: '找不到产业链数据文件。链接可能有误，或文件已被移除。',
      network: '无法下载产业链数据。请检查网络连接，或稍后再试。',
      tooLarge: '产业链数据文件过大（超过 20 MB），已停止读取。',
      corrupt: '产业链数据文件已损坏，无法读取（不是有效的 JSON）。',
      version: '产业链数据的版本与本页面不兼容（需要 schemaVersion 2）。',
      schema: '产业链数据的格式不正确，与数据规范不符。',
      invalid: '产业链数据内容不一致（编号重复或引用了不存在的节点）。',
    } as Record<LoadErrorKind, string>,
    detail: '技术细节',
    detailOriginal: '程序给出的英文原文：',
  },
};

/** The shape every language must fill. */
export type Strings = typeof zh;

const en: Strings = {
  appTitle: 'ChainMap',
  search: 'Search',
  searchPlaceholder: 'Search segments, firms, measures (pinyin initials work, e.g. ysj)',
  searchWaiting: 'Loading the whole atlas; search in a moment…',
  results: (n: number) => (n === 0 ? 'No results' : n === 1 ? '1 result' : `${n} results`),
  selected: (name: string) => `Selected: ${name}`,
  views: { panorama: 'Panorama', force: 'Network', sankey: 'Sankey', outline: 'Outline' },
  viewSwitch: 'View',
  menu: 'Menu',
  language: 'Language',
  otherLang: '中文',
  legend: 'Legend',
  kinds: {
    region: 'Place',
    segment: 'Segment',
    enterprise: 'Enterprise',
    customer: 'Customer',
    park: 'Park',
    measure: 'Measure',
    policy: 'Policy',
    department: 'Department',
    institution: 'Institution',
  },
  tiers: {
    upstream: 'Upstream',
    midstream: 'Midstream',
    downstream: 'Downstream',
    service: 'Services',
    unclassified: 'Unclassified',
  },
  statuses: { gap: 'Investment gap', present: 'Present', context: 'Chain link' },
  gapLegend: 'Investment gap (thick dashed outline)',
  cardLegend: {
    present: 'Present (solid green outline)',
    context: 'Chain link (thin outline)',
    park: 'Park',
    enterprise: 'Firm (thin outline)',
    institution: 'Institution (double outline)',
  },
  customersColumn: 'Customers',
  panorama: {
    figure: 'Chain panorama: upstream → midstream → downstream, each link marked gap or present',
    figureTitle: 'Chain panorama: upstream → midstream → downstream',
    figureNote: ', each link marked gap or present',
    /** Short enough for a card: "1 specific · 1 chain-wide measure", "2 specific measures". */
    measures: (specific: number, chainWide: number) => {
      const parts = [
        specific ? `${specific} specific` : '',
        chainWide ? `${chainWide} chain-wide` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      const last = chainWide || specific;
      return parts && `${parts} ${last === 1 ? 'measure' : 'measures'}`;
    },
    feeds: (names: string[]) =>
      `Supplies ${names[0] ?? ''}${names.length > 1 ? ` +${names.length - 1}` : ''}`,
    sharedSupport: (gaps: number) => `All ${gaps} gaps share: `,
    measureNo: (n: number) => `Measure ${n}`,
    columnCount: (n: number) => `(${n} links)`,
    toApproach: 'To approach: ',
    libraryRef: 'Chain structure from the library: ',
  },
  roadmap: {
    figure: (name: string) => `${name}: investment roadmap`,
    focus: 'What to attract',
    focusHint: 'Focus areas',
    targets: 'Whom to attract',
    targetsHint: 'Target firms',
    engages: 'Whom to work with',
    engagesHint: 'Institutions and firms to engage',
    hosts: 'Where it lands',
    hostsHint: 'Host places',
    support: 'What support',
    supportHint: 'Measures the documents name for it',
    none: 'Not named in the documents',
    noSupport: 'The plan names no support for this industry',
    placeChains: "The host places' own chains",
    inPlace: (zone: string, county: string) => `${zone}, in ${county}`,
    openChain: (name: string) => `Open ${name}`,
  },
  atlas: {
    breadcrumb: 'Breadcrumb',
    city: (name: string) => `${name}: industrial atlas`,
    cityLink: (name: string) => `${name} (city atlas)`,
    chains: 'Industrial chains',
    industries: 'Key industries',
    zonesTable: (name: string) => `What each development zone of ${name} takes in (from the plan)`,
    overlap: 'Overlaps: the same focus in several zones',
    overlapNote:
      'A focus of one industry that two or more zones name: where their promotion needs coordinating. Each zone opens the sentence of the plan.',
    overlapZones: (n: number) => `${n} zones`,
    zone: 'Development zone',
    cell: (zone: string, industry: string, focus: string) =>
      `${zone} takes in ${industry}${focus ? `: ${focus}` : ''} (open the sentence)`,
    hosted: 'Takes in',
    chainFigures: (segments: number, gaps: number) => `${segments} links · ${gaps} investment gaps`,
    industryFigures: (focus: number, targets: number) =>
      `${focus} focus areas · ${targets} target firms`,
    featured: 'Featured chain',
    scroll: 'The table scrolls sideways',
    scrollMore: (n: number) => `${n} industries: scroll sideways for the rest →`,
    targetedBy: 'Targeted by',
    engagedBy: 'To be engaged by',
  },
  metrics: { scale: 'Industry scale', firms: 'Firms', park: 'Park area' },
  arrow: '→',
  details: 'Details',
  closeDetails: 'Close details',
  nameZh: 'Chinese name',
  nameEn: 'English name',
  original: 'Original:',
  sourceMeta: { issuer: 'Issued by ', region: 'Place: ', date: 'Dated ' },
  referenceKinds: {
    government: 'Government site',
    company: 'Company site',
    research: 'Research report',
    media: 'News',
    association: 'Industry association',
    encyclopedia: 'Encyclopedia',
  },
  enSources: {
    gloss: 'dictionary gloss (CC-CEDICT)',
    transliteration: 'transliteration of a proper name',
  },
  kind: 'Kind',
  tier: 'Tier',
  status: 'Status',
  upstream: 'Upstream',
  downstream: 'Downstream',
  park: 'Park',
  supportingMeasures: 'Support measures',
  specificMeasures: 'Measures for this segment (they name it)',
  chainWideMeasures: 'Chain-wide measures (for all its key links)',
  recordFields: 'Record fields',
  amounts: 'Amounts',
  departments: 'Responsible departments',
  enterprises: 'Enterprises',
  measures: 'Measures',
  cites: 'Cited policies',
  evidence: 'Evidence',
  sentenceWhole: 'Read the whole sentence',
  sentenceShort: 'Show less',
  reference: 'Reference',
  referenceFirms: 'Firms to approach (industry reference)',
  referenceFirmsNote: 'Industry reference, not firms in this place; each links its source',
  gapCase: {
    title: 'Investment checklist',
    items: {
      park: 'Park',
      measures: 'Support',
      amounts: 'Amounts',
      departments: 'Department',
      firms: 'Target firms',
      buyers: 'Local buyers',
    },
    scopes: {
      own: 'For this segment',
      chain: 'Chain-wide',
      reference: 'Industry reference',
      none: 'Not stated',
    },
    panelTitle: 'Investment checklist of the gaps',
    panelNote:
      'What the documents state for each gap: for the segment itself, only for the whole chain, only in the industry reference, or not at all.',
    gapColumn: 'Gap segment',
    totals: 'Total',
    lacking: (item: string, n: number, of: number) =>
      `${n} of ${of} gaps: ${item.toLowerCase()} not stated for the segment itself`,
  },
  openDocument: 'Open document',
  documentDialog: (title: string) => `Document: ${title}`,
  close: 'Close',
  loadingDocument: 'Loading the document…',
  documentUnavailable: 'The document could not be loaded.',
  noneSelected: 'Click or search a node to see its details and the sentences they come from.',
  none: 'None',
  area: 'Area',
  location: 'Location',
  standard: 'Infrastructure',
  mu: (v: number) => `${v} mu`,
  fit: 'Fit to screen',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  forceFigure: 'Chain network: nodes read upstream to downstream, left to right',
  sankeyFigure: 'Chain Sankey: upstream → midstream → downstream → customers',
  sankeyWidth: 'Every flow has the same width: it shows a supply link, not a quantity.',
  sankeyNone:
    'The documents name no supply links between these segments, so there are no flows to draw. See the panorama or the outline.',
  sankeyServices: 'Services (they support the whole chain; not in the flows)',
  nodeList: 'Nodes in the chart (arrow keys move)',
  backLink: 'back-link',
  loading: 'Loading the chain map…',
  layingOut: (n: number) => `Laying out ${n.toLocaleString('en')} nodes…`,
  errorTitle: 'Sorry, this page cannot be shown',
  errorBack: 'Back to the default view',
  errors: {
    data: 'The chain-map data could not be read. Check the link, or try again later.',
    dataUrl: 'Invalid data address: only relative paths on this site can be loaded.',
    node: (id: string) =>
      `No node “${id}”: it may have been removed, or the link is wrong. Here is the whole map.`,
    dismiss: 'Dismiss',
    view: (v: string) => `Unknown view “${v}”. Views: panorama, network, Sankey, outline.`,
    place: (id: string) =>
      `No chain or place “${id}”. It may have been removed, or the link is wrong.`,
    part: 'Part of this page could not be downloaded. Check the connection, then reload the page.',
    load: {
      notFound:
        'The chain-map data file was not found. The link may be wrong, or the file was removed.',
      network:
        'The chain-map data could not be downloaded. Check the connection, or try again later.',
      tooLarge: 'The chain-map data file is too large (over 20 MB); reading was stopped.',
      corrupt: 'The chain-map data file is damaged and cannot be read (not valid JSON).',
      version:
        'This chain-map data has a version this page does not support (needs schemaVersion 2).',
      schema: 'The chain-map data does not have the expected format (it breaks the data schema).',
      invalid:
        'The chain-map data is inconsistent (duplicate ids, or references to missing nodes).',
    },
    detail: 'Technical detail',
    detailOriginal: '',
  },
};

/** The strings of a language: `strings('en').search === 'Search'`. */
/** Whether text holds Chinese characters: under English, such text is shown as the original (原文). */
export const hasChinese = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : zh;
}

/** A node's name in the UI language; falls back to Chinese when the English name is empty. */
export function displayName(node: { name: { zh: string; en: string } }, lang: Lang): string {
  return lang === 'en' && node.name.en.trim() ? node.name.en : node.name.zh;
}

/**
 * A node's English name when it is one, null when it only spells the Chinese in pinyin (the
 * compiler's fallback for a name the glossary lacks): a Chinese reader gains nothing from
 * "Wan Hua Hua Xue" labelled 英文名.
 * englishName({ name: { zh: '万华化学', en: 'Wan Hua Hua Xue' }, search: { pinyin: 'wan hua hua xue' } }) → null
 */
export function englishName(node: {
  name: { zh: string; en: string };
  search?: { pinyin: string };
}): string | null {
  const letters = (x: string) => x.toLowerCase().replace(/[^a-z]/g, '');
  const en = node.name.en.trim();
  if (!en || en === node.name.zh) return null;
  if (node.search && letters(en) === letters(node.search.pinyin)) return null;
  return en;
}

/**
 * The name of the place a chain belongs to, in the UI language (`chain.regionName`; `chain.region`
 * is the id of its region node, shown only when a map names the place no other way).
 * placeName({ region: 'xinxiang-etdz', regionName: { zh: '新乡经济技术开发区', en: '' } }, 'en')
 *   → '新乡经济技术开发区'
 */
export function placeName(
  chain: { region: string; regionName?: { zh: string; en: string } },
  lang: Lang,
): string {
  const name = chain.regionName;
  if (!name) return chain.region;
  return (lang === 'en' && name.en.trim() ? name.en : name.zh) || chain.region;
}
