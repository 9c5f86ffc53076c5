import { describe, expect, it } from 'vitest';
import { doc, spansHold } from './doc.test-util.ts';
import { alt, ATTRACT, KEY_LINK_VERBS, RESPONSIBLE, UNITS } from './vocabulary.ts';
import { readMeasures } from '../extract/measures.ts';
import { readMetrics } from '../extract/metrics.ts';
import { readKeyLinks } from '../extract/key-links.ts';
import { readFigures } from '../extract/figures.ts';

describe('alt', () => {
  it('puts longer words first and escapes them', () => {
    expect(alt(['责任单位', '牵头责任单位', 'a.b'])).toBe('(?:牵头责任单位|责任单位|a\\.b)');
    expect(new RegExp(alt(['单位', '牵头单位'])).exec('牵头单位：')?.[0]).toBe('牵头单位');
  });
});

// Every word of a class is taken by every reader of that class: a word added to the vocabulary
// (责任主体 was added for real documents) is read everywhere without touching a reader.
describe('each responsible-body label is read by every reader', () => {
  it('责任主体 is one of them', () => expect(RESPONSIBLE).toContain('责任主体'));
  it.each(RESPONSIBLE.map((w) => [w]))('（%s：…）', (label) => {
    const d = doc(`1.加大招商力度，引进龙头企业。（${label}：市发展改革委、市财政局）\n`);
    const [m] = readMeasures(d);
    expect(m?.departments.map((x) => x.name)).toEqual(['市发展改革委', '市财政局']);
    expect(spansHold(d, m?.departments.map((x) => x.evidence) ?? [])).toBe(true);
  });
});

describe('each attracting verb is read as a new-firm target', () => {
  it.each(ATTRACT.map((w) => [w]))('力争%s30家企业', (verb) => {
    const d = doc(`力争${verb}30家企业。`);
    expect(readMetrics(d).find((m) => m.id === 'enterprises-new-target')?.value).toBe(30);
  });
});

describe('each key-link frame opens a key-link list', () => {
  it.each(KEY_LINK_VERBS.map((w) => [w]))('%s A、B等关键环节', (verb) => {
    const d = doc(`${verb}正极材料、隔膜等关键环节。`);
    expect(readKeyLinks(d).map((k) => k.term)).toEqual(['正极材料', '隔膜']);
  });
});

describe('each unit is read as a figure', () => {
  it.each(UNITS.filter((u) => u !== '万亿元').map((u) => [u]))('到2025年…力争达到12%s', (unit) => {
    const d = doc(`到2025年，总量力争达到12${unit}。`);
    const f = readFigures(d).find((x) => x.unit === unit);
    expect(f).toMatchObject({ value: 12, year: 2025, target: true });
  });
});
