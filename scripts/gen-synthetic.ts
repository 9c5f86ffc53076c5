/**
 * Generates synthetic chain maps of N nodes that satisfy the chain-map contract (schemaVersion 2,
 * the atlas), for development, browser tests and benchmarks while (and after) the real map exists.
 *
 * Usage: `npm run gen:synthetic -- --nodes 2000 --seed 7 --out .tmp/synthetic/map-2000.json`
 * writes the map and its source text(s) next to it; `Source.file` is the text's path relative to
 * the map's directory parent chosen with `--file-base` (default: the map's own directory name), so
 * a page served from that parent can fetch it.
 *
 * The map always starts with a small core that mirrors the real thermal-management chain: the
 * segments, tiers and supply links of the library's chain (data/chains/automotive-thermal-management.yaml),
 * the gaps the compiled atlas marks on it (data/chain-map.json), one park, 13 measures, departments,
 * policies, customers 比亚迪/上汽, enterprises with a reference; then it pads with generated segments
 * and enterprises up to N. Like the compiled atlas, the featured chain has the real chain's id and
 * its nodes that id as a prefix (`…-mid-e-compressor`), so a deep link works on either map;
 * departments, policies, customers and enterprises are shared nodes (no `chain`). After those N
 * nodes come two places (the city and the zone, region nodes) and a small industry chain of the
 * city's plan (`kind: 'industry'`: two segments, a firm it targets, an institution it engages), so
 * the app's view of the featured chain (src/app/model/chain-view.ts) has exactly the N nodes.
 * Deterministic for a given seed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { pinyin } from 'pinyin-pro';
import type {
  Amount,
  ChainMap,
  ChainNode,
  Evidence,
  Link,
  NodeKind,
  SegmentStatus,
  Tier,
} from '../src/contract/chain-map.ts';
// The one seeded generator (the one d3-force uses): the same seed, the same map.
import { lcg } from '../src/app/layout/force.ts';

/** The featured chain's id: the compiled atlas's thermal-management chain has the same. */
export const SYNTHETIC_CHAIN = 'xinxiang-etdz-automotive-thermal-management';
/** The id of a node of the featured chain: `chainNodeId('mid-eev')` → '…-management-mid-eev'. */
export const chainNodeId = (local: string): string => `${SYNTHETIC_CHAIN}-${local}`;
/** The industry chain of the synthetic city plan. */
const INDUSTRY = 'xinxiang-auto-parts';
const ZONE_ID = 'xinxiang-etdz';
const CITY_ID = 'xinxiang';

/** Options for {@link generateChainMap}. */
export interface SyntheticOptions {
  nodes: number;
  seed?: number;
  /** Prefix of `Source.file`, e.g. "synthetic/" so the text is fetched from `<page>/synthetic/…`. */
  filePrefix?: string;
}

/** A generated map plus the text of its sources, keyed by `Source.file`. */
export interface SyntheticResult {
  map: ChainMap;
  texts: Record<string, string>;
}

interface CoreSegment {
  id: string;
  zh: string;
  en: string;
  tier: Tier;
  status: SegmentStatus;
  aliases: string[];
  feeds: string[];
}

const ROOT = resolve(import.meta.dirname, '..');
/** The curated chain the core is drawn from: the industry-chain library's thermal-management chain. */
const LIBRARY_FILE = 'data/chains/automotive-thermal-management.yaml';

/**
 * The core's segments: the library chain's (names, tiers, aliases, supply links), each with the
 * status the compiled atlas gives it on the featured chain (the gaps the real document names), so
 * the synthetic map has the real chain's shape without a copy of either. Read once.
 */
