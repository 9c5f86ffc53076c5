/**
 * Title, issuer, region, date and kind of a document, read from its text where it states them,
 * else from the manifest, else null. Each value read from the text carries its evidence.
 */
import type { Evidence, Source } from '../../contract/chain-map.ts';
import type { Region } from '../curated/data.ts';
import type { LoadedSource } from '../io/sources.ts';
import { evidence, linesOf, squeeze } from '../text/view.ts';
import type { Problems } from '../problems.ts';

/** Reads a document's metadata. */
export function readMetadata(doc: LoadedSource, regions: Region[], problems: Problems): Source {
  const ev: Evidence[] = [];
  const t = readTitle(doc);
  let title = doc.meta.title ?? null;
  let titleFrom: Source['titleFrom'] = 'manifest';
  let issuer = doc.meta.issuer ?? null;
  if (t) {
    title = t.title;
    titleFrom = 'text';
    ev.push(...t.evidence);
    if (t.issuer && !doc.meta.issuer) issuer = t.issuer;
  }
  if (title === null) {
    problems.at(doc.file, doc.text, 0, 'no-title');
    title = doc.id;
  }
  const date = doc.meta.date ?? readDate(doc, ev);
  const region = doc.meta.region ?? readRegion(doc, title, regions, ev);
  return {
    id: doc.id,
    file: doc.file,
    sha256: doc.sha256,
    ...(doc.textFile ? { textFile: doc.textFile } : {}),
    title,
    titleFrom,
    issuer,
    region,
    date,
    kind: doc.meta.kind ?? kindOf(title),
    evidence: ev,
  };
}

interface TitleRead {
  title: string;
  issuer?: string;
  evidence: Evidence[];
}

/**
 * The title: a news report's "X发布关于印发《T》的通知" sentence (T is the document), or else the
 * heading lines at the top (short, not ending in ：or 。), joined.
 */
export function readTitle(doc: LoadedSource): TitleRead | null {
  const head = doc.view.slice(0, 400);
  const news = /([^\n。]{2,30}?)(?:发布|印发)了?关于印发([^\n。]{4,60}?)的通知/.exec(head);
  if (news) {
    const start = news.index + (news[1] as string).length;
    const ts = doc.view.indexOf(news[2] as string, start);
    const issuerEv = evidence(doc, news.index, start);
    return {
      title: squeeze(doc.text.slice(ts, ts + (news[2] as string).length)),
      issuer: squeeze(issuerEv.quote),
      evidence: [evidence(doc, ts, ts + (news[2] as string).length), issuerEv],
    };
  }
  const lines = linesOf(doc.view);
  const picked: { start: number; end: number }[] = [];
  for (const { start, text } of lines) {
    const line = text.trim();
    if (line === '') {
      if (picked.length > 0) break;
      continue;
    }
    if (isDateLine(line) || line.length > 40 || /[:：。,，;；]$/.test(line)) break;
    if (/^([一二三四五六七八九十]+、|\d+[.、]|\()/.test(line)) break;
    const s = start + text.indexOf(line);
    picked.push({ start: s, end: s + line.length });
    if (picked.length === 3) break;
  }
  if (picked.length === 0) return null;
  const first = picked[0] as { start: number };
  const last = picked[picked.length - 1] as { end: number };
  const title = squeeze(picked.map((p) => doc.text.slice(p.start, p.end)).join(''));
  if (title.length < 4) return null;
  return { title, evidence: [evidence(doc, first.start, last.end)] };
}

function isDateLine(line: string): boolean {
  return /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}/.test(line);
}

/** A publication date on a line of its own near the top (`2022-12-07 00:00`), else the date it takes effect. */
function readDate(doc: LoadedSource, ev: Evidence[]): string | null {
  const head = doc.view.slice(0, 600);
  const m = /(?:^|\n)\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?/.exec(head);
  const effective = /(?:自|从)(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:施行|实施|执行)/.exec(
    doc.view,
  );
  const found = m ?? effective;
  if (!found) return null;
  const s = found.index + found[0].indexOf(found[1] as string);
  ev.push(evidence(doc, s, found.index + found[0].length));
  return `${found[1]}-${(found[2] as string).padStart(2, '0')}-${(found[3] as string).padStart(2, '0')}`;
}

/**
 * The region a document governs: the most specific known place named in its title; else the place
 * (or its sub-places) the text names most, at the level the text speaks for itself (我省 → a
 * province, 我市 → a city, 我区 → a zone).
 */
export function readRegion(
  doc: LoadedSource,
  title: string,
  regions: Region[],
  ev: Evidence[],
): string | null {
  const names = (r: Region) => [r.zh, ...(r.aliases ?? [])].filter((n) => n.length >= 2);
  const depth = (r: Region): number => {
    let d = 0;
    let p = r.parent;
    while (p && d < 10) {
      d++;
      p = regions.find((x) => x.id === p)?.parent;
    }
    return d;
  };
  const inTitle = regions
    .filter((r) => names(r).some((n) => title.includes(n)))
    .sort((a, b) => depth(b) - depth(a));
  const top = inTitle[0];
  if (top) {
    const n = names(top).find((x) => title.includes(x)) as string;
    const at = doc.view.indexOf(n);
    if (at >= 0 && at < 400) ev.push(evidence(doc, at, at + n.length));
    return top.zh;
  }
  const self = /我(省|市|区|县)/.exec(doc.view);
  const level = self
    ? ({ 省: 'province', 市: 'city', 区: 'zone', 县: 'county' } as const)[self[1] as '省']
    : null;
  const count = new Map<string, { n: number; at: number; len: number }>();
  for (const r of regions) {
    for (const n of names(r)) {
      let i = doc.view.indexOf(n);
      while (i >= 0) {
        // Credit the place and every place that contains it at the level we look for.
        let cur: Region | undefined = r;
        while (cur) {
          const c = count.get(cur.id) ?? { n: 0, at: i, len: n.length };
          c.n++;
          count.set(cur.id, c);
          cur = regions.find((x) => x.id === cur?.parent);
        }
        i = doc.view.indexOf(n, i + n.length);
      }
    }
  }
  const candidates = regions
    .filter((r) => (level ? r.level === level : true) && (count.get(r.id)?.n ?? 0) > 0)
    .sort((a, b) => (count.get(b.id)?.n ?? 0) - (count.get(a.id)?.n ?? 0));
  const best = candidates[0];
  if (!best) return null;
  const c = count.get(best.id) as { at: number; len: number };
  ev.push(evidence(doc, c.at, c.at + c.len));
  return best.zh;
}

/** The document kind from the title's last words. */
export function kindOf(title: string): string {
  const t = title.replace(/[(（][^)）]*[)）]$/, '');
  if (/措施$/.test(t)) return 'measures';
  if (/行动方案$|方案$/.test(t)) return 'action-plan';
  if (/规划$/.test(t)) return 'plan';
  if (/意见$/.test(t)) return 'opinion';
  if (/通知$/.test(t)) return 'notice';
  if (/办法$|条例$|细则$/.test(t)) return 'regulation';
  return 'document';
}
