/** A tiny hand-made chain map for unit tests of graph queries and layouts. */
import type { ChainMap, ChainNode, Link, NodeKind } from '../../contract/chain-map.ts';

const ev = [{ source: 's', start: 0, end: 1, quote: 'x' }];

/** A node with just what the tests need. */
export function n(id: string, kind: NodeKind, extra: Partial<ChainNode> = {}): ChainNode {
  return {
    id,
    kind,
    name: { zh: id, en: id.toUpperCase() },
    search: { pinyin: id, initials: id, aliases: [] },
    evidence: ev,
    ...extra,
  };
}

/** A link with evidence. */
export function l(source: string, target: string, kind: string): Link {
  return { source, target, kind, evidence: ev };
}

/** al (upstream) → comp (gap) → hvac → oem → byd; park, a measure with a department and a policy. */
export const tiny: ChainMap = {
  schemaVersion: 2,
  generator: 'test',
  sources: [],
  chains: [],
  nodes: [
    n('al', 'segment', { tier: 'upstream', status: 'context' }),
    n('ic', 'segment', { tier: 'upstream', status: 'gap' }),
    n('comp', 'segment', { tier: 'midstream', status: 'gap' }),
    n('hvac', 'segment', { tier: 'midstream', status: 'present' }),
    n('oem', 'segment', { tier: 'downstream', status: 'context' }),
    n('byd', 'customer'),
    n('park', 'park', { areaMu: 700 }),
    n('m1', 'measure', { number: 1 }),
    n('m2', 'measure', { number: 2 }),
    n('dept', 'department'),
    n('pol', 'policy'),
    n('ent', 'enterprise'),
  ],
  links: [
    l('al', 'comp', 'supplies'),
    l('ic', 'comp', 'supplies'),
    l('comp', 'hvac', 'supplies'),
    l('hvac', 'oem', 'supplies'),
    l('oem', 'byd', 'customer-of'),
    l('comp', 'park', 'located-in'),
    l('ic', 'park', 'located-in'),
    l('m2', 'comp', 'supports'),
    l('m1', 'comp', 'supports'),
    l('m1', 'park', 'supports'),
    l('dept', 'm1', 'responsible-for'),
    l('m1', 'pol', 'cites'),
    l('ent', 'hvac', 'supplies'),
  ],
};