const coreSegments = (() => {
  let core: CoreSegment[] | null = null;
  return (): CoreSegment[] => {
    if (core) return core;
    const lib = parse(readFileSync(join(ROOT, LIBRARY_FILE), 'utf8')) as {
      segments: {
        id: string;
        zh: string;
        en: string;
        tier: Tier;
        aliases?: unknown[];
        feeds?: string[];
      }[];
    };
    const atlas = JSON.parse(readFileSync(join(ROOT, 'data/chain-map.json'), 'utf8')) as ChainMap;
    const status = new Map(atlas.nodes.map((n) => [n.id, n.status]));
    core = lib.segments.map((x) => ({
      id: x.id,
      zh: x.zh,
      en: x.en,
      tier: x.tier,
      status: status.get(chainNodeId(x.id)) ?? 'context',
      aliases: (x.aliases ?? []).map(String),
      feeds: x.feeds ?? [],
    }));
    if (!core.some((c) => c.status === 'gap'))
      throw new Error(`gen-synthetic: no gap of ${LIBRARY_FILE} in data/chain-map.json`);
    return core;
  };
})();

const PREFIX = ['精密', '高效', '智能', '新型', '微型', '复合', '节能', '轻量化', '高压', '低温'];
const BASE = [
  ['换热器', 'heat exchanger'],
  ['阀门', 'valve'],
  ['水泵', 'pump'],
  ['风扇', 'fan'],
  ['传感器', 'sensor'],
  ['控制器', 'controller'],
  ['管路', 'fluid line'],
  ['电机', 'motor'],
  ['模块', 'module'],
  ['冷板', 'cold plate'],
  ['加热器', 'heater'],
  ['密封件', 'seal'],
] as const;
const PREFIX_EN = [
  'Precision',
  'Efficient',
  'Smart',
  'Novel',
  'Micro',
  'Composite',
  'Eco',
  'Lightweight',
  'High-voltage',
  'Low-temp',
];
const CITY = ['新乡', '郑州', '洛阳', '开封', '安阳', '焦作', '许昌', '鹤壁'];
const CITY_EN = [
  'Xinxiang',
  'Zhengzhou',
  'Luoyang',
  'Kaifeng',
  'Anyang',
  'Jiaozuo',
  'Xuchang',
  'Hebi',
];
const FIRM = [
  ['热能', 'Thermal'],
  ['机电', 'Electromechanical'],
  ['科技', 'Technology'],
  ['汽配', 'Auto Parts'],
  ['精工', 'Precision'],
] as const;
const DEPARTMENTS = [
  ['经济发展局', 'Economic Development Bureau'],
  ['财政金融局', 'Finance Bureau'],
  ['自然资源局', 'Natural Resources Bureau'],
  ['招商服务中心', 'Investment Promotion Centre'],
  ['科技创新局', 'Science & Innovation Bureau'],
] as const;
const TIERS: Tier[] = ['upstream', 'midstream', 'downstream', 'service'];
const TIER_ZH: Record<Tier, string> = {
  upstream: '上游',
  midstream: '中游',
  downstream: '下游',
  service: '服务',
  unclassified: '未分类',
};

function py(zh: string): { pinyin: string; initials: string } {
  return {
    pinyin: pinyin(zh, { toneType: 'none', nonZh: 'consecutive' }).toLowerCase(),
    initials: pinyin(zh, { pattern: 'first', toneType: 'none', nonZh: 'consecutive' })
      .replace(/\s+/g, '')
      .toLowerCase(),
  };
}

/** Accumulates one source document and hands out evidence spans whose quote is the slice. */
class TextBuilder {
  text = '';
  constructor(readonly source: string) {}
  /** Appends `before + quote + after` as one sentence and returns the evidence for `quote`. */
  cite(before: string, quote: string, after: string): Evidence {
    const start = this.text.length + before.length;
    this.text += `${before}${quote}${after}\n`;
    return { source: this.source, start, end: start + quote.length, quote };
  }
}

/**
 * Builds a deterministic, contract-valid synthetic atlas whose featured chain has (at least)
 * `nodes` nodes (its own and the shared ones it links to), plus two places and an industry chain.
 */
