import { describe, expect, it } from 'vitest';
import type { LibraryChain, Segment } from '../curated/data.ts';
import { chainOfTerms, matchChain } from './library.ts';

const seg = (id: string, zh: string, aliases: string[] = []): Segment => ({
  id,
  zh,
  en: id,
  tier: 'midstream',
  aliases,
  feeds: [],
  reference: [],
});
const chain = (id: string, zh: string, aliases: string[], segments: Segment[]): LibraryChain => ({
  id,
  zh,
  en: id,
  aliases,
  reference: [],
  segments,
  file: `data/chains/${id}.yaml`,
});
const nev = chain(
  'nev',
  '新能源汽车',
  ['电动汽车'],
  [
    seg('lidar', '激光雷达'),
    seg('radar', '毫米波雷达'),
    seg('chassis', '线控底盘'),
    seg('motor', '驱动电机'),
  ],
);
const robot = chain(
  'robot',
  '工业机器人',
  ['机器人'],
  [seg('reducer', '减速器'), seg('servo', '伺服电机'), seg('controller', '控制器')],
);
const library = [nev, robot];

describe('matchChain: by the name or an alias', () => {
  it.each([
    ['新能源汽车产业', 'nev'],
    ['电动汽车', 'nev'],
    ['机器人', 'robot'],
    ['燕麦', null],
  ])('%s → %s', (name, id) => expect(matchChain(library, [name]).found?.id ?? null).toBe(id));
});

describe('chainOfTerms: the chain most key links are segments of', () => {
  it.each([
    ['three of four on one chain', ['激光雷达', '毫米波雷达', '线控底盘', '域控制器'], 'nev', 3],
    ['two of two', ['减速器', '伺服电机'], 'robot', 2],
    // Fewer than half placed: no chain.
    ['one of three', ['激光雷达', '谐波柔轮', '精密轴承'], null, 0],
    // One term alone is no evidence of a chain.
    ['a single term', ['减速器'], null, 0],
    // As many on each chain: ambiguous, none.
    ['a tie', ['激光雷达', '毫米波雷达', '减速器', '控制器'], null, 0],
    ['none', ['燕麦植物奶', '即食燕麦片'], null, 0],
  ])('%s', (_what, terms, id, placed) => {
    const got = chainOfTerms(library, terms);
    expect(got?.chain.id ?? null).toBe(id);
    expect(got?.placed ?? 0).toBe(placed);
  });
});
