import { describe, expect, it } from 'vitest';
import { normaliseScript } from './script.ts';

describe('normaliseScript: a reprint in traditional characters with pinyin read as published', () => {
  it('traditional characters with glosses → the simplified words', () => {
    const r = normaliseScript(
      '福建省人民政府辦公廳關(guān)于印發(fā)福建省新能源汽車產(chǎn)業(yè)發(fā)展規(guī)劃的通知',
    );
    expect(r.text).toBe('福建省人民政府办公厅关于印发福建省新能源汽车产业发展规划的通知');
    expect(r.glosses).toBe(6);
    expect(r.traditional).toBeGreaterThan(5);
  });
  it('toneless glosses, repeated, go too in a traditional reprint; its Latin words stay', () => {
    const r = normaliseScript(
      '全面落實(shi)新發(fa)(fa)展理念(nian),充分發揮涉茶(cha)(cha)(cha)資源優勢,推動茶產業(AI)轉型升級。',
    );
    expect(r.text).toBe('全面落实新发展理念,充分发挥涉茶资源优势,推动茶产业(AI)转型升级。');
    expect(r.glosses).toBe(7);
  });
  it('a simplified text, its brackets and its Latin words are left as they are', () => {
    const text = '到2025年(力争)，储能电池产能达到110GWh(吉瓦时)，著名企业(CATL)落户，平台(shi)。';
    expect(normaliseScript(text)).toEqual({ text, glosses: 0, traditional: 0 });
  });
  it('a few traditional-looking characters in a simplified text do not convert it', () => {
    const text = `${'发展新能源汽车产业链'.repeat(20)}乾`;
    expect(normaliseScript(text).text).toBe(text);
  });
});
