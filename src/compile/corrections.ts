/**
 * Staff's corrections of a reading, from seeds/manifest.yaml: `add` a fact the compiler missed (a
 * key link, a customer, a metric, a title), quoting its sentence, or `drop` one it misread, by
 * name. io/sources.ts found each quote in the text (and refused one that is not there, at the
 * manifest's line and column); here the added facts take the quote's exact offsets as their
 * evidence, like any fact read, and every correction is listed on the source (`Source.corrections`)
 * so the reading report marks it as set by hand.
 */
import type { Metric, Source } from '../contract/chain-map.ts';
import type { KeyLink } from './extract/key-links.ts';
import type { CustomerRead } from './extract/customers.ts';
import type { LoadedSource } from './io/sources.ts';
import type { Problems } from './problems.ts';
import { readMetrics } from './extract/metrics.ts';
import { slug } from './text/names.ts';
import { evidence, squeeze } from './text/view.ts';

/** Key links and metrics with the manifest's corrections applied; the source lists them all. */
export function correctFacts(
  doc: LoadedSource,
  source: Source,
  facts: { keyLinks: KeyLink[]; metrics: Metric[] },
  problems: Problems,
): void {
  const list = doc.corrections ?? [];
  if (list.length === 0) return;
  source.corrections = list.map((c) => ({
    action: c.action,
    kind: c.kind,
    name: c.name,
    ...(c.start >= 0 ? { evidence: [evidence(doc, c.start, c.end)] } : {}),
  }));
  for (const c of list) {
    if (c.action === 'drop') {
      const before = facts.keyLinks.length + facts.metrics.length;
      if (c.kind === 'key-link') facts.keyLinks = facts.keyLinks.filter((k) => k.term !== c.name);
      if (c.kind === 'metric') facts.metrics = facts.metrics.filter((m) => m.id !== c.name);
      if (
        (c.kind === 'key-link' || c.kind === 'metric') &&
        facts.keyLinks.length + facts.metrics.length === before
      )
        problems.at(
          doc.file,
          doc.text,
          0,
          'correction-drops-nothing',
          { kind: c.kind, name: c.name },
          'warning',
        );
      continue;
    }
    const ev = evidence(doc, c.start, c.end);
    if (c.kind === 'key-link') {
      facts.keyLinks = facts.keyLinks.filter((k) => k.term !== squeeze(ev.quote));
      facts.keyLinks.push({ term: squeeze(ev.quote), evidence: ev, context: ev });
    }
    if (c.kind === 'metric') {
      const f = c.fact;
      // The value and unit as given, else as the quote states them.
      const read = readMetrics(doc, ev.start, ev.end)[0];
      const value = f?.value ?? read?.value;
      const unit = f?.unit ?? read?.unit;
      if (value === undefined || unit === undefined) {
        problems.at(doc.file, doc.text, ev.start, 'correction-metric-no-value', {
          quote: ev.quote,
        });
        continue;
      }
      const id = f?.id ?? read?.id ?? (slug(ev.quote, 30) || 'metric');
      facts.metrics = facts.metrics.filter((m) => m.id !== id);
      facts.metrics.push({ id, value, unit, evidence: [ev] });
    }
  }
}

/** The customers with the manifest's corrections applied. */
export function correctCustomers(doc: LoadedSource, customers: CustomerRead[]): CustomerRead[] {
  let out = customers;
  for (const c of doc.corrections ?? []) {
    if (c.kind !== 'customer') continue;
    out = out.filter((x) => x.name !== c.name);
    if (c.action === 'add') {
      const ev = evidence(doc, c.start, c.end);
      out.push({ name: squeeze(ev.quote), evidence: ev });
    }
  }
  return out;
}
