/**
 * The amounts of a measure worth a slide. A measure may name ten figures (rates, caps, terms); a
 * projected slide has room for two or three, so money comes first, largest first, then the rest in
 * the document's order. Nothing is computed: each amount is the document's, with its sentence.
 */
import type { Amount, ChainNode } from '../../contract/chain-map.ts';

/** Yuan per unit of the money units the documents use. */
const YUAN: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/**
 * At most `max` amounts of `measure`: money (元, 万元, 亿元) before the rest, larger sums first; a
 * value and unit named twice shows once.
 * keyAmounts({ amounts: [1 %, 500 万元, 1000 万元] }, 2) → [1000 万元, 500 万元]
 */
export function keyAmounts(measure: Pick<ChainNode, 'amounts'>, max = 3): Amount[] {
  const yuan = (a: Amount): number => a.value * (YUAN[a.unit] ?? 0);
  const seen = new Set<string>();
  return (measure.amounts ?? [])
    .map((a, i) => ({ a, i }))
    .sort((x, y) => yuan(y.a) - yuan(x.a) || x.i - y.i)
    .map(({ a }) => a)
    .filter((a) => {
      const key = `${a.value}${a.unit}`;
      return !seen.has(key) && !!seen.add(key);
    })
    .slice(0, max);
}
