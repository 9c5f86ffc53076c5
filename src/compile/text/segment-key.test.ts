import { describe, expect, it } from 'vitest';
import { segmentKey } from './segment-key.ts';

describe('segmentKey: the normalised form of a segment name', () => {
  it.each([
    ['电动压缩机', '压缩机'],
    ['驱动电机', '电机'],
    ['电机', '电机'],
    ['电池管理系统', '电池管理'],
    ['新能源汽车热管理系统总成', '热管理'],
    ['高精度减速器', '减速器'],
    ['智能传感器', '传感器'],
    // Two characters stay: 电子 alone is no qualifier of anything.
    ['电子', '电子'],
    ['PTC 加热器', 'ptc加热器'],
  ])('%s → %s', (name, key) => expect(segmentKey(name)).toBe(key));
});
