/**
 * The atlas being built: nodes, links and chains, with the helpers every build pass shares — one
 * node per id (a second add with another name gets a suffixed id), one link per source, target and
 * kind (evidence merged), English names from the curated glossary (pinyin and a warning when
 * missing), and mentions of names in documents.
 */
import type {
  Bilingual,
  Chain,
  ChainNode,
  Evidence,
  Link,
  Reference,
} from '../../contract/chain-map.ts';
import type { Curated } from '../curated/data.ts';
import type { ProblemCode, Problems } from '../problems.ts';
import type { LoadedSource } from '../io/sources.ts';
import { slug, toInitials, toPinyin } from '../text/names.ts';
import { gloss, transliterate, type Dictionary } from '../text/gloss.ts';
import { normKey } from '../text/key.ts';
import { evidence, type SourceDoc } from '../text/view.ts';

export type NodeInput = Omit<ChainNode, 'search'> & { aliases?: string[] };

export class Atlas {
  readonly nodes = new Map<string, ChainNode>();
  readonly links: Link[] = [];
  readonly chains: Chain[] = [];
  private readonly linkIndex = new Map<string, Link>();
  private readonly terms = new Map<
    string,
    { en: string; canonical: string; reference?: Reference[] }
  >();
  readonly docs: Map<string, LoadedSource>;

  constructor(
    readonly curated: Curated,
    docs: LoadedSource[],
    readonly problems: Problems,
    /** CC-CEDICT where the host has it (Node); without it, names no curated list knows are pinyin. */
    private readonly dictionary?: Dictionary,
  ) {
    this.docs = new Map(docs.map((d) => [d.id, d]));
    for (const [zh, t] of Object.entries(curated.terms)) {
      const term = { en: t.en, canonical: zh, ...(t.reference ? { reference: t.reference } : {}) };
      this.terms.set(normKey(zh), term);
      for (const a of t.aliases ?? []) this.terms.set(normKey(a), term);
    }
  }

  /** Adds a node (search names computed here); returns the existing one when the id is taken. */
  add(n: NodeInput): ChainNode {
    const have = this.nodes.get(n.id);
    if (have) return have;
    const { aliases = [], ...rest } = n;
    const node: ChainNode = {
      ...rest,
      search: {
        pinyin: toPinyin(n.name.zh),
        // The name's initials, then each Chinese alias's (新乡经开区 → xxjkq), space-separated.
        initials: [
          ...new Set(
            [n.name.zh, ...aliases.filter((a) => /[^\p{ASCII}]/u.test(a))].map(toInitials),
          ),
        ]
          .filter(Boolean)
          .join(' '),
        aliases: [...new Set(aliases.filter((a) => a !== n.name.zh))],
      },
    };
    this.nodes.set(node.id, node);
    return node;
  }

  /**
   * An id for a shared node named `zh`: `base`, or `base-2`… when `base` is taken by a node of
   * another name (two firms whose pinyin is the same).
   */
  freeId(base: string, zh: string): string {
    let id = base;
    for (let i = 2; this.nodes.has(id) && this.nodes.get(id)?.name.zh !== zh; i++)
      id = `${base}-${i}`;
    return id;
  }

  /** Adds a link, or merges its evidence into the link with the same ends and kind. */
  link(
    source: string,
    target: string,
    kind: string,
    ev: Evidence[],
    extra: { reference?: Reference[]; focus?: string[] } = {},
  ): Link {
    const key = `${source}|${target}|${kind}`;
    const have = this.linkIndex.get(key);
    if (have) {
      for (const e of ev)
        if (!have.evidence.some((x) => x.source === e.source && x.start === e.start))
          have.evidence.push(e);
      for (const f of extra.focus ?? []) if (!have.focus?.includes(f)) (have.focus ??= []).push(f);
      return have;
    }
    const l: Link = { source, target, kind, evidence: [...ev] };
    if (extra.focus) l.focus = [...extra.focus];
    if (extra.reference) l.reference = extra.reference;
    this.links.push(l);
    this.linkIndex.set(key, l);
    return l;
  }

