/**
 * The guided tour of present mode and the kiosk's attract loop, read off the map:
 * overview → upstream → each gap segment → the park → the support measures with amounts →
 * the departments to contact. Pure: the same map gives the same steps.
 */
import type { ChainNode } from '../../contract/chain-map.ts';
import { departmentsOf, measuresFor, parksOf, type Graph } from './graph.ts';

/** The kinds of tour step. */
export type StepKind = 'overview' | 'upstream' | 'gap' | 'park' | 'measures' | 'contact';

/** One step: what it is about (`node`, highlighted on the map) and the nodes it lists. */
export interface TourStep {
  kind: StepKind;
  /** The node the map centres on, or null for the whole chain. */
  node: string | null;
  /** Nodes the slide lists (upstream segments, measures, departments). */
  items: ChainNode[];
}

/**
 * The tour of a map. A map without gaps or park simply has fewer steps.
 * tour(g).map(s => s.kind) → ['overview', 'upstream', 'gap', 'gap', …, 'park', 'measures', 'contact']
 */
export function tour(g: Graph): TourStep[] {
  const nodes = g.map.nodes;
  const gaps = nodes.filter((n) => n.kind === 'segment' && n.status === 'gap');
  const upstream = nodes.filter((n) => n.kind === 'segment' && n.tier === 'upstream');
  const parkIds = new Set(gaps.flatMap((n) => parksOf(g, n.id).map((p) => p.id)));
  const parks = nodes.filter((n) => parkIds.has(n.id) || (parkIds.size === 0 && n.kind === 'park'));
  // The measures that support a gap or the park; those with amounts first, then by number.
  const seen = new Set<string>();
  const measures: ChainNode[] = [];
  for (const target of [...gaps, ...parks])
    for (const m of measuresFor(g, target.id))
      if (!seen.has(m.id)) {
        seen.add(m.id);
        measures.push(m);
      }
  if (measures.length === 0) measures.push(...nodes.filter((n) => n.kind === 'measure'));
  measures.sort(
    (a, b) =>
      Number(!!b.amounts?.length) - Number(!!a.amounts?.length) ||
      (a.number ?? 0) - (b.number ?? 0),
  );
  const depts = new Map<string, ChainNode>();
  for (const m of measures) for (const d of departmentsOf(g, m.id)) depts.set(d.id, d);

  const steps: TourStep[] = [{ kind: 'overview', node: null, items: [] }];
  if (upstream.length) steps.push({ kind: 'upstream', node: null, items: upstream });
  for (const gap of gaps) steps.push({ kind: 'gap', node: gap.id, items: [] });
  for (const park of parks) steps.push({ kind: 'park', node: park.id, items: [] });
  if (measures.length) steps.push({ kind: 'measures', node: null, items: measures });
  if (depts.size) steps.push({ kind: 'contact', node: null, items: [...depts.values()] });
  return steps;
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
