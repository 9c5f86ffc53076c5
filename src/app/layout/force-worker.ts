/**
 * A worker that lays out a chain map that has no layout from the build (a `?data=` map): the same
 * pure, seeded `layoutForce`, off the main thread, so the page stays responsive while a large map
 * settles (layout/async.ts). Answers with [id, x, y] per node.
 */
import { layoutForce } from './force.ts';
import type { LayoutInput } from './async.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutInput>) => void) | null;
  postMessage: (message: [string, number, number][]) => void;
};

scope.onmessage = (e) => {
  const pos = layoutForce(e.data);
  scope.postMessage([...pos.values()].map((p) => [p.id, p.x, p.y]));
};
