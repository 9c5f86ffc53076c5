/**
 * What the compiler read in one document, as the document's own text cut into runs: each run
 * plain, or a span of facts (a gap, a segment, the park, a measure, an amount, a department, a
 * customer, a figure…), the innermost fact first. 导入文件's reading view draws it, every read span
 * highlighted by the kind of its fact and opening it. Pure: it reads the map and the text.
 */
import type { ChainMap, Evidence, NodeKind } from '../../contract/chain-map.ts';

/** The kinds of fact a span can be read as (a node's kind, a gap, an amount or a figure). */
export type ReadKind = NodeKind | 'gap' | 'amount' | 'metric';

/** A fact read from the text: its kind, what it says, and the node it belongs to (if any). */
export interface ReadFact {
  kind: ReadKind;
  /** The node to open for it (an amount's measure), null for a chain's figure. */
  node: string | null;
  /** The fact in words, as the compiler stored it (a name, "50 亿元 (2025)"). */
  label: string;
  start: number;
  end: number;
}

/** A run of the text: plain (`facts` empty) or read, its facts innermost (shortest) first. */
export interface Run {
  text: string;
  start: number;
  facts: ReadFact[];
}

/** Every fact of `map` evidenced in source `id`, with its offsets, in text order. */
export function readFacts(map: ChainMap, id: string): ReadFact[] {
  const out: ReadFact[] = [];
  const at = (ev: Evidence) => (ev.source === id ? { start: ev.start, end: ev.end } : null);
  for (const c of map.chains)
    for (const m of c.metrics)
      for (const ev of m.evidence) {
        const span = at(ev);
        if (span)
          out.push({
            kind: 'metric',
            node: null,
            label: `${m.value} ${m.unit}${m.year ? ` (${m.year})` : ''}`,
            ...span,
          });
      }
  for (const n of map.nodes) {
    const kind: ReadKind = n.kind === 'segment' && n.status === 'gap' ? 'gap' : n.kind;
    for (const ev of n.evidence) {
      const span = at(ev);
      if (span) out.push({ kind, node: n.id, label: n.name.zh, ...span });
    }
    for (const a of n.amounts ?? [])
      for (const ev of a.evidence) {
        const span = at(ev);
        if (span) out.push({ kind: 'amount', node: n.id, label: `${a.value} ${a.unit}`, ...span });
      }
  }
  return out.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * `text` cut at every fact's ends into runs; a run inside facts lists them shortest first.
 * runs('铝材与压缩机', [{start: 3, end: 6, …}]) → ['铝材与' plain, '压缩机' read].
 */
export function runs(text: string, facts: readonly ReadFact[]): Run[] {
  const inText = facts.filter((f) => f.start >= 0 && f.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const f of inText) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const start = at[i] as number;
    const end = at[i + 1] as number;
    const covering = inText
      .filter((f) => f.start <= start && end <= f.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const last = out[out.length - 1];
    // Neighbouring plain runs, or runs of the same facts, are one run.
    if (last && sameFacts(last.facts, covering)) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, facts: covering });
  }
  return out;
}

const sameFacts = (a: readonly ReadFact[], b: readonly ReadFact[]): boolean =>
  a.length === b.length && a.every((f, i) => f === b[i]);

/** How many facts of each kind were read: for the reading view's legend. */
export function kindCounts(facts: readonly ReadFact[]): Map<ReadKind, number> {
  const out = new Map<ReadKind, number>();
  for (const f of facts) out.set(f.kind, (out.get(f.kind) ?? 0) + 1);
  return out;
}
