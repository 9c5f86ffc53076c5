/**
 * A chain's headline figures as the header and the projection show them: its scale now → its
 * target, its firms now + those to attract, its park's area. Only the metrics the documents give.
 */
import type { Chain, Metric } from '../../contract/chain-map.ts';

/** One row of figures: what it measures and the metrics, joined by an arrow, a plus or nothing. */
export interface HeadlineRow {
  key: 'scale' | 'firms' | 'park';
  parts: Metric[];
  join: 'arrow' | 'plus' | null;
}

/**
 * The rows that have at least one metric.
 * headline(thermal).map((r) => [r.key, r.parts.map((m) => m.value)])
 *   // → [['scale', [20, 50]], ['firms', [10, 30]], ['park', [700]]]
 */
export function headline(chain: Pick<Chain, 'metrics'> | null): HeadlineRow[] {
  const metric = (id: string): Metric | undefined => chain?.metrics.find((m) => m.id === id);
  const rows: HeadlineRow[] = [
    { key: 'scale', parts: pick(metric('scale-current'), metric('scale-target')), join: 'arrow' },
    {
      key: 'firms',
      parts: pick(metric('enterprises-current'), metric('enterprises-new-target')),
      join: 'plus',
    },
    { key: 'park', parts: pick(metric('park-area')), join: null },
  ];
  return rows.filter((r) => r.parts.length > 0);
}

function pick(...ms: (Metric | undefined)[]): Metric[] {
  return ms.filter((m): m is Metric => m !== undefined);
}
