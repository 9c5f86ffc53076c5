/**
 * Firms and institutions are shared across the atlas: 比亚迪 as a customer of one chain and a target
 * of an industry is one node. A name the curated list knows (`data/enterprises.yaml`, by name or
 * alias) takes its id, English name and reference; any other gets an id from its pinyin.
 */
import type { ChainNode, Evidence, NodeKind } from '../../contract/chain-map.ts';
import type { Firm } from '../curated/data.ts';
import { slug } from '../text/names.ts';
import { normKey } from '../text/key.ts';
import type { Atlas } from './atlas.ts';

/** The curated firm named `name` (zh or an alias), if any. */
export function curatedFirm(
  atlas: Atlas,
  name: string,
): { firm: Firm; group: 'local' | 'customers' } | null {
  const k = normKey(name);
  for (const group of ['local', 'customers'] as const)
    for (const f of atlas.curated[group])
      if ([f.zh, ...(f.aliases ?? [])].some((n) => normKey(n) === k)) return { firm: f, group };
  return null;
}

/**
 * The node of the firm or institution `name`, created on first use; `ev` (the span naming it) is
 * added to its evidence.
 */
export function firmNode(
  atlas: Atlas,
  name: string,
  ev: Evidence | null,
  kind: Extract<NodeKind, 'enterprise' | 'customer' | 'institution'>,
): ChainNode {
  const known = curatedFirm(atlas, name);
  let node: ChainNode;
  if (known) {
    const f = known.firm;
    node = atlas.add({
      id: f.id,
      kind: known.group === 'customers' ? 'customer' : 'enterprise',
      name: { zh: f.zh, en: f.en },
      evidence: [],
      reference: f.reference,
      aliases: f.aliases ?? [],
    });
  } else {
    const prefix = kind === 'institution' ? 'inst' : 'firm';
    const id = atlas.freeId(`${prefix}-${slug(name, 50) || 'x'}`, name);
    node = atlas.add({
      id,
      kind,
      name: { zh: name, en: atlas.en(name) },
      evidence: [],
    });
  }
  if (ev && !node.evidence.some((e) => e.source === ev.source && e.start === ev.start))
    node.evidence.push(ev);
  return node;
}
