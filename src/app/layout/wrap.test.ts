import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap.ts';
import { estimateWidth as textWidth } from './measure.ts';

describe('wrapLabel', () => {
  it.each([
    ['压缩机', 200, 24, ['压缩机']],
    // Chinese breaks between words, never inside one (稀土永 / 磁材料, 热泵空 / 调系统).
    ['集成式热管理模块', 100, 24, ['集成式热', '管理模块']],
    ['稀土永磁材料', 100, 24, ['稀土永磁', '材料']],
    ['热泵空调系统', 100, 24, ['热泵空调', '系统']],
    ['研发检测认证', 100, 24, ['研发检测', '认证']],
    // Lines as even as they can be: not 集成式热管理模 / 块.
    ['集成式热管理模块', 180, 24, ['集成式热', '管理模块']],
    ['储能与数据中心液冷', 200, 24, ['储能与数据', '中心液冷']],
    // Latin between words.
    ['Electric compressor', 150, 24, ['Electric', 'compressor']],
    ['Wire harness & connectors', 200, 24, ['Wire harness', '& connectors']],
    // A word longer than the line breaks between its letters.
    ['Xinxiangjingjikaifaqu', 120, 24, ['Xinxian', 'gjingji', 'kaifaqu']],
    ['Thermal controller / ECU', 300, 24, ['Thermal', 'controller / ECU']],
  ])('%j in %i px at %i px → %j', (text, width, font, lines) => {
    expect(wrapLabel(text, width, font)).toEqual(lines);
  });
  it('keeps at most three lines, the last cut with an ellipsis when the name goes on', () => {
    const lines = wrapLabel('新乡市平原现代服务业开发区', 48, 24);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect('新乡市平原现代服务业开发区'.startsWith(lines.join('').slice(0, -1))).toBe(true);
  });
  it('never returns a line wider than asked (but for one character that is)', () => {
    for (const text of ['Integrated circuits & power semiconductors', '新乡市平原现代服务业开发区'])
      for (const w of [60, 120, 300])
        for (const line of wrapLabel(text, w, 24, 10))
          expect(textWidth(line, 24) <= w || [...line].length === 1).toBe(true);
  });
});
