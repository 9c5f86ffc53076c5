/**
 * A reference as a reader sees it: its kind and title (or note), the publisher where known, and
 * the site's host only when nothing else names it — never the raw URL.
 */
import type { Reference, Source } from '../../contract/chain-map.ts';
import type { Strings } from '../i18n/strings.ts';

/**
 * @example referenceLabel({ url: 'https://www.catl.com/en/', title: 'CATL (official site)' }, t)
 *   // → 'CATL (official site)'
 * @example referenceLabel({ url: 'https://a.example/x/y.html', kind: 'media' }, t) // → 'Media · a.example'
 */
export function referenceLabel(r: Reference, t: Pick<Strings, 'referenceKinds'>): string {
  const kind = r.kind ? ((t.referenceKinds as Record<string, string>)[r.kind] ?? r.kind) : '';
  const title = r.title ?? r.note ?? hostOf(r.url) ?? '';
  return [kind, title, r.publisher && r.publisher !== title ? r.publisher : '']
    .filter(Boolean)
    .join(' · ');
}

/** The host of a URL without "www.", or undefined when it is no URL. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * A document's issuer, place and date, each named and said once: the place is left out when the
 * issuer already names it (新乡经济技术开发区 · 新乡经济技术开发区 → one).
 * @example sourceMeta({ issuer: '新乡市', region: '新乡市', date: '2022-12-07' }, t)
 *   // → '发布：新乡市 · 日期：2022-12-07'
 */
export function sourceMeta(
  s: Pick<Source, 'issuer' | 'region' | 'date'>,
  t: Pick<Strings, 'sourceMeta'>,
): string {
  const parts: string[] = [];
  if (s.issuer) parts.push(`${t.sourceMeta.issuer}${s.issuer}`);
  if (s.region && !(s.issuer ?? '').includes(s.region))
    parts.push(`${t.sourceMeta.region}${s.region}`);
  if (s.date) parts.push(`${t.sourceMeta.date}${s.date}`);
  return parts.join(' · ');
}
