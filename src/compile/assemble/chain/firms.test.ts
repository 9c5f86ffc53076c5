import { describe, expect, it } from 'vitest';
import type { Firm } from '../../curated/data.ts';
import { linkLines, REF, SEGMENTS } from '../atlas.test-util.ts';
import { chainOf, segmentLines } from './chain.test-util.ts';
import { linkCustomers, placeLocalFirms } from './firms.ts';
import { addSegments } from './segments.ts';

const firm = (id: string, zh: string, over: Partial<Firm> = {}): Firm => ({
  id,
  zh,
  en: id,
  segments: [],
  reference: REF,
  ...over,
});
const LOCAL = [
  firm('acme', '甲热管理', { region: 'xx-etdz', segments: ['mid-comp'], customers: ['byd'] }),
  firm('elsewhere', '乙公司', { region: 'other', segments: ['mid-hp'] }),
];
const CUSTOMERS = [firm('byd', '比亚迪', { segments: ['down-oem'] })];

describe('placeLocalFirms: curated firms of the place, present in their segments', () => {
  it('places the firm of this place only', () => {
    const ctx = chainOf('甲热管理扩产。', { local: LOCAL, customers: CUSTOMERS });
    addSegments(ctx, SEGMENTS);
    expect(placeLocalFirms(ctx, LOCAL).map((f) => f.id)).toEqual(['acme']);
    expect(segmentLines(ctx).filter((l) => l.includes('present'))).toEqual([
      'c-mid-comp midstream present []',
    ]);
    expect(linkLines(ctx.atlas)).toEqual(['acme -in-segment-> c-mid-comp']);
    expect(ctx.atlas.nodes.get('acme')?.evidence.map((e) => e.quote)).toEqual(['甲热管理']);
  });
});

describe('linkCustomers: the customers the document names', () => {
  it.each([
    [
      '产品配套比亚迪、某车企等整车企业。',
      true,
      [
        'byd -customer-of-> c',
        'c-down-oem -customer-of-> byd',
        'firm-mou-che-qi -customer-of-> c',
        'acme -customer-of-> byd',
      ],
    ],
    // Without the taxonomy the curated customer is not placed in a segment.
    ['产品配套比亚迪等整车企业。', false, ['byd -customer-of-> c', 'acme -customer-of-> byd']],
  ])('%s', (text, classify, links) => {
    const ctx = chainOf(text, { local: LOCAL, customers: CUSTOMERS });
    linkCustomers(ctx, ctx.read.customers, [LOCAL[0] as Firm], classify);
    expect(linkLines(ctx.atlas)).toEqual(links);
  });
});
