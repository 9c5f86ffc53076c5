/**
 * Text as reprint sites give it: a mainland document converted to traditional characters, often
 * with the pinyin of a character glued after it (產(chǎn)業(yè) for 产业). The document was published in
 * simplified characters; reading it back in them (OpenCC's traditional → simplified tables, one
 * character for one, so a sentence keeps its length) and without the glosses restores its words.
 * A simplified text is left as it is.
 */
import * as OpenCC from 'opencc-js/t2cn';

/** A pinyin gloss after a character: letters with at least one tone mark, in brackets. */
const GLOSS =
  /(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;
/**
 * A toneless gloss, repeated or not (茶(cha)(cha)(cha), 落實(shi)): lowercase letters that make a
 * pinyin syllable, in brackets after a character. Taken out only of a reprint in traditional
 * characters, where the site put them; elsewhere letters in brackets are words (人工智能(AI)).
 */
const TONELESS =
  /(?<=[\u4e00-\u9fff])(?:\((?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:[aeiouv]|ü)[a-z]{0,4}\))+/g;
/** The share of characters that must change before a text is taken for traditional. */
const TRADITIONAL_SHARE = 0.03;

let t2s: ((s: string) => string) | null = null;
const convert = (s: string): string =>
  (t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' }) as (s: string) => string)(s);

/** Whether at least TRADITIONAL_SHARE of a sample's characters are traditional. */
function traditionalShare(sample: string): boolean {
  const cjk = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const converted = convert(sample);
  let changed = 0;
  for (let i = 0; i < Math.min(sample.length, converted.length); i++)
    if (converted[i] !== sample[i]) changed++;
  return cjk > 0 && changed / cjk >= TRADITIONAL_SHARE;
}

/**
 * The text in simplified characters and without pinyin glosses, and how much was changed; the same
 * text (changed: 0) when it was neither traditional nor glossed.
 * @example normaliseScript('產(chǎn)業(yè)發(fā)展規(guī)劃') // → { text: '产业发展规划', glosses: 3, traditional: 4 }
 */
export function normaliseScript(text: string): {
  text: string;
  glosses: number;
  traditional: number;
} {
  let glosses = 0;
  let out = text.replace(GLOSS, () => {
    glosses++;
    return '';
  });
  const cjk = out.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  // A simplified text (most documents) is told by its opening, without converting all of it.
  if (glosses === 0 && !traditionalShare(out.slice(0, 2000)))
    return { text, glosses, traditional: 0 };
  let simplified = convert(out);
  // One character for one: where a phrase changed the length, character by character.
  if (simplified.length !== out.length)
    simplified = Array.from(out, (c) => {
      const x = convert(c);
      return x.length === c.length ? x : c;
    }).join('');
  let traditional = 0;
  for (let i = 0; i < out.length; i++) if (simplified[i] !== out[i]) traditional++;
  if (cjk > 0 && traditional / cjk >= TRADITIONAL_SHARE)
    out = simplified.replace(TONELESS, (m) => {
      glosses += m.split('(').length - 1;
      return '';
    });
  else traditional = 0;
  return { text: out, glosses, traditional };
}