export function generateChainMap({
  nodes: n,
  seed = 1,
  filePrefix = '',
}: SyntheticOptions): SyntheticResult {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const flagship = new TextBuilder('synthetic-measures');
  const context = new TextBuilder('synthetic-plan');
  flagship.text = '新乡经济技术开发区支持汽车热管理产业链发展若干措施（合成）\n';
  context.text = '新乡市汽车零部件产业发展规划（合成）\n';
  const nodes: ChainNode[] = [];
  const links: Link[] = [];
  const ref = [{ note: 'Synthetic data generated by scripts/gen-synthetic.ts' }];
  /** Segments, the park and measures belong to the featured chain; other kinds are shared. */
  const OWN: ReadonlySet<NodeKind> = new Set(['segment', 'park', 'measure']);
  const add = (
    id: string,
    kind: NodeKind,
    zh: string,
    en: string,
    extra: Partial<ChainNode> = {},
    aliases: string[] = [],
  ): ChainNode => {
    const node: ChainNode = {
      id,
      kind,
      name: { zh, en },
      ...(OWN.has(kind) ? { chain: SYNTHETIC_CHAIN } : {}),
      search: { ...py(zh), aliases },
      evidence: [],
      ...extra,
    };
    nodes.push(node);
    return node;
  };
  const link = (source: string, target: string, kind: string, evidence: Evidence[]): void => {
    links.push(
      evidence.length
        ? { source, target, kind, evidence }
        : { source, target, kind, evidence, reference: ref },
    );
  };
  const own = chainNodeId;
  const parkId = own('park-qi-che-re-guan-li-chan-ye-yuan');

  const zoneEv = flagship.cite('', '新乡经济技术开发区', '汽车热管理产业链概况。');
  const metricEv = {
    scaleCurrent: flagship.cite('目前，全区汽车热管理产业规模达', '20亿元', '，'),
    firms: flagship.cite('聚集相关企业', '10余家', '。'),
    target: flagship.cite('到2027年，力争新引进企业', '30家', '，'),
    scaleTarget: flagship.cite('产业规模突破', '50亿级', '。'),
  };
  flagship.text += '围绕';
  const CORE_SEGMENTS = coreSegments();
  for (const s of CORE_SEGMENTS) {
    const from = s.status === 'gap' ? flagship : context;
    const ev =
      s.status === 'gap'
        ? flagship.cite(`重点引进`, s.zh, `等关键环节项目。`)
        : from.cite(`本地已有`, s.zh, `相关配套企业。`);
    add(own(s.id), 'segment', s.zh, s.en, { tier: s.tier, status: s.status, evidence: [ev] }, [
      ...s.aliases,
    ]);
  }
  for (const s of CORE_SEGMENTS)
    for (const f of s.feeds)
      link(own(s.id), own(f), 'supplies', [
        context.cite(`${s.zh}为`, `${s.zh}供应${TIER_ZH[s.tier]}配套`, '。'),
      ]);

  const parkEv = flagship.cite('规划建设', '占地约700亩的汽车热管理产业园', '，实现九通一平。');
  add(parkId, 'park', '汽车热管理产业园', 'Thermal management industrial park', {
    areaMu: 700,
    location: '花园路与榆东路区域',
    standard: '九通一平',
    evidence: [parkEv],
  });
  for (const s of CORE_SEGMENTS.filter((c) => c.status === 'gap'))
    link(own(s.id), parkId, 'located-in', [
      flagship.cite('引进的', `${s.zh}项目原则上落户产业园`, '。'),
    ]);

  const deptIds = DEPARTMENTS.map(([zh]) => `${ZONE_ID}-${py(zh).pinyin.replace(/\s+/g, '-')}`);
  for (const [i, [zh, en]] of DEPARTMENTS.entries())
    add(deptIds[i]!, 'department', zh, en, {
      evidence: [flagship.cite('责任部门：', zh, '。')],
    });
  const policies = [
    '河南省先进制造业集群培育行动方案',
    '新乡市招商引资优惠政策',
    '关于支持新能源汽车产业发展的意见',
    '开发区产业扶持资金管理办法',
  ];
  for (const [i, title] of policies.entries())
    add(`policy-${i + 1}`, 'policy', `《${title}》`, `Policy ${i + 1}`, {
      title,
      matchesSource: i === 1 ? 'synthetic-plan' : null,
      evidence: [flagship.cite('按照', `《${title}》`, '执行。')],
    });
  add('byd', 'customer', '比亚迪', 'BYD', {
    evidence: [flagship.cite('积极对接', '比亚迪', '等整车企业。')],
  });
  add('saic', 'customer', '上汽', 'SAIC', {
    evidence: [flagship.cite('加强与', '上汽', '合作。')],
  });
  link(own('down-nev-oem'), 'byd', 'customer-of', [
    flagship.cite('本地配套企业为', '比亚迪供货', '。'),
  ]);
  link(own('down-nev-oem'), 'saic', 'customer-of', [
    flagship.cite('本地配套企业为', '上汽供货', '。'),
  ]);

  const headings = [
    '用地保障',
    '设备补助',
    '研发奖励',
    '人才支持',
    '融资支持',
    '租金减免',
    '物流补贴',
    '市场开拓',
    '上市奖励',
    '服务保障',
  ];
  const gaps = CORE_SEGMENTS.filter((c) => c.status === 'gap');
  for (let m = 1; m <= 13; m++) {
    const heading = headings[Math.min(m - 1, 9)] as string;
    const pct = 10 + ((m * 7) % 25);
    const cap = 50 * (1 + (m % 6));
    const sentenceStart = `（${m}）${heading}。对新引进项目，按设备投资额的`;
    const rate = flagship.cite(sentenceStart, `${pct}%`, '');
    flagship.text = flagship.text.slice(0, -1);
    const capEv = flagship.cite('给予补助，每年最高不超过', `${cap}万元`, '，');
    flagship.text = flagship.text.slice(0, -1);
    const yrs = flagship.cite('连续支持', '3年', '。');
    const amounts: Amount[] = [
      { value: pct, unit: '%', kind: 'rate', evidence: [rate] },
      { value: cap, unit: '万元', kind: 'cap-per-year', evidence: [capEv] },
      { value: 3, unit: '年', kind: 'years', evidence: [yrs] },
    ];
    const id = own(`measure-${m}`);
    add(id, 'measure', `第${m}条 ${heading}`, `Measure ${m}: ${heading}`, {
      number: m,
      heading,
      amounts,
      evidence: [rate],
    });
    link(deptIds[m % DEPARTMENTS.length]!, id, 'responsible-for', [
      flagship.cite('责任部门：', DEPARTMENTS[m % DEPARTMENTS.length]![0], '。'),
    ]);
    link(id, `policy-${1 + (m % policies.length)}`, 'cites', [
      flagship.cite('依据', `《${policies[m % policies.length]}》`, '。'),
    ]);
    link(id, m % 4 === 0 ? parkId : own(gaps[m % gaps.length]!.id), 'supports', [rate]);
  }
  for (let e = 0; e < 3; e++) {
    const ci = e % CITY.length;
    const fi = e % FIRM.length;
    const id = `ent-core-${e + 1}`;
    add(
      id,
      'enterprise',
      `${CITY[ci]}${FIRM[fi]![0]}有限公司`,
      `${CITY_EN[ci]} ${FIRM[fi]![1]} Co.`,
      { reference: ref },
    );
    links.push({
      source: id,
      target: own('mid-heat-exchanger'),
      kind: 'supplies',
      evidence: [],
      reference: ref,
    });
  }

  // Padding: generated segments in tiers (a DAG: links only go to a later tier or a later index).
  const segIds: string[][] = [[], [], [], []];
  let k = 0;
  while (nodes.length < n) {
    const makeSegment = segIds.flat().length * 0.6 <= nodes.length - 60 || rnd() < 0.5;
    k++;
    if (makeSegment) {
      const t = Math.floor(rnd() * 4);
      const tier = TIERS[t] as Tier;
      const pi = Math.floor(rnd() * PREFIX.length);
      const [bz, be] = pick(BASE);
      const zh = `${PREFIX[pi]}${bz}${k}`;
      const status: SegmentStatus = rnd() < 0.08 ? 'gap' : rnd() < 0.5 ? 'present' : 'context';
      const id = own(`seg-${k}`);
      const tb = status === 'gap' ? flagship : context;
      add(id, 'segment', zh, `${PREFIX_EN[pi]} ${be} ${k}`, {
        tier,
        status,
        evidence: [tb.cite('发展', zh, '产业。')],
      });
      const up = t > 0 ? segIds[t - 1]! : [];
      for (let j = 0; j < 2 && up.length; j++)
        link(pick(up), id, 'supplies', [context.cite('配套', `${zh}${j}`, '。')]);
      if (status === 'gap')
        link(id, parkId, 'located-in', [flagship.cite('', `${zh}落户产业园`, '。')]);
      segIds[t]!.push(id);
    } else {
      const ci = Math.floor(rnd() * CITY.length);
      const fi = Math.floor(rnd() * FIRM.length);
      const id = `ent-${k}`;
      add(
        id,
        'enterprise',
        `${CITY[ci]}${FIRM[fi]![0]}${k}号有限公司`,
        `${CITY_EN[ci]} ${FIRM[fi]![1]} No.${k} Co.`,
        { reference: ref },
      );
      const all = segIds.flat();
      const target = all.length ? pick(all) : own('mid-heat-exchanger');
      links.push({ source: id, target, kind: 'supplies', evidence: [], reference: ref });
    }
  }

  // The atlas around the chain: the city and the zone, and an industry of the city's plan.
  const cityEv = context.cite('', '新乡市', '汽车零部件产业概况。');
  const region = (id: string, zh: string, en: string, level: 'city' | 'zone', ev: Evidence) =>
    add(id, 'region', zh, en, { level, parent: level === 'zone' ? CITY_ID : null, evidence: [ev] });
  region(CITY_ID, '新乡市', 'Xinxiang', 'city', cityEv);
  region(ZONE_ID, '新乡经济技术开发区', 'Xinxiang ETDZ', 'zone', zoneEv);
  link(ZONE_ID, CITY_ID, 'part-of', [zoneEv]);
  link(ZONE_ID, SYNTHETIC_CHAIN, 'hosts', [zoneEv]);
  const industryEv = context.cite('汽车零部件产业。聚焦', '车身件、底盘件', '等领域。');
  const industry = (local: string, zh: string, en: string): string => {
    const id = `${INDUSTRY}-${local}`;
    add(id, 'segment', zh, en, {
      chain: INDUSTRY,
      tier: 'unclassified',
      status: 'context',
      evidence: [industryEv],
    });
    return id;
  };
  const body = industry('che-shen-jian', '车身件', 'Body parts');
  const chassis = industry('di-pan-jian', '底盘件', 'Chassis parts');
  link(body, 'ent-core-1', 'supplies', [context.cite('', '车身件配套', '。')]);
  link(chassis, 'byd', 'customer-of', [context.cite('', '底盘件供应比亚迪', '。')]);
  const targetEv = context.cite('大力引进', '新乡底盘科技有限公司', '等企业。');
  add('xinxiang-di-pan-ke-ji', 'enterprise', '新乡底盘科技有限公司', 'Xinxiang Chassis Tech Co.', {
    evidence: [targetEv],
  });
  link(INDUSTRY, 'xinxiang-di-pan-ke-ji', 'targets', [targetEv]);
  const engageEv = context.cite('积极对接', '河南汽车工程研究院', '等机构。');
  add(
    'he-nan-qi-che-gong-cheng-yan-jiu-yuan',
    'institution',
    '河南汽车工程研究院',
    'Henan Automotive Engineering Institute',
    {
      evidence: [engageEv],
    },
  );
  link(INDUSTRY, 'he-nan-qi-che-gong-cheng-yan-jiu-yuan', 'engages', [engageEv]);
  link(CITY_ID, INDUSTRY, 'hosts', [cityEv]);

  const file = (name: string): string => `${filePrefix}${name}`;
  const sha = (t: string): string => createHash('sha256').update(t, 'utf8').digest('hex');
  const map: ChainMap = {
    schemaVersion: 2,
    generator: `gen-synthetic seed=${seed} nodes=${n}`,
    sources: [
      {
        id: 'synthetic-measures',
        file: file('synthetic-measures.txt'),
        sha256: sha(flagship.text),
        title: '支持汽车热管理产业链发展若干措施（合成）',
        issuer: '新乡经济技术开发区管委会',
        region: '新乡经济技术开发区',
        date: '2025-01-01',
        kind: 'measures',
        genre: 'chain',
        regionId: ZONE_ID,
      },
      {
        id: 'synthetic-plan',
        file: file('synthetic-plan.txt'),
        sha256: sha(context.text),
        title: '新乡市汽车零部件产业发展规划（合成）',
        issuer: null,
        region: '新乡市',
        date: null,
        kind: 'plan',
        genre: 'plan',
        regionId: CITY_ID,
      },
    ],
    chains: [
      {
        id: INDUSTRY,
        kind: 'industry',
        name: { zh: '汽车零部件产业', en: 'Auto parts' },
        region: CITY_ID,
        regionName: { zh: '新乡市', en: 'Xinxiang' },
        sources: ['synthetic-plan'],
        metrics: [],
        title: '汽车零部件产业',
      },
      {
        id: SYNTHETIC_CHAIN,
        kind: 'chain',
        name: { zh: '汽车热管理产业链', en: 'Automotive thermal management chain' },
        region: ZONE_ID,
        regionName: {
          zh: '新乡经济技术开发区',
          en: 'Xinxiang Economic & Technological Development Zone',
        },
        sources: ['synthetic-measures', 'synthetic-plan'],
        featured: true,
        metrics: [
          { id: 'scale-current', value: 20, unit: '亿元', evidence: [metricEv.scaleCurrent] },
          {
            id: 'scale-target',
            value: 50,
            unit: '亿元',
            qualifier: '级',
            evidence: [metricEv.scaleTarget],
          },
          {
            id: 'enterprises-current',
            value: 10,
            unit: '家',
            qualifier: '余',
            evidence: [metricEv.firms],
          },
          { id: 'enterprises-new-target', value: 30, unit: '家', evidence: [metricEv.target] },
          { id: 'park-area', value: 700, unit: '亩', qualifier: '约', evidence: [parkEv] },
        ],
      },
    ],
    nodes,
    links,
  };
  return {
    map,
    texts: {
      [file('synthetic-measures.txt')]: flagship.text,
      [file('synthetic-plan.txt')]: context.text,
    },
  };
}

/** Writes a generated map to `out` and its texts under `root` (the page directory). */
export function writeSynthetic(result: SyntheticResult, out: string, root: string): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result.map));
  for (const [file, text] of Object.entries(result.texts)) {
    const p = resolve(root, file);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string, dflt: string): string => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
  };
  const nodes = Number(arg('nodes', '300'));
  const seed = Number(arg('seed', '1'));
  const out = resolve(arg('out', `.tmp/synthetic/map-${nodes}.json`));
  // Texts are written relative to the map's parent directory, which plays the page root.
  const root = dirname(dirname(out));
  const prefix = `${basename(dirname(out))}/`;
  const result = generateChainMap({ nodes, seed, filePrefix: prefix });
  writeSynthetic(result, out, root);
  console.log(`wrote ${out}: ${result.map.nodes.length} nodes, ${result.map.links.length} links`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
