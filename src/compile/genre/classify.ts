/**
 * Which genre a document is, read from its title and what its text holds: a chain document (one
 * chain in one place: a title naming a place and a chain, and the key links, a new-firm target or
 * a park), a plan (a 规划 with industry paragraphs), or context (everything else: cited, listed as
 * a source, read for nothing more).
 */
import { titlePlaces } from '../text/places.ts';
import { NOT_ONE_CHAIN, SECTOR_HEADS } from '../text/vocabulary.ts';

export type Genre = 'chain' | 'plan' | 'context';

/**
 * The chain a title names, after its places and any leading verb: `新乡经开区汽车热管理产业链…`
 * → 汽车热管理; `关于加快襄阳高新区氢能产业高质量发展的若干措施` → 氢能.
 */
export function titleChain(
  title: string,
  known: readonly string[] = [],
  chains: readonly string[] = [],
): { name: string; at: number } | null {
  // 市人民政府关于支持氢能产业发展的意见: the chain is named after 关于.
  // (Or 湘西州关于…: whatever stands before an early 关于 is its issuer, no part of the chain.)
  const about =
    /^[^关]{2,30}?(?:政府|办公厅|办公室|委员会|厅|局|委|部门)(?:等\d+部门)?关于/.exec(title) ??
    /^[^关，,。]{2,12}?关于/.exec(title);
  const base = about ? about[0].length : 0;
  const places = titlePlaces(title.slice(base));
  const last = places[places.length - 1];
  let at = base + (last ? last.at + last.name.length : 0);
  // A place named without its suffix (宁夏中药材…: 宁夏 for 宁夏回族自治区), as data/regions.yaml
  // knows it, is no part of the chain's name either: the longest that starts the rest.
  const short = known
    .filter((n) => n.length >= 2 && title.startsWith(n, at))
    .sort((a, b) => b.length - a.length)[0];
  at += short?.length ?? 0;
  const lead =
    /^(?:关于)?(?:加快|促进|推进|推动|支持|进一步|做强|做优|做大|发展|壮大|培育|打造|提升|构建|建设|深化|聚焦|整合资源|县域|全力)*(?:(?:全|我)(?:省|市|县|区|州|旗))?(?:世界级|国家级|全国|千亿级|万亿级|百亿级)?/.exec(
      title.slice(at),
    );
  at += lead?.[0].length ?? 0;
  // (加快我市信息产业发展: 我市 is the place again, no part of the chain's name.)
  // A plan period before the chain (庆元县“十四五”食用菌产业发展规划, 2021—2025年) is no part of its name.
  const period = /^(?:[“"「]?十[一二三四五六七八九]五[”"」]?|\d{4}\s*[-—–－至]\s*\d{4}年?)/.exec(
    title.slice(at),
  );
  at += period?.[0].length ?? 0;
  // (产业体系, 产业结构, 产业布局: the industries of a place, not one chain.)
  const m = /^([\u4e00-\u9fa5A-Za-z0-9]{1,14}?)(?:产业链|产业集群|产业)/.exec(title.slice(at));
  if (m && /^(?:体系|结构|布局|政策)/.test(title.slice(at + m[0].length))) return null;
  if (!m) {
    const sector = SECTOR.exec(title.slice(at)) ?? namedChain(title.slice(at), chains);
    return sector ? { name: sector[1] as string, at: at + sector.index } : null;
  }
  const name = m[1] as string;
  // 开发区产业集群, 工业经济…: a kind of place or of economy is no chain.
  if (/(?:开发区|园区|工业|经济|各类|重点|优势|主导|特色|新兴|现代化|未来)$/.test(name))
    return null;
  return { name, at };
}

/**
 * A chain named as a sector or an economy, without 产业, before what the document does for it:
 * 生态渔业倍增计划, 低空经济高质量发展三年行动方案. Economies that are no one chain (工业经济, 县域经济,
 * 民营经济 …) are not.
 */
const SECTOR = new RegExp(
  `^((?!${NOT_ONE_CHAIN.join('|')})[\\u4e00-\\u9fa5]{0,6}(?:${SECTOR_HEADS.join('|')}))(?=高质量|发展|倍增|行动|三年|提升|振兴|规划|[(（])`,
);

/**
 * A chain the industry-chain library names (人工智能, 机器人), written without 产业 before what the
 * document does for it: 新一代人工智能发展实施方案 → 人工智能 (after at most six words before it, 新一代).
 */
