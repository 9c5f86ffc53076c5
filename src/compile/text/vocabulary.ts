/**
 * The reading vocabulary: every word class the readers share, each named once. A reader builds its
 * pattern from these lists (`alt(…)`), so a word added here is taken by every reader of its class:
 * adding 责任主体 to RESPONSIBLE makes the measures, the reading report and the manifest's
 * corrections all read `（责任主体：…）`. Words are plain strings (no regex syntax); `alt` escapes
 * them and puts longer words first, so 牵头责任单位 is tried before 责任单位.
 */

/** A regex alternation of `words`, longest first, escaped: `(?:牵头责任单位|责任单位|…)`. */
export function alt(words: readonly string[]): string {
  const esc = [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return `(?:${esc.join('|')})`;
}

/** Labels of the bodies responsible for a measure: （责任单位：市发改委、市财政局）. */
export const RESPONSIBLE = [
  '牵头责任单位',
  '责任部门',
  '责任单位',
  '责任科室',
  '牵头单位',
  '牵头部门',
  '主责单位',
  '责任主体',
  '实施单位',
  '落实单位',
  '承办单位',
  '负责单位',
  '主办单位',
  '主管部门',
] as const;

/** Labels of bodies that help but are not responsible: （牵头单位：A；配合单位：B）. */
export const SUPPORTING = ['配合', '协办', '参与', '协同'] as const;

/** Words that make a sentence speak of the future: a figure after them is a target. */
export const FUTURE = ['力争', '目标', '争取', '预计', '计划', '打造', '构建', '建成'] as const;

/**
 * A five-year plan as the genre names it (“十四五”, 十五五): its number's digit after 十. The plans
 * since the sixth (1981–1985) run 1956 + 5(n − 1) to 1955 + 5n, so the 14th ends in 2025.
 */
export const FIVE_YEAR_PLAN = '[“"‘]?十([一二三四五六七八九])五[”"’]?';
/** The last year of the `n`th five-year plan (n ≥ 6): 14 → 2025. */
export const planEnd = (n: number): number => 1955 + 5 * n;

/** Verbs between a measured thing and its figure: 产值(力争)达到1800亿元. */
export const TARGET_VERBS = [
  '达到',
  '达',
  '超',
  '为',
  '实现',
  '迈上',
  '迈向',
  '跨上',
  '跃上',
  '站上',
  '保持在',
  '稳定在',
  '控制在',
  '完成',
] as const;

/**
 * Verbs of a rise, before a share (亩均产值提高20%, 优果率提升5个百分点): the figure is the rise, and
 * the verb its qualifier. Followed by 到/至 they reach a level (提高到60%), as 达到 does.
 */
export const RISE_VERBS = ['提高', '提升', '增长', '增加'] as const;
/** The units a rise is read in: a share, not a sum (增加20亿元 is read by its subject). */
export const RISE_UNITS = ['%', '个百分点'] as const;

/** Verbs that say the figure is a floor: 突破/超过 N. */
export const EXCEED_VERBS = ['突破', '超过'] as const;

/** What a chain's scale is measured as (in 亿元). */
export const SCALE_SUBJECTS = [
  '规模',
  '产值',
  '营业收入',
  '主营业务收入',
  '营收',
  '销售收入',
] as const;

/**
 * Measured things other than the scale, each with the id its figures take: 产能 110GWh, 装机规模
 * 300万千瓦, 栽培面积 2600万平方米. The first word of the subject that ends with one of these names it.
 */
export const FIGURE_SUBJECTS: readonly (readonly [string, string])[] = [
  ['产能', 'capacity'],
  ['装机规模', 'installed'],
  ['装机', 'installed'],
  ['面积', 'area'],
  ['产量', 'output'],
  ['产值', 'scale'],
  ['营业收入', 'scale'],
  ['营收', 'scale'],
  ['销售收入', 'scale'],
  ['规模', 'scale'],
  ['增加值', 'value-added'],
  ['投资', 'investment'],
  ['出口创汇', 'export'],
  ['出口', 'export'],
  ['税收', 'tax'],
  ['利税', 'profit-tax'],
  ['就业', 'jobs'],
];

/** Words that make a sum support on offer (补助30万元, 产业基金10亿元), not a target figure. */
export const SUPPORT_WORDS = [
  '补助',
  '补贴',
  '奖励',
  '奖补',
  '资助',
  '贴息',
  '资金',
  '基金',
  '给予',
  '扶持',
] as const;

/** Verbs that bring firms in: 新引进30家企业. */
export const ATTRACT = ['新引进', '引进', '新招引', '招引', '新增', '落地'] as const;

/** Verbs that say how many firms there are: 聚集10余家企业. */
export const GATHER = ['聚集', '集聚', '拥有', '现有', '汇聚', '入驻', '已有'] as const;

/** Verbs that grow firms of a band: 培育年产值10亿元以上的企业2家. */
export const GROW = ['培育', '新培育', '打造', '发展', '形成', '新增'] as const;

/**
 * Verbs that set a count of things to build or grow (建成1个飞行服务站, 培育10家…企业, 建成各类起降场30个),
 * and 其中, which opens the parts of the count before it; the units such counts are in.
 */
export const COUNT_VERBS = [
  '新建成',
  '建成',
  '新建',
  '建设',
  '培育',
  '创建',
  '新引进',
  '引进',
  '招引',
  '新增',
  '实施',
  '打造',
  '形成',
  '布局',
  '建立',
  '组建',
  '认定',
  '开通',
  '开辟',
  '聚集',
  '集聚',
  '发展',
  '其中',
] as const;
export const COUNT_UNITS = ['个', '家', '座', '条', '处', '项', '所', '架', '款'] as const;

/** Frames that open a key-link list: 瞄准/聚焦/重点发展 … 等关键环节. */
export const KEY_LINK_VERBS = [
  '重点围绕',
  '瞄准',
  '锚定',
  '聚焦',
  '围绕',
  '重点引进',
  '重点招引',
  '重点发展',
  '做强',
  '主攻',
  '紧盯',
  '着力补齐',
  '补齐',
  '补强',
  '补足',
  '填补',
] as const;

/** Qualifiers of the noun that closes a key-link list: 等(关键|优势)?(环节|领域). */
export const KEY_LINK_QUALIFIERS = [
  '关键',
  '重点',
  '核心',
  '薄弱',
  '缺失',
  '空白',
  '短板',
  '优势',
  '关键优势',
] as const;

/** Nouns that close a key-link list. */
export const KEY_LINK_NOUNS = ['环节', '领域', '配套环节', '产品', '部件'] as const;

/**
 * Nouns that close a list of the firms a place wants, after a verb of ATTRACT: 招引玻璃酒瓶、纸箱礼盒
 * 等配套企业 names the links it seeks firms for, as a key-link list does.
 */
export const WANTED_FIRMS = ['配套企业', '上下游配套企业', '配套项目'] as const;

/**
 * Units a figure is stated in, longest first in patterns: money, counts, energy and power, mass,
 * area, rates. 万亿元 is read as 10 000 亿元.
 */
export const UNITS = [
  '万亿元',
  '亿元',
  '万元',
  '亿美元',
  '万美元',
  '家',
  '个百分点',
  '个',
  '户',
  '人',
  '万人',
  'GWh',
  'MWh',
  'GW',
  'MW',
  '万千瓦时',
  '亿千瓦时',
  '万千瓦',
  '千瓦',
  '吉瓦时',
  '吉瓦',
  '万吨',
  '吨',
  '万平方米',
  '平方米',
  '万亩',
  '亩',
  '公顷',
  '平方公里',
  '万立方米',
  '立方米',
  '座',
  '万辆',
  '辆',
  '万台',
  '台',
  '万套',
  '套',
  '%',
] as const;

/** Phrases that hand a document over in its covering notice: 《X》…现印发给你们. */
export const NOTICE = [
  '现印发给你们',
  '印发给你们',
  '印发你们',
  '现予印发',
  '予以印发',
  '现将',
  '转发给你们',
  '现印发',
] as const;

/**
 * How the name of a body that signs a notice ends (江苏省科技厅, 省发展改革委, 市场监督管理局,
 * 人民政府办公室, 管委会): a signature glued to its neighbours in a one-line text is told by these.
 */
export const BODY_ENDS = [
  '人民政府办公厅',
  '人民政府办公室',
  '人民政府',
  '委员会',
  '管委会',
  '办公厅',
  '办公室',
  '厅',
  '委',
  '局',
  '办',
] as const;

/** A covering notice's approval clause: 业经市人民政府同意 / 已经省人民政府同意. */
export const APPROVED = ['业经', '已经', '经', '并报经'] as const;

/**
 * Labels a republished page puts before its metadata (【发布单位】, 【发布文号】, 【发布日期】), and a
 * government site's disclosure table its cells (标 题: | X |, 发文机关: | Y |, 成文日期: | … |).
 */
export const META_LABELS = {
  title: ['标题', '文件名称', '题名'],
  issuer: ['发布单位', '发文机关', '发文单位', '发布机关'],
  number: ['发布文号', '发文字号', '文号'],
  date: ['发布日期', '成文日期', '发文日期'],
} as const;

/** How a title ends: the kind of document it names. */
export const TITLE_ENDS = [
  '行动方案',
  '实施方案',
  '工作方案',
  '方案',
  '若干措施',
  '措施',
  '举措',
  '实施意见',
  '指导意见',
  '意见',
  '行动计划',
  '计划',
  '发展规划',
  '规划',
  '办法',
  '细则',
  '政策',
  '通知',
] as const;

/** Sectors and economies a document names as its chain without 产业 (生态渔业, 低空经济). */
export const SECTOR_HEADS = [
  '低空经济',
  '渔业',
  '畜牧业',
  '种业',
  '奶业',
  '林业',
  '蚕桑业',
] as const;
/** Economies and sectors that span many chains: never one chain. */
export const NOT_ONE_CHAIN = [
  '工业',
  '县域',
  '民营',
  '实体',
  '区域',
  '开放型',
  '外向型',
  '园区',
  '城市',
  '总部',
  '楼宇',
  '夜间',
  '数字',
  '农业',
] as const;
