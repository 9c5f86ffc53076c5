/**
 * One place, one region node. Places come from the curated list (`data/regions.yaml`: English
 * names, levels, parents, aliases, each with its reference) and from the documents (a title's
 * places, a plan's zone list, its 依托… clauses). A place is found by its key (see placeKey), so
 * 新乡经开区, 新乡经济技术开发区 and a plan's bare 经开区 are one node.
 */
import type { ChainNode, Evidence } from '../../contract/chain-map.ts';
import type { Region } from '../curated/data.ts';
import { levelOf, placeKey, properPart, shortName, suffixEn, type Level } from '../text/places.ts';
import { slug, toPinyin } from '../text/names.ts';
import { capitalise, type Atlas } from './atlas.ts';

export interface PlaceContext {
  /** The region that contains the place, when the text says so. */
  parent?: string | null;
  /** Evidence for the nesting (the span that names both). */
  parentEvidence?: Evidence;
}

export class Regions {
  private readonly byKey = new Map<string, string>();
  private readonly curated = new Map<string, Region>();

  constructor(private readonly atlas: Atlas) {
    for (const r of atlas.curated.regions) {
      this.curated.set(r.id, r);
      for (const n of [r.zh, ...(r.aliases ?? [])]) this.byKey.set(placeKey(n), r.id);
    }
  }

  /** The region node id of a curated place named exactly (or by an alias) in `text`, if any. */
  curatedIn(text: string): Region[] {
    return this.atlas.curated.regions.filter((r) =>
      [r.zh, ...(r.aliases ?? [])].some((n) => n.length >= 2 && text.includes(n)),
    );
  }

  /** The short name (新乡) of a region, to read a bare 经开区 inside its plan. */
  shortOf(id: string): string {
    return shortName(this.atlas.nodes.get(id)?.name.zh ?? this.curated.get(id)?.zh ?? '');
  }

  /**
   * The region node for `name` (as written at `ev`), created when new: curated facts win; a new
   * place gets its level from its suffix, its parent from `ctx`, pinyin for English (warned).
   */
  place(name: string, ev: Evidence | null, ctx: PlaceContext = {}): string {
    const parent = ctx.parent ?? null;
    const city = parent ? this.cityShortAbove(parent) : undefined;
    const key = placeKey(name, city);
    const known = this.byKey.get(key) ?? (city ? this.byKey.get(placeKey(name)) : undefined);
    if (known) {
      const node = this.ensure(known);
      if (ev && !node.evidence.some((e) => e.source === ev.source)) node.evidence.push(ev);
      if (!node.parent && parent && parent !== node.id)
        this.setParent(node, parent, ctx.parentEvidence ?? ev);
      return node.id;
    }
    const insideCity = parent !== null && this.levelOf(parent) === 'city';
    const full = city && placeKey(name) !== key ? key : name;
    const id = this.atlas.freeId(slug(toPinyin(full), 60) || 'place', full);
    const en = `${this.properEn(properPart(full))} ${suffixEn(full)}`.trim();
    if (ev) this.atlas.warnAt(ev, 'no-english-place', { place: full, en });
    const node = this.atlas.add({
      id,
      kind: 'region',
      name: { zh: full, en },
      evidence: ev ? [ev] : [],
      level: levelOf(full, insideCity),
      parent: null,
      aliases: full !== name ? [name] : [],
    });
    this.byKey.set(key, id);
    if (parent) this.setParent(node, parent, ctx.parentEvidence ?? ev);
    return id;
  }

  /** Makes `parent` the parent of `child` (a city inside a city makes the child a county). */
  adopt(child: string, parent: string, ev: Evidence): void {
    const node = this.atlas.nodes.get(child);
    if (!node || node.parent) return;
    if (node.level === 'city' && this.levelOf(parent) === 'city') node.level = 'county';
    this.setParent(node, parent, ev);
  }

  /** The node of a curated region (and of its ancestors), added on first use. */
  ensure(id: string): ChainNode {
    const have = this.atlas.nodes.get(id);
    if (have) return have;
    const r = this.curated.get(id) as Region;
    const node = this.atlas.add({
      id: r.id,
      kind: 'region',
      name: { zh: r.zh, en: r.en },
      evidence: [],
      reference: r.reference,
      level: r.level as Level,
      parent: r.parent ?? null,
      aliases: r.aliases ?? [],
    });
    if (r.parent) {
      this.ensure(r.parent);
      this.atlas.link(r.id, r.parent, 'part-of', [], { reference: r.reference });
    }
    return node;
  }

  /** The region id and its ancestors, nearest first. */
  line(id: string): string[] {
    const out: string[] = [];
    for (
      let r: string | null | undefined = id;
      r && out.length < 20;
      r = this.atlas.nodes.get(r)?.parent
    )
      out.push(r);
    return out;
  }

  /** English for the proper part of a name: a known place it starts with, then pinyin. */
  private properEn(proper: string): string {
    const known = [...this.curated.values()]
      .flatMap((r) => [r.zh, ...(r.aliases ?? [])].map((n) => ({ n, r })))
      .filter(({ n }) => n.length >= 2 && proper.startsWith(n))
      .sort((a, b) => b.n.length - a.n.length)[0];
    const rest = known ? proper.slice(known.n.length) : proper;
    const romanised = rest ? capitalise(toPinyin(rest).replace(/ /g, '')) : '';
    return [known?.r.en, romanised].filter(Boolean).join(' ');
  }

  private setParent(node: ChainNode, parent: string, ev: Evidence | null | undefined): void {
    node.parent = parent;
    if (ev) this.atlas.link(node.id, parent, 'part-of', [ev]);
  }

  private levelOf(id: string): string | undefined {
    return this.atlas.nodes.get(id)?.level ?? this.curated.get(id)?.level;
  }

  /** The short name of the nearest city at or above `id`. */
  private cityShortAbove(id: string): string | undefined {
    for (const r of this.line(id)) if (this.levelOf(r) === 'city') return this.shortOf(r);
    return undefined;
  }
}
