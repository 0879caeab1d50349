import { isConfusable, resolveConfusables } from './confusables';
import { MappedText, MappedTextBuilder } from './mapped-text';
import { ideographForRadical } from './radicals';

/**
 * Character-level normalization for matching, with an offset map back to the original:
 * - radicals → ideographs, confusable radicals decided by dictionary words;
 * - full-width digits/letters/symbols → ASCII; half-width （ ） ： ； ， → the full-width forms official documents use
 *   (except inside numbers: 10,000 and 10:30 keep theirs), so extractors match one form of punctuation;
 * - dashes unified to —; stray spaces deleted unless they separate two ASCII words; CR removed; tabs kept (they
 *   delimit table cells in flattened tables).
 */
export function normalizeCharacters(original: string): MappedText {
  const source = MappedText.identity(original);
  const builder = new MappedTextBuilder(source);
  const confusablePositions: number[] = [];
  let emitted = 0;
  let lastEmitted = '';

  // Unchanged characters are copied in runs, not emitted one by one (one string part per run, not per character).
  let runStart = 0;
  const flush = (at: number): void => {
    if (at > runStart) builder.copy(runStart, at);
  };
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    const code = ch.charCodeAt(0);
    // Fast path: CJK ideographs and plain ASCII word characters never change (radicals, full-width forms,
    // punctuation and spaces are all outside these ranges).
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      emitted++;
      lastEmitted = ch;
      continue;
    }
    flush(i);
    runStart = i + 1;
    if (isHorizontalSpace(ch)) {
      let j = i;
      while (j + 1 < original.length && isHorizontalSpace(original[j + 1])) j++;
      const next = peekMeaningful(original, j + 1);
      if (isAsciiWordChar(lastEmitted) && isAsciiWordChar(next)) {
        builder.emit(' ', i, j + 1);
        emitted++;
        lastEmitted = ' ';
      }
      i = j;
      runStart = j + 1;
      continue;
    }
    if (ch === '\r') {
      if (original[i + 1] !== '\n') {
        builder.emit('\n', i, i + 1);
        emitted++;
        lastEmitted = '\n';
      }
      continue;
    }
    if (isZeroWidth(ch)) continue;
    const replacement = replacementFor(original, i, lastEmitted);
    if (isConfusable(ch)) confusablePositions.push(emitted);
    builder.emit(replacement, i, i + 1);
    emitted += replacement.length;
    lastEmitted = replacement[replacement.length - 1];
  }
  flush(original.length);
  const built = builder.build();
  if (confusablePositions.length === 0) return built;
  // Same length, same mapping: only the confusable units change.
  return built.withText(resolveConfusables(built.text, confusablePositions));
}

function replacementFor(text: string, i: number, previous: string): string {
  const ch = text[i];
  if (isConfusable(ch)) return ch; // resolved after the whole text is normalized, when both neighbours are known
  const ideograph = ideographForRadical(ch);
  if (ideograph) return ideograph;
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    if (KEPT_FULL_WIDTH.has(ch)) return ch;
    return String.fromCharCode(code - 0xfee0);
  }
  switch (ch) {
    case '(':
      return '（';
    case ')':
      return '）';
    case ';':
      return '；';
    case ',':
      return isDigit(previous) && isDigit(peekMeaningful(text, i + 1)) ? ',' : '，';
    case ':':
      return isAsciiWordChar(previous) && isAsciiWordChar(peekMeaningful(text, i + 1)) ? ':' : '：';
    case '\u2015':
    case '\u2500':
    case '\u2012':
    case '\u2013':
      return '—';
    case '\u3010': // 【 used for document-number brackets by some sites
      return '〔';
    case '\u3011':
      return '〕';
    default:
      return ch;
  }
}

const KEPT_FULL_WIDTH = new Set(['（', '）', '：', '；', '，', '！', '？']);

function isHorizontalSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\u00a0' || (ch >= '\u2000' && ch <= '\u200a') || ch === '\u202f';
}

function isZeroWidth(ch: string): boolean {
  return ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\ufeff';
}

function isAsciiWordChar(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Next character after `from` as it will be normalized (full-width digits count as digits). */
function peekMeaningful(text: string, from: number): string {
  const ch = text[from] ?? '';
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e && !KEPT_FULL_WIDTH.has(ch)) return String.fromCharCode(code - 0xfee0);
  return ch;
}
