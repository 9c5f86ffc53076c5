import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.ts';

const bytes = (n: number, seed: number): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) & 0xff);

describe('sha256Hex agrees with node:crypto', () => {
  it.each([
    ['empty', new Uint8Array()],
    ['abc', new TextEncoder().encode('abc')],
    ['55 bytes (one block with its length)', bytes(55, 1)],
    ['56 bytes (the length needs a second block)', bytes(56, 2)],
    ['64 bytes', bytes(64, 3)],
    ['Chinese text', new TextEncoder().encode('新乡经开区汽车热管理产业链招商十条措施')],
    ['1 MB', bytes(1 << 20, 4)],
  ])('%s', (_, input) => {
    expect(sha256Hex(input)).toBe(createHash('sha256').update(input).digest('hex'));
  });
});
