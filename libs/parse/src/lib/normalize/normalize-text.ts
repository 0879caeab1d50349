import { MappedText } from './mapped-text';
import { normalizeCharacters } from './normalize-characters';
import { dropPinyinGlosses } from './pinyin-glosses';
import { foldTraditional } from './traditional-characters';
import { unwrapSoftLineBreaks } from './unwrap-lines';

/**
 * Full normalization: characters first (a mirror's pinyin glosses left out, a Traditional page folded to Simplified), then
 * soft line breaks (which need normalized headings to be seen).
 */
export function normalizeText(original: string): MappedText {
  return unwrapSoftLineBreaks(foldTraditional(dropPinyinGlosses(normalizeCharacters(original))), original);
}
