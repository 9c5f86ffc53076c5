/**
 * Files the robustness tests serve next to the build (called from tests/browser/setup.ts):
 * broken maps under `synthetic/bad/`, and a map whose texts are hostile markup under
 * `synthetic/hostile/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChainMap, writeSynthetic } from '../../scripts/gen-synthetic.ts';
import { COMPRESSOR } from './ids.ts';

/** Broken map files, by name, and the load error each must produce (see src/app/data/load.ts). */
export const BAD_MAPS = {
  'corrupt.json': 'corrupt',
  'html.json': 'corrupt',
  'empty.json': 'corrupt',
  'gbk.json': 'corrupt',
  'missing.json': 'notFound',
  'huge.json': 'tooLarge',
  'version-1.json': 'version',
  'no-version.json': 'version',
  'null.json': 'schema',
  'schema.json': 'schema',
  'dangling.json': 'invalid',
  'duplicate.json': 'invalid',
} as const;

/** The bytes of each file in BAD_MAPS (missing.json is not written: it must 404). */
function badFiles(): Record<string, string | Uint8Array> {
  const good = (): ReturnType<typeof generateChainMap>['map'] =>
    generateChainMap({ nodes: 300, seed: 7, filePrefix: 'synthetic/' }).map;
  const text = JSON.stringify(good());
  // A map of the contract's first version (one chain): this app reads schemaVersion 2 only.
  const v1 = { ...good(), schemaVersion: 1 };
  const noVersion: Record<string, unknown> = { ...good() };
  delete noVersion.schemaVersion;
  const schema = good();
  (schema.nodes[3] as unknown as Record<string, unknown>).name = '<b>no name</b>';
  const dangling = good();
  dangling.links[0]!.target = 'no-such-node';
  const duplicate = good();
  duplicate.nodes[5]!.id = duplicate.nodes[4]!.id;
  // 21 MB: the first 20 MB are valid JSON, so only the size check can refuse it.
  const huge = `{"schemaVersion":2,"generator":"${'x'.repeat(21 * 1024 * 1024)}"}`;
  return {
    'corrupt.json': text.slice(0, Math.floor(text.length / 2)),
    'html.json': '<!doctype html><title>404</title><h1>Not Found</h1>',
    'empty.json': '',
    // {"中":1} in GBK: not UTF-8.
    'gbk.json': Uint8Array.from([0x7b, 0x22, 0xd6, 0xd0, 0x22, 0x3a, 0x31, 0x7d]),
    'huge.json': huge,
    'version-1.json': JSON.stringify(v1),
    'no-version.json': JSON.stringify(noVersion),
    'null.json': 'null',
    'schema.json': JSON.stringify(schema),
    'dangling.json': JSON.stringify(dangling),
    'duplicate.json': JSON.stringify(duplicate),
  };
}

/** A payload that, if it ever ran, would set `window.__pwned`. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"></svg>',
  '"><iframe src="javascript:window.__pwned=4"></iframe>',
];

/** The node of the hostile map whose name, English name and evidence carry the payloads. */
export const HOSTILE_NODE = COMPRESSOR;

/**
 * A 300-node map whose chain name, a node's names, a source title, a reference and an evidence
 * quote (and the document text around it) carry PAYLOADS; a reference URL is `javascript:`.
 */
function hostileMap(): ReturnType<typeof generateChainMap> {
  const r = generateChainMap({ nodes: 300, seed: 7, filePrefix: 'synthetic/hostile/' });
  const [img, script, svg, iframe] = PAYLOADS as [string, string, string, string];
  const { map, texts } = r;
  const chain = map.chains.find((c) => c.featured)!;
  chain.name = { zh: `${chain.name.zh}${svg}`, en: `${chain.name.en}${svg}` };
  const node = map.nodes.find((n) => n.id === HOSTILE_NODE)!;
  node.name = { zh: `压缩机${img}${script}`, en: `Compressor${img}${script}` };
  node.search.aliases.push(img);
  node.reference = [{ url: 'javascript:window.__pwned=5', note: `${iframe} maintained by ${img}` }];
  const source = map.sources[0]!;
  source.title = `${source.title}${img}`;
  const file = source.file;
  const quote = `恶意文本${img}${script}${svg}。`;
  const start = texts[file]!.length;
  texts[file] = `${texts[file]!}${quote}\n`;
  node.evidence.unshift({ source: source.id, start, end: start + quote.length, quote });
  return r;
}

/** Writes the broken maps and the hostile map into the served build at `outDir`. */
export function writeRobustnessFixtures(outDir: string): void {
  const dir = join(outDir, 'synthetic', 'bad');
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of Object.entries(badFiles())) writeFileSync(join(dir, name), body);
  writeSynthetic(hostileMap(), join(outDir, 'synthetic', 'hostile', 'map.json'), outDir);
  writeExtractedMap(join(outDir, 'synthetic', 'extracted'));
}

/**
 * A map whose documents came as .docx: each source names its original (`seeds/….docx`, not
 * served) and the text extracted from it (`textFile`, relative to the map's folder), as the
 * compiler writes them (`synthetic/extracted/map.json` and `…/sources/<id>.txt`).
 */
function writeExtractedMap(dir: string): void {
  const { map, texts } = generateChainMap({ nodes: 300, seed: 7, filePrefix: 'synthetic/' });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const s of map.sources) {
    const text = texts[s.file];
    if (text === undefined) continue;
    s.textFile = `sources/${s.id}.txt`;
    s.file = `seeds/${s.id}.docx`;
    writeFileSync(join(dir, s.textFile), text);
  }
  writeFileSync(join(dir, 'map.json'), JSON.stringify(map));
}