function namedChain(text: string, chains: readonly string[]): RegExpExecArray | null {
  const names = [...new Set(chains.filter((c) => /^[\u4e00-\u9fa5]{2,}$/.test(c)))].sort(
    (a, b) => b.length - a.length,
  );
  if (names.length === 0) return null;
  const m = new RegExp(
    `^[\\u4e00-\\u9fa5]{0,6}?(${names.join('|')})(?=高质量|创新|发展|倍增|行动|三年|提升|振兴|规划|[(（])`,
  ).exec(text);
  if (!m) return null;
  // A name that holds a shorter one of three characters or more (新一代人工智能: 人工智能) is read as
  // the shorter, the words before it no part of the name.
  const found = m[1] as string;
  const inner = names.find((n) => n !== found && n.length >= 3 && found.endsWith(n)) ?? found;
  const at = m[0].length - inner.length;
  return Object.assign([inner, inner] as unknown as RegExpExecArray, { index: at });
}

/**
 * The chain a document's preamble says it is for, where its title names none (a copy that starts at
 * the preamble, a title of the notice only): 为…，促进四川省稀土产业高质量发展，特制定本实施意见 →
 * 稀土 of 四川省. Read in the opening only, from the clause before 制定本…/提出如下….
 * @example purposeChain('为…，加快推进潜江龙虾产业高质量发展，结合我市实际，制定本方案。') // → { name: '潜江龙虾', scope: '潜江龙虾', … }
 */
export function purposeChain(
  view: string,
  known: readonly string[] = [],
  chains: readonly string[] = [],
): { name: string; at: number; scope: string; scopeAt: number } | null {
  const head = view.slice(0, 1200);
  const m = PURPOSE.exec(head);
  const span = m?.indices?.groups?.scope;
  if (!m?.groups || !span) {
    // 推进新一代人工智能发展，…，制定本实施方案: a chain the library names, without 产业.
    const stop = /(?:制定|特制定|提出|编制)(?:本|如下|以下)/.exec(head);
    if (!stop) return null;
    const [s] = [head.lastIndexOf('。', stop.index) + 1];
    for (const p of head.slice(s, stop.index).matchAll(PURPOSE_VERB)) {
      const from = s + p.index + p[0].length;
      const named = namedChain(head.slice(from, from + 24), chains);
      if (named)
        return {
          name: named[1] as string,
          at: from + named.index,
          scope: named[0] as string,
          scopeAt: from + named.index,
        };
    }
    return null;
  }
  // 加快推进潜江龙虾…, 推动全县茶…: the verbs, and 全县/我市, are no part of the place or chain.
  const lead =
    /^(?:推进|加快|促进|推动|支持|进一步|全面)*(?:(?:全|我)(?:省|市|县|区))?/.exec(
      m.groups.scope as string,
    )?.[0].length ?? 0;
  const scope = (m.groups.scope as string).slice(lead);
  const scopeAt = span[0] + lead;
  const chain = titleChain(`${scope}产业`, known);
  if (!chain) return null;
  return { name: chain.name, at: scopeAt + chain.at, scope, scopeAt };
}
const PURPOSE_VERB = /(?:促进|推动|推进|加快|助推|支持|做大做强|做优做强|发展壮大)/g;
const PURPOSE =
  /(?:促进|推动|推进|加快|助推|支持|做大做强|做优做强|发展壮大)(?<scope>[\u4e00-\u9fa5]{2,20}?)(?:全)?产业(?:链|集群)?[\u4e00-\u9fa5]{0,6}?(?:发展|升级|壮大)[^。]{0,60}?(?:制定|特制定|提出|编制)(?:本|如下|以下)/d;

/**
 * The genre of a document from its title, kind and what was read from it.
 * @example classify('新乡经开区汽车热管理产业链健康快速发展十条措施', 'measures', { chainFacts: 3, industries: 0 }) // → 'chain'
 */
export function classify(
  title: string,
  kind: string,
  read: { chainFacts: number; industries: number; structured?: number },
  known: readonly string[] = [],
  purpose = false,
  chains: readonly string[] = [],
): Genre {
  if (kind === 'plan' && read.industries >= 2) return 'plan';
  // One chain in the title, and targets or measures for it in the text: a chain document, at any
  // level and of any kind (措施, 行动方案, 实施意见, a 规划 of one industry, 行动计划).
  // Where the title names none, the chain the preamble says the document is for (purposeChain).
  // A title that says it is a plan or an action plan for one chain is one, even where the opening
  // holds no target yet (福建省新能源汽车产业发展规划, its 前言 first); measures and opinions must
  // hold some.
  const planned = kind === 'plan' || kind === 'action-plan';
  // A title that names no kind of document (铜陵经开区全力推进铜基新材料产业, a news headline) is
  // no chain document's, unless the preamble says what the document is for.
  if (kind === 'document' && !purpose) return 'context';
  if (
    (titleChain(title, known, chains) || purpose) &&
    (read.chainFacts + (read.structured ?? 0) > 0 || (planned && titleChain(title, known, chains)))
  )
    return 'chain';
  return 'context';
}
