import { describe, expect, it } from 'vitest';
import { REF, loaded, testAtlas } from './atlas.test-util.ts';
import { curatedFirm, firmNode } from './firms.ts';

const customers = [
  { id: 'byd', zh: '比亚迪', en: 'BYD', aliases: ['比亚迪公司'], segments: [], reference: REF },
];

describe('firmNode: one node per firm or institution across the atlas', () => {
  it.each([
    // The curated list's id, English and kind.
    ['比亚迪公司', 'enterprise', { id: 'byd', kind: 'customer', en: 'BYD' }],
    // Any other: an id from its pinyin, its kind as the reader says.
    [
      '万华化学',
      'enterprise',
      { id: 'firm-wan-hua-hua-xue', kind: 'enterprise', en: 'Wan Hua Hua Xue' },
    ],
    [
      '中国汽车工程研究院',
      'institution',
      { id: 'inst-zhong-guo-qi-che-gong-cheng-yan-jiu-yuan', kind: 'institution' },
    ],
  ] as const)('%s', (name, kind, want) => {
    const d = loaded(name);
    const atlas = testAtlas([d], { customers });
    const ev = { source: 'd', start: 0, end: name.length, quote: name };
    const n = firmNode(atlas, name, ev, kind);
    expect(n).toMatchObject({
      id: want.id,
      kind: want.kind,
      ...('en' in want ? { name: { en: want.en } } : {}),
    });
    // A second mention is the same node, its evidence once.
    expect(firmNode(atlas, name, ev, kind)).toBe(n);
    expect(n.evidence).toHaveLength(1);
  });

  it('curatedFirm: by name or alias, in its group', () => {
    const atlas = testAtlas([], { customers });
    expect(curatedFirm(atlas, '比亚迪')?.group).toBe('customers');
    expect(curatedFirm(atlas, '宁德时代')).toBeNull();
  });
});
