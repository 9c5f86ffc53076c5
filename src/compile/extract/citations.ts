/** Policies a document cites by title: 《…》. */
import type { Evidence } from '../../contract/chain-map.ts';
import { evidence, textAt, type SourceDoc } from '../text/view.ts';

export interface CitationRead {
  title: string;
  evidence: Evidence;
}

/**
 * Every 《title》 in `view[from, to)`, in order; the evidence spans the brackets.
 * @example '依据《河南省优化营商环境条例》执行' → [{ title: '河南省优化营商环境条例' }]
 */
export function readCitations(doc: SourceDoc, from = 0, to = doc.view.length): CitationRead[] {
  const out: CitationRead[] = [];
  for (const m of doc.view.slice(from, to).matchAll(/《([^《》\n]{2,120})》/g)) {
    const s = from + m.index;
    out.push({
      title: textAt(doc, s + 1, s + m[0].length - 1),
      evidence: evidence(doc, s, s + m[0].length),
    });
  }
  return out;
}
