/**
 * Deterministic force layout: segments pulled to their tier's column (upstream left → customers
 * right), everything else placed by its links. Seeded (d3-force's LCG) and run to the end before
 * anything is drawn, so every load shows the same settled picture.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import type { ChainNode, Link } from '../../contract/chain-map.ts';
import { tierColumn } from '../model/graph.ts';

/** A placed node. */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  col: number | null;
}

/** Horizontal distance between tier columns, in layout units. */
export const COLUMN_WIDTH = 260;

/** Where nodes without a column (measures, departments, policies…) settle: a band below the chain. */
export const BAND_Y = 420;

/** The same seeded generator d3-force uses internally. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** How many ticks to run: fewer for big maps, where one tick costs ~14 ms at 2,000 nodes. */
export function tickCount(n: number): number {
  return n <= 300 ? 300 : n <= 1000 ? 160 : 90;
}

/**
 * Positions for every node; the same input and seed give the same output.
 * Nodes without a column (measures, departments, policies, park, enterprises) start in a band
 * below the chain and are pulled by their links.
 */
export function layoutForce(
  map: {
    nodes: readonly Pick<ChainNode, 'id' | 'kind' | 'tier'>[];
    links: readonly Pick<Link, 'source' | 'target'>[];
  },
  seed = 42,
): Map<string, Placed> {
  const n = map.nodes.length;
  const perCol = new Map<number, number>();
  const nodes: SimNode[] = map.nodes.map((node, i) => {
    const col = tierColumn(node);
    const k = col === null ? i : (perCol.get(col) ?? 0);
    if (col !== null) perCol.set(col, k + 1);
    // Fixed initial positions (a vertical stack per column, a spiral for the rest): no Math.random.
    return col === null
      ? {
          id: node.id,
          col,
          x: 1.5 * COLUMN_WIDTH + 30 * Math.sqrt(k) * Math.cos(k * 2.4),
          y: 400 + 30 * Math.sqrt(k) * Math.sin(k * 2.4),
        }
      : { id: node.id, col, x: col * COLUMN_WIDTH, y: k * 40 };
  });
  const ids = new Set(nodes.map((d) => d.id));
  const links: SimulationLinkDatum<SimNode>[] = map.links
    .filter((l) => ids.has(l.source) && ids.has(l.target))
    .map((l) => ({ source: l.source, target: l.target }));
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(lcg(seed))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance(110)
        .strength(0.12),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(n > 1000 ? -40 : -180)
        .theta(0.9)
        .distanceMax(600),
    )
    .force(
      'x',
      forceX<SimNode>((d) => (d.col ?? 1.5) * COLUMN_WIDTH).strength((d) =>
        d.col === null ? 0.02 : 0.6,
      ),
    )
    .force(
      'y',
      forceY<SimNode>((d) => (d.col === null ? BAND_Y : 0)).strength((d) =>
        d.col === null ? 0.08 : 0.04,
      ),
    )
    .stop();
  if (n <= 1000) sim.force('collide', forceCollide<SimNode>(30));
  sim.tick(tickCount(n));
  return new Map(nodes.map((d) => [d.id, { id: d.id, x: d.x ?? 0, y: d.y ?? 0 }]));
}

/**
 * The layout runs its tiers left to right; a portrait stage (a phone) shows them top to bottom
 * (upstream above: x and y swapped, distances kept), so the picture fills the stage's long side
 * and its labels find room.
 */
export function stagePositions(pos: Map<string, Placed>, portrait: boolean): Map<string, Placed> {
  return portrait ? new Map([...pos].map(([id, p]) => [id, { id, x: p.y, y: p.x }])) : pos;
}

/** Whether a stage of `width` × `height` is portrait, for stagePositions. */
export const portraitStage = (width: number, height: number): boolean => height > width * 1.2;

/** The zoom buttons' band at the top of the force stage (0.5rem + 2.25rem and a margin). */
export const STAGE_CONTROLS_PX = 48;

/** The camera that fits a stage's positions below its zoom buttons, so no label lies under one. */
export function fitStage(
  pos: ReadonlyMap<string, Placed>,
  width: number,
  height: number,
): { k: number; x: number; y: number } {
  const c = fitCamera(bounds(pos.values()), width, height - STAGE_CONTROLS_PX);
  return { ...c, y: c.y + STAGE_CONTROLS_PX };
}

/** The bounding box of placed nodes, for fit-to-screen. */
export function bounds(points: Iterable<Placed>): {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
} {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return x0 === Infinity ? { x0: 0, y0: 0, x1: 1, y1: 1 } : { x0, y0, x1, y1 };
}

/**
 * The camera that fits placed nodes in a width × height box with `pad` pixels to spare, never
 * zooming in past 2×: fitCamera({x0:0,y0:0,x1:100,y1:50}, 260, 160, 60) → {k: 2, x: 30, y: 30}.
 */
export function fitCamera(
  b: { x0: number; y0: number; x1: number; y1: number },
  width: number,
  height: number,
  pad = 60,
): { k: number; x: number; y: number } {
  const k = Math.min(
    2,
    (width - pad) / Math.max(1, b.x1 - b.x0),
    (height - pad) / Math.max(1, b.y1 - b.y0),
  );
  return { k, x: width / 2 - ((b.x0 + b.x1) / 2) * k, y: height / 2 - ((b.y0 + b.y1) / 2) * k };
}
