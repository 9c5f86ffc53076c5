/** The key by which two spellings of one name compare equal. */
import { toHalfWidth } from './numbers.ts';

/** Comparison key for names: no spaces, half-width punctuation. */
export const normKey = (s: string): string => toHalfWidth(s).replace(/\s+/g, '');
