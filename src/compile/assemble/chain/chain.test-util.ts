/** A chain context on one small document, for the chain parts' table tests. */
import type { Curated } from '../../curated/data.ts';
import { readCustomers } from '../../extract/customers.ts';
import { readKeyLinks } from '../../extract/key-links.ts';
import { readMeasures } from '../../extract/measures.ts';
import { readPark } from '../../extract/park.ts';
import type { ChainDocRead } from '../../read.ts';
import { loaded, testAtlas } from '../atlas.test-util.ts';
import { chainContext, type ChainContext } from './context.ts';

/** The chain `c` of zone xx-etdz read from `text` with the extractors. */
export function chainOf(text: string, over: Partial<Curated> = {}): ChainContext {
  const doc = loaded(text);
  const atlas = testAtlas([doc], over);
  const ev = { source: doc.id, start: 0, end: 0, quote: '' };
  const read: ChainDocRead = {
    doc,
    regionId: 'xx-etdz',
    industry: '汽车热管理',
    industryEvidence: ev,
    metrics: [],
    keyLinks: readKeyLinks(doc),
    park: readPark(doc),
    measures: readMeasures(doc),
    customers: readCustomers(doc),
    scope: null,
    effective: null,
    featured: false,
  };
  return chainContext(atlas, read, [doc], 'c');
}

/** The chain's segments as `id tier status [evidence quotes]`. */
export function segmentLines(ctx: ChainContext): string[] {
  return [...ctx.atlas.nodes.values()]
    .filter((n) => n.kind === 'segment')
    .map((n) => `${n.id} ${n.tier} ${n.status} [${n.evidence.map((e) => e.quote).join('|')}]`);
}
