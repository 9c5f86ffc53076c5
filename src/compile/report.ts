/**
 * The reading report staff check a compile with (`npm run compile -- --report`): for every document
 * its genre and why, its title, issuer, date, number and place, every fact read with its line, the
 * sentences that look like facts but were not read (a 责任单位 that attached to no measure, a number
 * with a unit that became no figure, a 配套…企业 that became no customer), and its warnings. Markdown,
 * readable as it is or in a browser. Pure: it reads the map, the problems and the texts.
 */
import type { ChainMap, Evidence } from '../contract/chain-map.ts';
import type { Problem } from './problems.ts';
import { lineCol } from './problems.ts';
import { titleChain } from './genre/classify.ts';
import { alt, RESPONSIBLE, UNITS } from './text/vocabulary.ts';
import { NUMBER } from './text/numbers.ts';

interface Fact {
  kind: string;
  name: string;
  ev: Evidence;
}

/** Every fact of the map evidenced by source `id`: nodes, links, metrics and amounts. */
function factsOf(map: ChainMap, id: string): Fact[] {
  const out: Fact[] = [];
  const names = new Map(map.nodes.map((n) => [n.id, n.name.zh]));
  for (const c of map.chains)
    for (const m of c.metrics)
      for (const ev of m.evidence)
        if (ev.source === id)
          out.push({
            kind: 'metric',
            name: `${m.id} = ${m.value}${m.max !== undefined ? `-${m.max}` : ''} ${m.unit}${m.qualifier ? ` (${m.qualifier})` : ''}${m.year ? ` (${m.year})` : ''}`,
            ev,
          });
  for (const n of map.nodes) {
    for (const ev of n.evidence)
      if (ev.source === id) {
        const kind = n.kind === 'segment' && n.status === 'gap' ? 'gap' : n.kind;
        out.push({ kind, name: n.name.zh, ev });
      }
    for (const a of n.amounts ?? [])
      for (const ev of a.evidence)
        if (ev.source === id)
          out.push({ kind: 'amount', name: `${a.value} ${a.unit} (${a.kind})`, ev });
  }
  for (const l of map.links)
    for (const ev of l.evidence)
      if (ev.source === id && l.kind !== 'part-of')
        out.push({
          kind: `link ${l.kind}`,
          name: `${names.get(l.source) ?? l.source} → ${names.get(l.target) ?? l.target}`,
          ev,
        });
  return out.sort((a, b) => a.ev.start - b.ev.start || a.kind.localeCompare(b.kind));
}

const LOOKS_LIKE: [string, RegExp][] = [
  ['a responsible body', new RegExp(`${alt(RESPONSIBLE)}\\s*[:：][^)）】\\]\\n]{2,60}`, 'g')],
  ['a number with a unit', new RegExp(`(?:${NUMBER})\\s*${alt(UNITS)}`, 'g')],
  ['a customer', /(?:配套|进入)[^。；;，,\n]{2,40}?等[^。；;，,\n]{0,8}?(?:企业|厂商)/g],
];

/** Sentences that look like facts of a kind the compiler reads, none of whose words it read. */
export function unread(text: string, facts: Fact[]): { what: string; at: number; quote: string }[] {
  const out: { what: string; at: number; quote: string }[] = [];
  const covered = (s: number, e: number) => facts.some((f) => s < f.ev.end && f.ev.start < e);
  for (const [what, re] of LOOKS_LIKE)
    for (const m of text.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!covered(s, e)) out.push({ what, at: s, quote: m[0] });
    }
  return out.sort((a, b) => a.at - b.at);
}

