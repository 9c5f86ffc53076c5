/** A numbered measure becomes a `measure` node, with its responsible bodies and cited policies. */
import type { MeasureRead } from '../../extract/measures.ts';
import { normKey } from '../../text/key.ts';
import { slug, toInitials } from '../../text/names.ts';
import type { ChainContext } from './context.ts';

/**
 * Adds the measure, its departments (`responsible-for`, one node per canonical name in the place)
 * and its policies (`cites`, matched to a source by title); returns the measure's id.
 */
export function addMeasure(
  ctx: ChainContext,
  m: MeasureRead,
  sourceByTitle: Map<string, string>,
): string {
  const { atlas } = ctx;
  const id = ctx.local(`measure-${m.number}`);
  const headingEn = m.heading
    ? atlas.hasTerm(m.heading)
      ? atlas.en(m.heading)
      : atlas.en(m.heading, m.headingEvidence ?? undefined)
    : '';
  const node = ctx.add({
    id,
    kind: 'measure',
    name: {
      zh: `第${m.number}条 ${m.name}`,
      en: `Measure ${m.number}${headingEn ? `: ${headingEn}` : ''}`,
    },
    evidence: [m.evidence],
    number: m.number,
    label: m.label,
    amounts: m.amounts,
  });
  if (m.heading) node.heading = m.heading;
  for (const d of m.departments) {
    const canonical = atlas.canonical(d.name);
    const did = atlas.freeId(`${ctx.read.regionId}-${slug(canonical, 50)}`, canonical);
    const dn = atlas.add({
      id: did,
      kind: 'department',
      name: { zh: canonical, en: atlas.en(canonical, d.evidence) },
      evidence: [],
    });
    if (d.name !== canonical && !dn.search.aliases.includes(d.name)) dn.search.aliases.push(d.name);
    dn.evidence.push(d.evidence);
    atlas.link(did, id, 'responsible-for', [d.evidence]);
  }
  for (const p of m.policies) {
    const pid = atlas.freeId(
      `policy-${toInitials(p.title).slice(0, 40) || slug(p.title, 40)}`,
      p.title,
    );
    const pn = atlas.add({
      id: pid,
      kind: 'policy',
      name: { zh: p.title, en: atlas.en(p.title, p.evidence) },
      evidence: [],
      title: p.title,
      matchesSource: sourceByTitle.get(normKey(p.title)) ?? null,
    });
    pn.evidence.push(p.evidence);
    atlas.link(id, pid, 'cites', [p.evidence]);
  }
  return id;
}
