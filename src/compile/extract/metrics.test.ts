import { describe, expect, it } from 'vitest';
import { doc, spansHold } from '../text/doc.test-util.ts';
import { Problems } from '../problems.ts';
import { readMetrics } from './metrics.ts';

// Phrasing in → metric (id, value, qualifier) and its exact span out.
const cases: [string, string, number, string | undefined, string][] = [
  ['我区汽车热管理产业整体规模达到20亿元。', 'scale-current', 20, undefined, '规模达到20亿元'],
  ['全县预制菜产值达到二十五亿元。', 'scale-current', 25, undefined, '产值达到二十五亿元'],
  ['产业营业收入突破120亿元，', 'scale-current', 120, '突破', '营业收入突破120亿元'],
  ['产业规模约28亿元，', 'scale-current', 28, '约', '规模约28亿元'],
  ['聚集10余家行业企业。', 'enterprises-current', 10, '余', '聚集10余家'],
  ['现有规模以上企业18家。', 'enterprises-current', 18, undefined, '现有规模以上企业18家'],
  ['规上企业达到23家，', 'enterprises-current', 23, undefined, '规上企业达到23家'],
  ['现有纺织服装企业3000余家。', 'enterprises-current', 3000, '余', '现有纺织服装企业3000余家'],
  ['力争新引进30家上下游企业，', 'enterprises-new-target', 30, undefined, '新引进30家'],
  [
    '力争引进产业链上下游企业25家。',
    'enterprises-new-target',
    25,
    undefined,
    '引进产业链上下游企业25家',
  ],
  ['招引锂电池配套企业30余家，', 'enterprises-new-target', 30, '余', '招引锂电池配套企业30余家'],
  ['新引进３０家企业。', 'enterprises-new-target', 30, undefined, '新引进３０家'],
  ['构建生产、研发、应用、服务的50亿级产业链。', 'scale-target', 50, '级', '50亿级'],
  ['打造百亿级产业集群。', 'scale-target', 100, '级', '百亿级'],
  ['到2027年，产业规模突破100亿元。', 'scale-target', 100, '突破', '规模突破100亿元'],
  ['力争营业收入达到300亿元。', 'scale-target', 300, undefined, '营业收入达到300亿元'],
  ['到2027年产业规模迈上30亿元台阶。', 'scale-target', 30, undefined, '规模迈上30亿元'],
  [
    '力争新落地上下游企业20家以上，',
    'enterprises-new-target',
    20,
    '以上',
    '落地上下游企业20家以上',
  ],
];

describe('readMetrics', () => {
  it.each(cases)('%s → %s %d', (text, id, value, qualifier, quote) => {
    const d = doc(text);
    const m = readMetrics(d).find((x) => x.id === id);
    expect(m).toMatchObject({ value });
    expect(m?.qualifier).toBe(qualifier);
    expect(m?.evidence[0]?.quote).toBe(quote);
    expect(spansHold(d, m?.evidence ?? [])).toBe(true);
  });

  it.each([
    ['力争新引进30家企业', 'enterprises-current'], // a target is no current count
    ['设立总规模20亿元的产业基金', 'scale-target'], // a fund in the present is no target
    ['支持企业引进人才', 'enterprises-new-target'],
  ])('%s reads no %s', (text, id) =>
    expect(readMetrics(doc(text)).map((m) => m.id)).not.toContain(id),
  );

  it('a firm band’s threshold is the band, not a scale target competing with the chain’s', () => {
    const d = doc('到2026年，产业规模达到300亿元，培育营业收入10亿元以上的企业3家。');
    const problems = new Problems();
    const ms = readMetrics(d, 0, d.view.length, problems);
    expect(ms.filter((m) => m.id.startsWith('scale')).map((m) => m.value)).toEqual([300]);
    expect(ms.find((m) => m.band)).toMatchObject({ value: 3, band: '营业收入10亿元以上' });
    expect(problems.warnings).toEqual([]);
  });

  it('the same measure of another thing in its clause is a metric of its own, named by its words', () => {
    const d = doc('到2025年，人工智能核心产业规模达到100亿元，带动相关产业规模达到200亿元。');
    const problems = new Problems();
    const ms = readMetrics(d, 0, d.view.length, problems);
    expect(ms.map((m) => [m.value, m.evidence[0]?.quote])).toEqual([
      [100, '规模达到100亿元'],
      [200, '规模达到200亿元'],
    ]);
    expect(new Set(ms.map((m) => m.id)).size).toBe(2);
    expect(problems.warnings).toEqual([]);
  });

  it('a figure stated twice with another value: the first is kept, the second reported at its line and column', () => {
    const d = doc('聚集企业40余家。\n其中现有规上企业12家。');
    const problems = new Problems();
    expect(
      readMetrics(d, 0, d.text.length, problems).find((m) => m.id === 'enterprises-current')?.value,
    ).toBe(40);
    expect(problems.warnings[0]).toMatchObject({ line: 2, col: 3, severity: 'warning' });
  });
});