/** Why a document is read as what it is, in words a member of staff can check. */
function why(map: ChainMap, s: ChainMap['sources'][number]): string {
  const chain = map.chains.find((c) => c.sources[0] === s.id);
  // The places the map knows, by name and short name (宁夏 for 宁夏回族自治区).
  const known = map.nodes
    .filter((n) => n.kind === 'region')
    .flatMap((n) => [n.name.zh, ...n.search.aliases]);
  if (s.genre === 'chain' && chain) {
    const name = titleChain(s.title, known)?.name ?? chain.name.zh;
    // A 规划 or 行动方案 of one chain is one even where its opening holds nothing yet: say which.
    const read =
      chain.metrics.length > 0 ||
      map.nodes.some(
        (n) => n.id.startsWith(`${chain.id}-`) && (n.kind === 'measure' || n.status === 'gap'),
      );
    return read
      ? `its title names one chain (${name}) in one place (${s.region}), and the text holds targets or measures for it`
      : `its title says it is a plan or action plan for one chain (${name}) in one place (${s.region}); no targets, gaps or measures were read from it yet`;
  }
  if (s.genre === 'plan')
    return `a plan (规划) with ${map.chains.filter((c) => c.kind === 'industry' && c.sources[0] === s.id).length} industry paragraphs`;
  if (!titleChain(s.title, known))
    return 'its title names no single chain (many industries, or none)';
  if (!s.regionId) return 'no place found in its title, issuer or text';
  return 'its title names a chain, but no targets, key links, park or measures were read';
}

const md = (s: string) => s.replace(/\n/g, ' ').replace(/\|/g, '\\|');

/**
 * The report as Markdown.
 * @example readingReport(map, problems, texts) // → '# Reading report\n\n## 新乡经开区…'
 */
export function readingReport(
  map: ChainMap,
  problems: Problem[],
  texts: Map<string, string>,
): string {
  const lines: string[] = [
    '# Reading report · 读取报告',
    '',
    `${map.sources.length} documents: ${map.sources.filter((s) => s.genre === 'chain').length} chain, ${map.sources.filter((s) => s.genre === 'plan').length} plan, ${map.sources.filter((s) => s.genre === 'context').length} context.`,
    '',
  ];
  for (const s of map.sources) {
    const text = texts.get(s.textFile ?? s.file) ?? '';
    const at = (o: number) => lineCol(text, o).line;
    const facts = factsOf(map, s.id);
    lines.push(`## ${md(s.title)}`, '');
    lines.push(`- file: \`${s.file}\``);
    lines.push(`- genre: **${s.genre}** — ${why(map, s)}`);
    lines.push(
      `- title: ${md(s.title)} (${s.titleFrom === 'manifest' ? 'set by hand in seeds/manifest.yaml' : 'read from the text'})`,
    );
    lines.push(`- issuer: ${s.issuer ?? '—'}`);
    lines.push(`- date: ${s.date ?? '—'}`);
    lines.push(`- number: ${s.docNumber ?? '—'}`);
    lines.push(`- place: ${s.region ?? '—'}`);
    lines.push('', `### Facts read (${facts.length})`, '');
    if (facts.length > 0) {
      lines.push('| line | kind | fact | quote |', '| ---: | --- | --- | --- |');
      const hand = (f: Fact) =>
        (s.corrections ?? []).some((c) =>
          c.evidence?.some((e) => e.start === f.ev.start && e.end === f.ev.end),
        );
      for (const f of facts)
        lines.push(
          `| ${at(f.ev.start)} | ${f.kind}${hand(f) ? ' (set by hand)' : ''} | ${md(f.name)} | ${md(f.ev.quote.slice(0, 80))} |`,
        );
    }
    if ((s.corrections ?? []).length > 0) {
      lines.push('', '### Set by hand in seeds/manifest.yaml', '');
      for (const c of s.corrections ?? [])
        lines.push(
          `- ${c.action} ${c.kind} ${md(c.name)}${c.evidence?.[0] ? ` (line ${at(c.evidence[0].start)})` : ''}`,
        );
    }
    const missed = unread(text, facts);
    lines.push('', `### Looks like a fact, not read (${missed.length})`, '');
    for (const u of missed) lines.push(`- line ${at(u.at)}: ${u.what}: 「${md(u.quote)}」`);
    const own = problems.filter((p) => p.file === s.file);
    lines.push('', `### Warnings (${own.length})`, '');
    for (const p of own) lines.push(`- ${p.file}:${p.line}:${p.col}: ${md(p.message)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
