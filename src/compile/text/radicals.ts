/**
 * Radicals that stand for whole ideographs. Fonts often draw 车 and the radical ⻋ with one glyph,
 * and a PDF's text layer may then name the radical: pdf.js gives "汽⻋" for what reads 汽车, and
 * "⼗四五" (KANGXI RADICAL TEN) for 十四五. Text taken from a PDF is read through this map so its
 * words are the words of the document.
 *
 * The table is Unicode's EquivalentUnifiedIdeograph.txt for the CJK Radicals Supplement
 * (U+2E80–U+2EFF; UCD 14.0, as shipped with Perl's Unicode::UCD); Kangxi radicals (U+2F00–U+2FD5)
 * and CJK compatibility ideographs (U+F900–U+FAFF) have standard decompositions (NFKC) to the same.
 */

/** Pairs: a radical, then the ideograph it stands for (some beyond the BMP). */
const SUPPLEMENT =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const MAP = new Map<string, string>();
{
  const chars = Array.from(SUPPLEMENT);
  for (let i = 0; i + 1 < chars.length; i += 2) MAP.set(chars[i] as string, chars[i + 1] as string);
}

/**
 * Kangxi radicals whose standard ideograph is a traditional form that simplified-Chinese fonts draw
 * with the simplified character's glyph: in a mainland document ⼾ was 户 (not 戶), ⾭ was 青 (not 靑).
 */
const SIMPLIFIED: Record<string, string> = { '\u2f3e': '户', '\u2fad': '青' };

/**
 * `text` with radicals and compatibility ideographs replaced by the unified ideographs they
 * stand for; everything else (full-width forms, spaces) is left as it is.
 * @example unifyIdeographs('汽⻋⼗四五⼾') // → '汽车十四五户'
 */
export function unifyIdeographs(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fd5\uf900-\ufaff]/g, (c) =>
    c <= '\u2eff' ? (MAP.get(c) ?? c) : (SIMPLIFIED[c] ?? c.normalize('NFKC')),
  );
}
