/**
 * What an investment promotion sheet (招商推介单) says about a gap segment, gathered by following
 * the compiled links: the segment, its suppliers and customers, the park it would land in, the
 * measures that support it or the park (with amounts) and the departments responsible.
 */
import type { ChainNode } from '../../contract/chain-map.ts';
import {
  departmentsOf,
  downstreamOf,
  measuresFor,
  parksOf,
  segmentSupport,
  upstreamOf,
  type Graph,
} from './graph.ts';

/** A measure on the sheet, with the departments responsible for it. */
export interface SheetMeasure {
  measure: ChainNode;
  departments: ChainNode[];
}

/** The facts of one sheet. */
export interface SheetFacts {
  segment: ChainNode;
  suppliers: ChainNode[];
  customers: ChainNode[];
  parks: ChainNode[];
  measures: SheetMeasure[];
  /** The same measures by what they are for: the segment itself, its whole chain, its park. */
  groups: { specific: SheetMeasure[]; chainWide: SheetMeasure[]; park: SheetMeasure[] };
  departments: ChainNode[];
}

/**
 * The sheet of gap segment `id`, or null when `id` is not a gap segment.
 * sheetFacts(g, 'mid-e-compressor')?.parks[0].id → 'park-…' (where the compressor would land)
 */
export function sheetFacts(g: Graph, id: string): SheetFacts | null {
  const segment = g.byId.get(id);
  if (!segment || segment.kind !== 'segment' || segment.status !== 'gap') return null;
  const parks = parksOf(g, id);
  const seen = new Set<string>();
  const measures: ChainNode[] = [];
  for (const m of [...measuresFor(g, id), ...parks.flatMap((p) => measuresFor(g, p.id))])
    if (!seen.has(m.id)) {
      seen.add(m.id);
      measures.push(m);
    }
  measures.sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const withDepts = measures.map((measure) => ({
    measure,
    departments: departmentsOf(g, measure.id),
  }));
  const support = segmentSupport(g, id);
  const ids = (xs: ChainNode[]) => new Set(xs.map((x) => x.id));
  const specific = ids(support.specific);
  const wide = ids(support.chainWide);
  const depts = new Map<string, ChainNode>();
  for (const m of withDepts) for (const d of m.departments) depts.set(d.id, d);
  return {
    segment,
    suppliers: upstreamOf(g, id),
    customers: downstreamOf(g, id),
    parks,
    measures: withDepts,
    groups: {
      specific: withDepts.filter((x) => specific.has(x.measure.id)),
      chainWide: withDepts.filter((x) => wide.has(x.measure.id)),
      park: withDepts.filter((x) => !specific.has(x.measure.id) && !wide.has(x.measure.id)),
    },
    departments: [...depts.values()],
  };
}
