/** An atlas on small texts and small curated data, for assemble/'s table tests. */
import type { Reference } from '../../contract/chain-map.ts';
import type { Curated, Segment } from '../curated/data.ts';
import type { LoadedSource } from '../io/sources.ts';
import { Problems } from '../problems.ts';
import { doc } from '../text/doc.test-util.ts';
import { Atlas } from './atlas.ts';

export const REF: Reference[] = [{ url: 'https://example.org/source' }];

/** A document `id` with `text`, as loaded. */
export function loaded(
  text: string,
  id = 'd',
  meta: Partial<LoadedSource['meta']> = {},
): LoadedSource {
  return { ...doc(text, id), sha256: '0'.repeat(64), meta: { file: `${id}.txt`, ...meta } };
}

/** A segment of the test taxonomy. */
export function seg(
  id: string,
  zh: string,
  tier: Segment['tier'],
  feeds: string[] = [],
  aliases: string[] = [],
): Segment {
  return { id, zh, en: id, tier, aliases, feeds, reference: REF };
}

/** A small thermal taxonomy: 铝材 → 压缩机 → 热泵空调 → 整车. */
export const SEGMENTS: Segment[] = [
  seg('up-al', '铝材', 'upstream', ['mid-comp']),
  seg('mid-comp', '压缩机', 'midstream', ['mid-hp'], ['电动压缩机']),
  seg('mid-hp', '热泵空调', 'midstream', ['down-oem']),
  seg('down-oem', '整车', 'downstream'),
];

export function curated(over: Partial<Curated> = {}): Curated {
  return {
    industry: { zh: '汽车热管理', en: 'Automotive thermal management', aliases: ['热管理'] },
    segments: SEGMENTS,
    regions: [
      { id: 'henan', zh: '河南省', en: 'Henan', level: 'province', reference: REF },
      { id: 'xx', zh: '新乡市', en: 'Xinxiang', level: 'city', parent: 'henan', reference: REF },
      {
        id: 'xx-etdz',
        zh: '新乡经济技术开发区',
        en: 'Xinxiang ETDZ',
        aliases: ['新乡经开区'],
        level: 'zone',
        parent: 'xx',
        reference: REF,
      },
    ],
    local: [],
    customers: [],
    terms: { 商务局: { en: 'Bureau of Commerce', aliases: ['区商务局'] } },
    ...over,
  };
}

export function testAtlas(docs: LoadedSource[], over: Partial<Curated> = {}): Atlas {
  return new Atlas(curated(over), docs, new Problems());
}

/** The atlas's links as `source -kind-> target` lines. */
export function linkLines(atlas: Atlas): string[] {
  return atlas.links.map((l) => `${l.source} -${l.kind}-> ${l.target}`);
}
