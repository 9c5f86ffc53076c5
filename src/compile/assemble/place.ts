/**
 * Placing a document: the region node it governs, from the places its title names (nested) and
 * the places above them its prose names (DocRead.parents), else a curated place its text names.
 */
import type { DocRead } from '../read.ts';
import type { Atlas } from './atlas.ts';
import type { Regions } from './regions.ts';

/** The region id the document governs, or null (reading has made such a document context). */
export function placeDocument(r: DocRead, regions: Regions, atlas: Atlas): string | null {
  let id: string | null = null;
  for (const p of r.places) id = regions.place(p.name, p.evidence, { parent: id });
  // The places above it, where the title does not say and the curated list does not know.
  let cur = id;
  for (const parent of r.parents) {
    const node = cur ? atlas.nodes.get(cur) : undefined;
    if (!cur || !node || node.parent || node.reference) break;
    const pid = regions.place(parent.name, parent.evidence);
    regions.adopt(cur, pid, parent.evidence);
    cur = pid;
  }
  if (!id && r.source.region) {
    const known = atlas.curated.regions.find((x) => x.zh === r.source.region);
    if (known) id = regions.ensure(known.id).id;
  }
  return id;
}
