import { describe, expect, it } from 'vitest';
import { samePicture, type Scene } from './force-canvas.ts';

const scene: Scene = {
  nodes: [],
  links: [],
  pos: new Map(),
  camera: { k: 1, x: 0, y: 0 },
  width: 800,
  height: 600,
  dpr: 1,
  lit: null,
  centre: null,
  selected: null,
  focused: null,
  label: (n) => n.name.zh,
  version: 0,
  gesture: true,
  labels: 1,
};

describe('samePicture: a pan copies the drawn layer only while nothing else changed', () => {
  it.each([
    ['a pan (the camera moved, same zoom)', { camera: { k: 1, x: 40, y: -20 } }, true],
    ['a zoom', { camera: { k: 1.2, x: 0, y: 0 } }, false],
    ['a new selection', { selected: 'x' }, false],
    ['a drag (positions moved)', { version: 1 }, false],
    ['another language', { label: (n: Scene['nodes'][number]) => n.name.en }, false],
    ['the gesture ended', { gesture: false }, false],
    ['a field the scene did not have before', { labelLit: new Set<string>() }, false],
  ] as [string, Partial<Scene>, boolean][])('%s → %s', (_name, change, same) => {
    expect(samePicture(scene, { ...scene, ...change })).toBe(same);
  });
});
