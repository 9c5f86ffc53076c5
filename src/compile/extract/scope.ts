/** Whom a document applies to: the sentence `本措施适用于…。` (措施, 办法, 政策, 意见, 方案). */
import type { Evidence } from '../../contract/chain-map.ts';
import { evidence, type SourceDoc } from '../text/view.ts';

/** The document words that may open a scope sentence (本措施 …). */
const DOCUMENT_WORDS = ['措施', '办法', '政策', '意见', '方案'];
const SCOPE = new RegExp(`本(?:${DOCUMENT_WORDS.join('|')})适用于[^。]*。`);

/**
 * The document's scope sentence, whole, or null.
 * @example readScope(doc('本措施适用于新乡经开区内的企业。')) // → 本措施适用于新乡经开区内的企业。
 */
export function readScope(doc: SourceDoc): Evidence | null {
  const m = SCOPE.exec(doc.view);
  return m ? evidence(doc, m.index, m.index + m[0].length) : null;
}
