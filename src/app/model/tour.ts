/**
 * The guided tour of present mode, read off the atlas: the city and its zones → the chain's
 * panorama → each gap segment → the park → the support measures with amounts → the departments to
 * contact. One idea per step. Pure: the same atlas gives the same steps.
 */
import type { Chain, ChainNode } from '../../contract/chain-map.ts';
import { cityOf, cityTable, type Atlas } from './atlas.ts';
import { departmentsOf, measuresFor, parksOf, type Graph } from './graph.ts';

/** The kinds of tour step, in tour order. */
export type StepKind = 'city' | 'panorama' | 'gap' | 'park' | 'measures' | 'contact';

/** One step: what it is about and the nodes it lists. */
export interface TourStep {
  kind: StepKind;
  /** What the slide is about: the city (a region id), a gap segment or the park; null for the chain. */
  node: string | null;
  /** Nodes the slide lists: the city's zones, the measures, the departments. */
  items: ChainNode[];
}

const byNumber = (a: ChainNode, b: ChainNode): number => (a.number ?? 0) - (b.number ?? 0);

/**
 * The tour of `chain` (the chain on screen), whose nodes `g` holds, within `atlas`. The city step
 * comes when the atlas knows the chain's city and zones of it take in industries; a map without
 * gaps, park or measures simply has fewer steps.
 * tour(g, chain, atlas).map(s => s.kind) → ['city', 'panorama', 'gap', 'gap', …, 'park', 'measures', 'contact']
 */
export function tour(g: Graph, chain: Chain | null, atlas: Atlas | null = null): TourStep[] {
  const nodes = g.map.nodes;
  const gaps = nodes.filter((n) => n.kind === 'segment' && n.status === 'gap');
  const parkIds = new Set(gaps.flatMap((n) => parksOf(g, n.id).map((p) => p.id)));
  const parks = nodes.filter((n) => parkIds.has(n.id) || (parkIds.size === 0 && n.kind === 'park'));
  // The measures of the gap and park slides, and those of the measures slide: the ones with amounts.
  const near = new Map<string, ChainNode>();
  for (const target of [...gaps, ...parks])
    for (const m of measuresFor(g, target.id)) near.set(m.id, m);
  const all = nodes.filter((n) => n.kind === 'measure');
  const withAmounts = all.filter((m) => m.amounts?.length);
  const measures = [...(withAmounts.length ? withAmounts : near.size ? near.values() : all)].sort(
    byNumber,
  );
  // Whom to call: the departments responsible for any measure the tour shows, by measure number.
  const depts = new Map<string, ChainNode>();
  for (const m of [...new Set([...near.values(), ...measures])].sort(byNumber))
    for (const d of departmentsOf(g, m.id)) depts.set(d.id, d);

  const steps: TourStep[] = [];
  const city = atlas && chain ? cityOf(atlas, chain.region) : null;
  const zones = atlas && city ? (cityTable(atlas, city.id)?.zones ?? []) : [];
  if (city && zones.length) steps.push({ kind: 'city', node: city.id, items: zones });
  steps.push({ kind: 'panorama', node: null, items: [] });
  for (const gap of gaps) steps.push({ kind: 'gap', node: gap.id, items: [] });
  for (const park of parks) steps.push({ kind: 'park', node: park.id, items: [] });
  if (measures.length) steps.push({ kind: 'measures', node: null, items: measures });
  if (depts.size) steps.push({ kind: 'contact', node: null, items: [...depts.values()] });
  return steps;
}

/**
 * Where a step's QR code leads on the portal: the city's page, the segment or park selected in its
 * chain, or the chain itself (`chain` is the chain the URL names, null for the featured one).
 * portalParams({ kind: 'city', node: 'xinxiang', items: [] }, null) → { region: 'xinxiang' }
 * portalParams({ kind: 'gap', node: 'mid-eev', items: [] }, null) → { chain: null, node: 'mid-eev' }
 */
export function portalParams(step: TourStep, chain: string | null): Record<string, string | null> {
  if (step.kind === 'city') return { region: step.node };
  const selects = step.kind === 'gap' || step.kind === 'park';
  return { chain, node: selects ? step.node : null };
}

/**
 * The step number to show for a requested one (1-based, as in `?step=`): clamped to the tour.
 * clampStep(0, 12) → 1; clampStep(99, 12) → 12; clampStep(null, 12) → 1
 */
export function clampStep(step: number | null, count: number): number {
  if (step === null || count === 0) return 1;
  return Math.min(count, Math.max(1, Math.round(step)));
}

/** Keys of a presenter remote and keyboard, and what they do. */
export type TourKeyAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | null;

/**
 * What a key does in present mode. Remotes send PageDown/PageUp, arrows, and "b" or "." to blank.
 * tourKey('PageDown') → 'next'; tourKey('b') → 'blank'; tourKey('x') → null
 */
export function tourKey(key: string): TourKeyAction {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Enter':
      return 'next';
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'Backspace':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    default:
      return null;
  }
}
