import { MappedText } from './mapped-text';
import { normalizeCharacters } from './normalize-characters';
import { unwrapSoftLineBreaks } from './unwrap-lines';

/** Full normalization: characters first, then soft line breaks (which need normalized headings to be seen). */
export function normalizeText(original: string): MappedText {
  return unwrapSoftLineBreaks(normalizeCharacters(original));
}
