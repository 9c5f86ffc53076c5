/**
 * The force layout of a map the build has not laid out (a `?data=` map), computed in a worker
 * (layout/force-worker.ts): at 2,000 nodes the simulation takes over a second, which on the main
 * thread would freeze the page. Where no worker can run (the kiosk's file://, Node) or the worker
 * fails, the layout is computed on this thread instead, in a task of its own.
 */
import type { ChainMap, ChainNode, Link } from '../../contract/chain-map.ts';
import { layoutForce, type Placed } from './force.ts';
import { startWorker } from '../data/worker-task.ts';

/** What the layout reads of a map: the rest stays on this thread. */
export interface LayoutInput {
  nodes: Pick<ChainNode, 'id' | 'kind' | 'tier'>[];
  links: Pick<Link, 'source' | 'target'>[];
}

/**
 * Lays `map` out and calls `done` with the positions, the same as `layoutForce(map)` would
 * return. Returns a function that cancels the call (and stops the worker).
 */
export function layOutInBackground(
  map: Pick<ChainMap, 'nodes' | 'links'>,
  done: (pos: Map<string, Placed>) => void,
): () => void {
  let live = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const here = (): void => {
    timer = setTimeout(() => done(layoutForce(map)));
  };
  const task = startWorker<LayoutInput, [string, number, number][]>(
    () => new Worker(new URL('./force-worker.ts', import.meta.url), { type: 'module' }),
  );
  if (!task) here();
  else {
    const input: LayoutInput = {
      nodes: map.nodes.map((n) => ({ id: n.id, kind: n.kind, tier: n.tier })),
      links: map.links.map((l) => ({ source: l.source, target: l.target })),
    };
    task.ask(input).then(
      (xs) => live && done(new Map(xs.map(([id, x, y]) => [id, { id, x, y }]))),
      () => live && here(),
    );
  }
  return () => {
    live = false;
    clearTimeout(timer);
    task?.cancel();
  };
}
