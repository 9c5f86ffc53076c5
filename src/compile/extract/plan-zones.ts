/**
 * A plan's zone list (such as 专栏十一): `新乡经济技术开发区。主要承接装备制造(智能设备、…)、
 * 汽车制造(…)等领域。` — what each development zone takes in, by industry, with the items in
 * brackets as its focus.
 */
import { bracketed, splitList } from '../text/lists.ts';
import { isZoneName } from '../text/places.ts';
import { evidence, groupSpan, paragraphs, textAt, type SourceDoc } from '../text/view.ts';
import type { Named } from './plan-industries.ts';

export interface ZoneRead extends Named {
  industries: { industry: Named; focus: Named[]; evidence: ReturnType<typeof evidence> }[];
}

const ZONE_LINE =
  /^\s*(?<zone>[\u4e00-\u9fa5]{3,30}?)[。.:：]\s*(?:主要承接|重点承接|重点发展|主导产业为|主要发展)(?<list>.+?)等(?:领域|产业|行业)/d;

/**
 * The zones of the plan's zone lists, in document order.
 * @example '长垣经济技术开发区。主要承接汽车制造(汽车零部件及配件制造)等领域。'
 *   // → [{ name: '长垣经济技术开发区', industries: [{ industry: '汽车制造', focus: ['汽车零部件及配件制造'] }] }]
 */
export function readZones(doc: SourceDoc): ZoneRead[] {
  const out: ZoneRead[] = [];
  for (const p of paragraphs(doc.view)) {
    const m = ZONE_LINE.exec(p.text);
    if (!m || !isZoneName(m.groups?.zone as string)) continue;
    const [zs, ze] = groupSpan(m, 'zone', p.start);
    const [ls, le] = groupSpan(m, 'list', p.start);
    out.push({
      name: textAt(doc, zs, ze),
      evidence: evidence(doc, zs, ze),
      industries: splitList(doc.view, ls, le, '、').map((it) => {
        const { head, inner } = bracketed(it, doc.view);
        return {
          industry: {
            name: textAt(doc, head.start, head.end),
            evidence: evidence(doc, head.start, head.end),
          },
          focus: inner.map((f) => ({
            name: textAt(doc, f.start, f.end),
            evidence: evidence(doc, f.start, f.end),
          })),
          evidence: evidence(doc, it.start, it.end),
        };
      }),
    });
  }
  return out;
}