  /** The canonical spelling of a glossary term (a department written two ways is one body). */
  canonical(zh: string): string {
    return this.terms.get(normKey(zh))?.canonical ?? zh;
  }

  /** English for a Chinese name: the curated one, else a gloss or pinyin (see `bilingual`). */
  en(zh: string, at?: Evidence, what = 'data/glossary.yaml'): string {
    return this.bilingual(zh, at, what).en;
  }

  /**
   * A name in both languages: the curated English (data/glossary.yaml, data/names.yaml); else,
   * for a firm, a transliteration (`enSource: 'transliteration'`); else a CC-CEDICT gloss
   * (`enSource: 'gloss'`); else pinyin with a warning at `at`.
   */
  bilingual(zh: string, at?: Evidence, what = 'data/glossary.yaml', firm = false): Bilingual {
    const t = this.terms.get(normKey(zh));
    if (t) return { zh, en: t.en };
    const d = this.dictionary;
    if (d) {
      // A firm's name is its own: never glossed (the dictionary's 索菲亚 is the capital of Bulgaria).
      if (firm)
        return { zh, en: transliterate(zh, this.curated.words ?? {}), enSource: 'transliteration' };
      const g = gloss(zh, d);
      if (g) return { zh, en: g, enSource: 'gloss' };
    }
    if (at) this.warnAt(at, 'no-english', { zh, file: what });
    return { zh, en: capitalise(toPinyin(zh)) };
  }

  /** The reference of a curated name (a firm's own site), if it has one. */
  nameReference(zh: string): Reference[] | undefined {
    return this.terms.get(normKey(zh))?.reference;
  }

  /** Whether the glossary has `zh`. */
  hasTerm(zh: string): boolean {
    return this.terms.has(normKey(zh));
  }

  warnAt(at: Evidence, code: ProblemCode, params: Record<string, string | number> = {}): void {
    const doc = this.docs.get(at.source);
    if (doc) this.problems.at(doc.file, doc.text, at.start, code, params, 'warning');
  }

  /** Mentions of any of `names` in `docs` (2+ CJK characters or 3+ ascii), up to `max` per document. */
  mentions(docs: SourceDoc[], names: string[], taken: Evidence[], max = 3): Evidence[] {
    const out: Evidence[] = [];
    for (const d of docs) out.push(...mentionsIn(d, names, 0, d.view.length, taken).slice(0, max));
    return out;
  }
}

/** Mentions of `names` in `doc.view[from, to)`, not overlapping `taken`, in document order. */
export function mentionsIn(
  doc: SourceDoc,
  names: string[],
  from: number,
  to: number,
  taken: Evidence[] = [],
): Evidence[] {
  const out: Evidence[] = [];
  const usable = [...new Set(names)].filter((n) =>
    /[^\p{ASCII}]/u.test(n) ? n.length >= 2 : n.length >= 3,
  );
  const hay = doc.view.slice(from, to);
  for (const n of usable) {
    const ascii = !/[^\p{ASCII}]/u.test(n);
    for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + n.length)) {
      const s = from + i;
      const e = s + n.length;
      const boundary =
        !ascii ||
        (!/[A-Za-z0-9]/.test(doc.view[s - 1] ?? ' ') && !/[A-Za-z0-9]/.test(doc.view[e] ?? ' '));
      const overlaps = [...taken, ...out].some(
        (x) => x.source === doc.id && x.start < e && s < x.end,
      );
      if (boundary && !overlaps) out.push(evidence(doc, s, e));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `${prefix}-${slug(text)}`, the text romanised. */
export function idOf(prefix: string, text: string, max = 40): string {
  return `${prefix}-${slug(text, max) || 'x'}`;
}

export function capitalise(s: string): string {
  return s.replace(/(^|\s)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
}
