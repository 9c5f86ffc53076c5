/* Generated from data/chain-map.schema.json by `npm run gen:contract`. Do not edit: edit the schema. */

export type Id = string;
export type EvidenceList = Evidence[];
/**
 * How the English was made when no curated name exists: a dictionary gloss (CC-CEDICT) or a proper name's transliteration. Absent: a curated name or translation.
 */
export type EnSource = 'gloss' | 'transliteration';
/**
 * chain: compiled from a chain document; industry: from a plan paragraph on one industry.
 */
export type ChainKind = 'chain' | 'industry';
export type ReferenceKind =
  'government' | 'association' | 'research' | 'company' | 'media' | 'encyclopedia';
export type ReferenceList = Reference[];
export type NodeKind =
  | 'region'
  | 'segment'
  | 'enterprise'
  | 'customer'
  | 'institution'
  | 'park'
  | 'measure'
  | 'policy'
  | 'department';
export type Tier = 'upstream' | 'midstream' | 'downstream' | 'service' | 'unclassified';
export type SegmentStatus = 'gap' | 'present' | 'context';
export type RegionLevel = 'province' | 'city' | 'county' | 'zone';

/**
 * ChainMap atlas (schemaVersion 2). An atlas of industrial chains compiled from policy documents: every chain document becomes a chain, a city plan becomes the city, its zones and its industries. Every fact carries the span of the document it came from (evidence) or, for curated facts, a reference.
 */
export interface ChainMap {
  schemaVersion: 2;
  generator: string;
  sources: Source[];
  chains: Chain[];
  nodes: ChainNode[];
  links: Link[];
  warnings?: string[];
}
export interface Source {
  id: Id;
  file: string;
  sha256: string;
  title: string;
  titleFrom?: 'text' | 'manifest';
  issuer: string | null;
  region: string | null;
  date: null | string;
  /**
   * The document number its covering notice or heading gives (川经信材料〔2023〕145号), as written without spaces.
   */
  docNumber?: string;
  kind: string;
  effective?: Effective;
  evidence?: EvidenceList;
  /**
   * Policies this document cites by title (《…》); matchesSource links one to the seed with that title.
   */
  cites?: Citation[];
  /**
   * The region node this document governs, when that place is in the atlas.
   */
  regionId?: null | Id;
  /**
   * How the compiler read it: a chain document (one chain in one place), a plan (a city and its industries and zones), or context.
   */
  genre?: 'chain' | 'plan' | 'context';
  /**
   * For .docx/.pdf sources: the UTF-8 text extracted from it, relative to the map file; evidence offsets index this text.
   */
  textFile?: string;
  /**
   * Facts staff added or dropped in seeds/manifest.yaml (add: with the quote found in the text, drop: by name): the reading report marks them as set by hand.
   */
  corrections?: Correction[];
}
export interface Effective {
  from: string | null;
  years: number | null;
  evidence: EvidenceList;
}
export interface Evidence {
  source: Id;
  start: number;
  end: number;
  quote: string;
}
export interface Citation {
  title: string;
  matchesSource: null | Id;
  /**
   * @minItems 1
   */
  evidence: Evidence[];
}
export interface Correction {
  action: 'add' | 'drop';
  kind: string;
  name: string;
  evidence?: EvidenceList;
}
export interface Chain {
  id: Id;
  name: Bilingual;
  region: Id;
  sources: Id[];
  metrics: Metric[];
  scope?: Evidence;
  regionName?: Bilingual;
  kind: ChainKind;
  /**
   * The chain the portal opens on (manifest `featured: true`); at most one.
   */
  featured?: boolean;
  /**
   * The industry name as the document writes it, e.g. 化工产业 (industry chains).
   */
  title?: string;
  library?: LibraryChainRef;
}
export interface Bilingual {
  zh: string;
  en: string;
  enSource?: EnSource;
}
export interface Metric {
  id: Id;
  value: number;
  unit: string;
  qualifier?: string;
  /**
   * @minItems 1
   */
  evidence: Evidence[];
  /**
   * The year the figure is stated for (到2025年 … → 2025). Whether it is a target or a current figure is the end of its id (scale-target, capacity-current).
   */
  year?: number;
  /**
   * For a count of firms of a band: what each must reach, as written (年产值10亿元以上).
   */
  band?: string;
  /**
   * The upper end of a range the text states: 新增2-3家 → value 2, max 3.
   */
  max?: number;
}
/**
 * The industry-chain library's chain it is drawn on (data/chains/<id>.yaml): its names and the sources of its segments, tiers and supply links.
 */
export interface LibraryChainRef {
  id: Id;
  name: Bilingual;
  reference: ReferenceList;
}
export interface Reference {
  url?: string;
  /**
   * The page's own title (library references).
   */
  title?: string;
  /**
   * Who published it.
   */
  publisher?: string;
  kind?: ReferenceKind;
  note?: string;
}
/**
 * A node of the atlas. Every node carries evidence (a span of a source) or a reference (a curated fact); the compiler and the app check this (src/contract/invariants.ts).
 */
export interface ChainNode {
  id: Id;
  kind: NodeKind;
  name: Bilingual;
  chain?: Id;
  search: SearchNames;
  evidence: EvidenceList;
  reference?: ReferenceList;
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
  matchesSource?: null | Id;
  level?: RegionLevel;
  /**
   * Region node id of the containing place.
   */
  parent?: null | Id;
  /**
   * A measure's numbering as printed, e.g. （三） or 3.
   */
  label?: string;
  /**
   * A library segment's leading firms (行业龙头/代表企业) as the library's sources name them: industry reference (可招引企业参考), never firms placed in a zone and never the firms a document names.
   */
  referenceFirms?: ReferenceFirm[];
}
export interface SearchNames {
  pinyin: string;
  initials: string;
  aliases: string[];
}
export interface Amount {
  value: number;
  unit: string;
  kind: string;
  /**
   * @minItems 1
   */
  evidence: Evidence[];
}
export interface ReferenceFirm {
  name: Bilingual;
  reference: ReferenceList;
}
/**
 * A link. Every link carries evidence or a reference (checked by src/contract/invariants.ts).
 */
export interface Link {
  source: Id;
  target: Id;
  /**
   * supplies | customer-of | located-in | supports | cites | responsible-for | in-segment | targets | engages | hosts | part-of | …; source and target are node ids, or a chain id for targets/engages (source), hosts (target) and customer-of (target: a customer the chain document names).
   */
  kind: string;
  evidence: EvidenceList;
  reference?: ReferenceList;
  /**
   * For hosts links from a zone list: the items in brackets.
   */
  focus?: string[];
}
