import { Converter } from 'opencc-js';
import type { MappedText } from './mapped-text';

/**
 * Characters of Traditional Chinese that Simplified text never writes, among the most frequent of official prose
 * (們 這 個 為 國 會 發 經 濟 …): a page mirrored in Traditional characters (a Hong Kong or Taiwan copy, a 繁體 site
 * version) is full of them.
 */
const TRADITIONAL_ONLY =
  '們這個為國會業務與區關於實現動進時長開設體機對點產標優質農辦縣鄉級歷資營環發經濟職責單劃構準規強華電際計項導員門車場勢費號書銷應網範織觀態總頭雙聯領樣億萬兩歲';
const MARKER = new Uint8Array(0x10000);
for (const character of TRADITIONAL_ONLY) MARKER[character.charCodeAt(0)] = 1;
/** How much of a text is read to tell its script: a page is written in one script throughout. */
const SAMPLE = 4000;
/** Markers in the sample that make a page Traditional (a Simplified page may name 萬科 or quote one 國). */
const MIN_MARKERS = 12;

let converter: ((text: string) => string) | null = null;

/** A text's Simplified form, whatever its script (names and titles compared across scripts), of the same length where OpenCC's phrases allow. */
export function toSimplified(text: string): string {
  converter ??= Converter({ from: 't', to: 'cn' });
  return converter(text);
}

/** Whether a text is written in Traditional characters (its first SAMPLE units hold MIN_MARKERS markers or more). */
export function isTraditional(text: string): boolean {
  let markers = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) if (MARKER[text.charCodeAt(i)] === 1 && ++markers >= MIN_MARKERS) return true;
  return false;
}

/**
 * A page in Traditional characters read as Simplified (關於印發懷化市… → 关于印发怀化市…), so that every rule, place name
 * and department name matches it; quotes keep the original characters (evidence is read from the original text).
 * OpenCC's phrase tables decide one-to-many characters by their words (乾燥 → 干燥, 乾隆 stays). Offsets stay: where a
 * phrase would change the text's length, each character is converted on its own instead.
 */
export function foldTraditional(mapped: MappedText): MappedText {
  if (!isTraditional(mapped.text)) return mapped;
  const whole = toSimplified(mapped.text);
  if (whole.length === mapped.text.length) return mapped.withText(whole);
  let folded = '';
  for (const character of mapped.text) {
    const simplified = character.length === 1 ? toSimplified(character) : character;
    folded += simplified.length === 1 ? simplified : character;
  }
  return mapped.withText(folded);
}
