import { MappedText, MappedTextBuilder } from './mapped-text';

/** A vowel with a tone mark: what a pinyin gloss has and running text in Latin letters seldom does. */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** The block the tone marks lie in (à … ǜ), one range: tested first, several times faster over a whole text than the set. */
const TONE_MARK_BLOCK = /[\u00e0-\u01dc]/;

/**
 * Rule `pinyin-gloss`: some mirrors of government pages follow characters with their pinyin in brackets (東昌區(qū)人民政府
 * 工作報(bào)告, 經(jīng)濟(jì): 东昌 2023; 周寧加快推進(jìn)“三庫(kù)”: 周宁 2023). A gloss, one syllable with its tone mark right
 * after a Chinese character, is no part of the text: it is left out of the normalized text (the original keeps it), so
 * words (报告, 经济, 增长) read whole again.
 */
const GLOSS = /(?<=[\u4e00-\u9fff])[（(]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[）)]/g;

export function dropPinyinGlosses(mapped: MappedText): MappedText {
  const text = mapped.text;
  if (!TONE_MARK_BLOCK.test(text) || !TONE_MARK.test(text)) return mapped;
  const builder = new MappedTextBuilder(mapped);
  let from = 0;
  for (const match of text.matchAll(GLOSS)) {
    if (!TONE_MARK.test(match[1])) continue;
    const at = match.index ?? 0;
    builder.copy(from, at);
    from = at + match[0].length;
  }
  if (from === 0) return mapped;
  builder.copy(from, text.length);
  return builder.build();
}
