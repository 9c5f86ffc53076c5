import { describe, expect, it } from 'vitest';
import {
  bounds,
  fitCamera,
  fitStage,
  layoutForce,
  portraitStage,
  STAGE_CONTROLS_PX,
  stagePositions,
  tickCount,
} from './force.ts';
import { tiny } from '../model/fixture.test-util.ts';

const round = (m: Map<string, { x: number; y: number }>) =>
  Object.fromEntries([...m].map(([id, p]) => [id, [Math.round(p.x), Math.round(p.y)]]));

describe('layoutForce', () => {
  it('is deterministic: the same picture on every run', () => {
    expect(round(layoutForce(tiny))).toEqual(round(layoutForce(tiny)));
  });

  it('matches the seeded, rounded snapshot', () => {
    expect(round(layoutForce(tiny))).toMatchSnapshot();
  });

  it('needs only ids, kinds, tiers and link ends: what the layout worker is sent', () => {
    const sent = {
      nodes: tiny.nodes.map((n) => ({ id: n.id, kind: n.kind, tier: n.tier })),
      links: tiny.links.map((l) => ({ source: l.source, target: l.target })),
    };
    expect(layoutForce(sent)).toEqual(layoutForce(tiny));
  });

  it('a different seed still places every node', () => {
    expect([...layoutForce(tiny, 7).keys()].sort()).toEqual(tiny.nodes.map((n) => n.id).sort());
  });

  it.each([
    ['al', 'comp'],
    ['ic', 'hvac'],
    ['comp', 'oem'],
    ['hvac', 'oem'],
    ['oem', 'byd'],
  ])('reads upstream to downstream left to right: %s left of %s', (a, b) => {
    const p = layoutForce(tiny);
    expect(p.get(a)!.x).toBeLessThan(p.get(b)!.x);
  });

  it('keeps nodes apart (no two closer than 10 units)', () => {
    const pts = [...layoutForce(tiny).values()];
    for (const a of pts)
      for (const b of pts)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(10);
  });
});

describe('tickCount / bounds', () => {
  it.each([
    [50, 300],
    [800, 160],
    [2000, 90],
  ])('tickCount(%i) = %i', (n, t) => expect(tickCount(n)).toBe(t));

  it.each([
    [[], { x0: 0, y0: 0, x1: 1, y1: 1 }],
    [
      [
        { id: 'a', x: -1, y: 2 },
        { id: 'b', x: 3, y: -4 },
      ],
      { x0: -1, y0: -4, x1: 3, y1: 2 },
    ],
  ])('bounds(%j)', (pts, expected) => expect(bounds(pts)).toEqual(expected));
});

describe('fitCamera', () => {
  it.each([
    [{ x0: 0, y0: 0, x1: 100, y1: 50 }, 260, 160, { k: 2, x: 30, y: 30 }],
    [{ x0: 0, y0: 0, x1: 1000, y1: 100 }, 560, 400, { k: 0.5, x: 30, y: 175 }],
    [{ x0: -100, y0: -100, x1: 100, y1: 100 }, 460, 460, { k: 2, x: 230, y: 230 }],
  ])('%j in %i×%i', (b, w, h, expected) => expect(fitCamera(b, w, h)).toEqual(expected));
});

describe('the stage', () => {
  const pos = new Map([
    ['up', { id: 'up', x: 0, y: 100 }],
    ['down', { id: 'down', x: 600, y: 140 }],
  ]);
  it('a portrait stage runs the tiers top to bottom, distances kept', () => {
    expect(portraitStage(390, 600)).toBe(true);
    expect(portraitStage(1280, 700)).toBe(false);
    const shown = stagePositions(pos, true);
    expect(shown.get('up')).toEqual({ id: 'up', x: 100, y: 0 });
    expect(shown.get('down')).toEqual({ id: 'down', x: 140, y: 600 });
    expect(stagePositions(pos, false)).toBe(pos);
  });
  it('the fitted picture starts below the zoom buttons', () => {
    const shown = stagePositions(pos, true);
    const c = fitStage(shown, 390, 600);
    const top = Math.min(...[...shown.values()].map((p) => p.y * c.k + c.y));
    expect(top).toBeGreaterThanOrEqual(STAGE_CONTROLS_PX);
    // The long side of the picture takes the stage's long side: it is scaled by the height.
    expect(c.k).toBeCloseTo((600 - STAGE_CONTROLS_PX - 60) / 600);
  });
});
