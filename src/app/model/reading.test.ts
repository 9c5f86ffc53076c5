import { describe, expect, it } from 'vitest';
import type { ChainMap } from '../../contract/chain-map.ts';
import { kindCounts, readFacts, runs, type ReadFact } from './reading.ts';

const TEXT = '引进压缩机企业，给予500万元奖励（责任单位：市商务局）。';
const ev = (quote: string, source = 'doc') => {
  const start = TEXT.indexOf(quote);
  return { source, start, end: start + quote.length, quote };
};
const node = (id: string, kind: string, quote: string, more: object = {}) => ({
  id,
  kind,
  name: { zh: id, en: id },
  search: { pinyin: '', initials: '', aliases: [] },
  evidence: [ev(quote)],
  ...more,
});
const map = {
  chains: [
    { metrics: [{ id: 'firms-target', value: 1, unit: '家', evidence: [ev('压缩机企业')] }] },
  ],
  nodes: [
    node('压缩机', 'segment', '压缩机', { status: 'gap' }),
    node('m1', 'measure', TEXT.slice(0, -1), {
      amounts: [{ value: 500, unit: '万元', kind: 'award', evidence: [ev('500万元')] }],
    }),
    node('市商务局', 'department', '市商务局'),
    // Evidence in another document is not this document's reading.
    node('铝材', 'segment', '压缩机', { evidence: [ev('压缩机', 'other')] }),
  ],
} as unknown as ChainMap;

describe('readFacts', () => {
  it('reads every fact evidenced in the document, in text order, outer before inner', () => {
    expect(readFacts(map, 'doc').map((f) => [f.kind, f.node, f.start])).toEqual([
      ['measure', 'm1', 0],
      ['metric', null, 2],
      ['gap', '压缩机', 2],
      ['amount', 'm1', 10],
      ['department', '市商务局', 23],
    ]);
  });
});

describe('runs', () => {
  const facts = readFacts(map, 'doc');
  const cut = runs(TEXT, facts);
  it('gives the text back whole, cut at every fact', () => {
    expect(cut.map((r) => r.text).join('')).toBe(TEXT);
  });
  it.each([
    ['压缩机', ['gap', 'metric', 'measure']],
    ['企业', ['metric', 'measure']],
    ['500万元', ['amount', 'measure']],
    ['市商务局', ['department', 'measure']],
    ['。', []],
  ])('%s is read as %j, innermost first', (piece, kinds) => {
    const r = cut.find((x) => x.text === piece);
    expect(r?.facts.map((f: ReadFact) => f.kind)).toEqual(kinds);
  });
  it('leaves out a fact whose offsets run past the text', () => {
    const beyond = { ...facts[0]!, start: 5, end: 999 };
    expect(runs(TEXT, [beyond])).toEqual([{ text: TEXT, start: 0, facts: [] }]);
  });
  it('counts the facts of each kind', () => {
    expect(Object.fromEntries(kindCounts(facts))).toEqual({
      measure: 1,
      gap: 1,
      metric: 1,
      amount: 1,
      department: 1,
    });
  });
});
