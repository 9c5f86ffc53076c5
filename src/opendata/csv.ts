/**
 * The chain map (the whole atlas) as open-data CSV tables: nodes, links and evidence (one row per
 * quoted span). A place is a node too (kind `region`, with its `level` and `parent` region); a
 * link's end may be a chain id (`targets`, `engages` from a chain; `hosts` to one), and a `hosts`
 * link from a zone list carries its `focus` items.
 * RFC 4180 quoting; a UTF-8 BOM so spreadsheet programs read the Chinese text correctly.
 */
import { amountLabel } from '../app/i18n/format.ts';
import type { ChainMap, Evidence } from '../contract/chain-map.ts';

/**
 * One CSV field, quoted when it holds a comma, quote or line break. Fields that a spreadsheet would
 * run as a formula (=, +, -, @ first) are prefixed with a quote mark.
 * @example field('a,b') // → '"a,b"'
 */
export function field(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(header: string[], rows: unknown[][]): string {
  return `\ufeff${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The three tables, keyed by file-name suffix. */
export function toCsv(map: ChainMap): { nodes: string; links: string; evidence: string } {
  const nodes = table(
    [
      'id',
      'kind',
      'name_zh',
      'name_en',
      'chain',
      'level',
      'parent',
      'tier',
      'status',
      'area_mu',
      'location',
      'standard',
      'measure_number',
      'heading',
      'amounts',
      'title',
      'matches_source',
      'pinyin',
      'references',
    ],
    map.nodes.map((n) => [
      n.id,
      n.kind,
      n.name.zh,
      n.name.en,
      n.chain,
      n.level,
      n.parent,
      n.tier,
      n.status,
      n.areaMu,
      n.location,
      n.standard,
      n.number,
      n.heading,
      (n.amounts ?? [])
        .map((a) => `${amountLabel(a, 'zh')} ${a.value}${a.unit} (${a.kind})`)
        .join('; '),
      n.title,
      n.matchesSource,
      n.search.pinyin,
      (n.reference ?? []).map((r) => r.url ?? r.note).join(' '),
    ]),
  );
  const links = table(
    ['source', 'target', 'kind', 'focus', 'evidence_count', 'references'],
    map.links.map((l) => [
      l.source,
      l.target,
      l.kind,
      (l.focus ?? []).join('; '),
      l.evidence.length,
      (l.reference ?? []).map((r) => r.url ?? r.note).join(' '),
    ]),
  );
  const rows: unknown[][] = [];
  const add = (owner: string, field_: string, ev: Evidence[]) => {
    for (const e of ev) rows.push([owner, field_, e.source, e.start, e.end, e.quote]);
  };
  for (const c of map.chains)
    for (const m of c.metrics) add(`${c.id}#${m.id}`, 'metric', m.evidence);
  for (const n of map.nodes) {
    add(n.id, 'node', n.evidence);
    (n.amounts ?? []).forEach((a, i) => add(n.id, `amount[${i}]`, a.evidence));
  }
  for (const l of map.links) add(`${l.source}→${l.target}`, l.kind, l.evidence);
  const evidence = table(['owner', 'field', 'source', 'start', 'end', 'quote'], rows);
  return { nodes, links, evidence };
}
