/**
 * A chain's segments from its library chain (data/chains/): each a `context` segment with its tier
 * and library reference (and the leading firms the library names for it, as industry reference),
 * and the `supplies` links of its `feeds`. A segment's evidence is a sentence that speaks of it in
 * the chain's own document, or in a document above it only where the sentence names the chain.
 */
import type { ChainNode, Evidence } from '../../../contract/chain-map.ts';
import type { Segment } from '../../curated/data.ts';
import { evidence, sentenceAt, type SourceDoc } from '../../text/view.ts';
import { mentionsIn } from '../atlas.ts';
import type { ChainContext } from './context.ts';

/** Adds the library chain's segments to the chain, each `context` with its reference. */
export function addSegments(ctx: ChainContext, segments: Segment[]): void {
  for (const s of segments) {
    const node = ctx.add({
      id: ctx.local(s.id),
      kind: 'segment',
      name: { zh: s.zh, en: s.en },
      tier: s.tier,
      status: 'context',
      evidence: [],
      reference: s.reference,
      aliases: [...s.aliases, ...(s.full ? [s.full.zh, s.full.en] : [])],
    });
    if (s.firms?.length)
      node.referenceFirms = s.firms.map((f) => ({
        name: { zh: f.zh, en: f.en },
        reference: f.reference,
      }));
  }
}

/**
 * Every segment of the chain gains the mentions of its names: in the chain's own document as
 * they are; in the other eligible documents (the places above) only the sentences that also name
 * the chain (its name or an alias), whole. A name inside a longer name of another segment is not
 * a mention of its own: 酿造与灌装设备 speaks of the equipment, not of 酿造 or 灌装.
 */
export function addMentions(ctx: ChainContext, chainNames: string[]): void {
  const { atlas, read } = ctx;
  const names = chainNames.filter((n) => n.length >= 2);
  const segments = [...atlas.nodes.values()].filter(
    (n) => n.chain === ctx.chainId && n.kind === 'segment',
  );
  const ownNames = new Map(
    segments.map((n) => [n, [n.name.zh, ...n.search.aliases.filter((a) => !a.includes('('))]]),
  );
  const inLonger = (doc: SourceDoc, of: ChainNode, m: Evidence) =>
    segments.some(
      (o) =>
        o !== of &&
        (ownNames.get(o) ?? []).some((name) => {
          if (name.length <= m.end - m.start) return false;
          const from = Math.max(0, m.end - name.length);
          const i = doc.view.indexOf(name, from);
          return i >= 0 && i <= m.start && i + name.length >= m.end;
        }),
    );
  for (const n of segments) {
    const own = ownNames.get(n) ?? [];
    const mentions = (d: SourceDoc, taken: Evidence[] = []) =>
      mentionsIn(d, own, 0, d.view.length, taken).filter((m) => !inLonger(d, n, m));
    n.evidence.push(...mentions(read.doc, n.evidence).slice(0, 3));
    for (const d of ctx.eligible) {
      if (d.id === read.doc.id) continue;
      const found: Evidence[] = [];
      for (const m of mentions(d)) {
        const [s, e] = sentenceAt(d.view, m.start);
        const sentence = d.view.slice(s, e);
        if (!names.some((c) => sentence.includes(c))) continue;
        if (
          found.some((x) => x.start === s) ||
          n.evidence.some((x) => x.source === d.id && x.start < e && s < x.end)
        )
          continue;
        found.push(evidence(d, s, e));
        if (found.length === 2) break;
      }
      n.evidence.push(...found);
    }
  }
}

/** The `supplies` links of the segments' `feeds`, each with the segment's reference. */
export function linkSupplies(ctx: ChainContext, segments: Segment[]): void {
  for (const s of segments)
    for (const f of s.feeds)
      ctx.atlas.link(ctx.local(s.id), ctx.local(f), 'supplies', [], { reference: s.reference });
}
