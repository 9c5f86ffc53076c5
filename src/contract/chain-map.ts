/**
 * The chain-map contract (schemaVersion 1): the shape the compiler writes, the app reads and the
 * portal publishes as open data. `data/chain-map.schema.json` is the same shape as JSON Schema;
 * `tests/contract/schema.test.ts` checks that the two agree on the real map.
 * See ../shared/guides/chain-map-contract.md for the invariants.
 */

/** A span of a source document, in UTF-16 code units of its BOM-less text: `quote === text.slice(start, end)`. */
export interface Evidence {
  source: string;
  start: number;
  end: number;
  quote: string;
}

/** Where a curated fact (taxonomy, enterprises) comes from: a URL, or a note naming who maintains it. */
export interface Reference {
  url?: string;
  note?: string;
}

export interface Source {
  id: string;
  file: string;
  sha256: string;
  title: string;
  issuer: string | null;
  region: string | null;
  date: string | null;
  kind: string;
  /** Where the title came from: the document's text, or the manifest (when the text does not state it). */
  titleFrom?: 'text' | 'manifest';
  /** Role in the project: the flagship document that defines the chain, or context. */
  role?: 'flagship' | 'context';
  /** Extra dates read from the text: when it takes effect and for how long. */
  effective?: { from: string | null; years: number | null; evidence: Evidence[] };
  /** Title, issuer, region and date each with the span they were read from, when read from the text. */
  evidence?: Evidence[];
  /** Policies the document cites by title (《…》). */
  cites?: Citation[];
}

/** A policy a document cites by title; `matchesSource` is the seed with that title, if any. */
export interface Citation {
  title: string;
  matchesSource: string | null;
  evidence: Evidence[];
}

export interface Metric {
  id: string;
  value: number;
  unit: string;
  qualifier?: string;
  evidence: Evidence[];
}

export interface Chain {
  id: string;
  name: { zh: string; en: string };
  region: string;
  /** The region's names in both languages (curated, data/regions.yaml). */
  regionName?: { zh: string; en: string };
  sources: string[];
  metrics: Metric[];
  /** The sentence saying whom the measures apply to (本措施适用于…). */
  scope?: Evidence;
}

export type NodeKind =
  'segment' | 'enterprise' | 'customer' | 'park' | 'measure' | 'policy' | 'department';

export type Tier = 'upstream' | 'midstream' | 'downstream' | 'service' | 'unclassified';
export type SegmentStatus = 'gap' | 'present' | 'context';

export interface Amount {
  value: number;
  unit: string;
  kind: string;
  evidence: Evidence[];
}

export interface ChainNode {
  id: string;
  kind: NodeKind;
  name: { zh: string; en: string };
  chain?: string;
  search: { pinyin: string; initials: string; aliases: string[] };
  evidence: Evidence[];
  reference?: Reference[];
  tier?: Tier;
  status?: SegmentStatus;
  areaMu?: number;
  location?: string;
  standard?: string;
  purpose?: string;
  number?: number;
  heading?: string;
  amounts?: Amount[];
  title?: string;
  matchesSource?: string | null;
}

export interface Link {
  source: string;
  target: string;
  kind: string;
  evidence: Evidence[];
  reference?: Reference[];
}

export interface ChainMap {
  schemaVersion: 1;
  generator: string;
  sources: Source[];
  chains: Chain[];
  nodes: ChainNode[];
  links: Link[];
  /** Problems that did not stop the compile (e.g. a key link the taxonomy does not know). */
  warnings?: string[];
}
