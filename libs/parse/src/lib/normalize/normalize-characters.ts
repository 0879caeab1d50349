import { confusableCodes, isConfusableCode, resolveConfusables } from './confusables';
import { MappedTextBuilder, type MappedText } from './mapped-text';
import { ideographForRadicalCode } from './radicals';

/**
 * Character-level normalization for matching, with an offset map back to the original:
 * - radicals → ideographs, confusable radicals decided by dictionary words;
 * - full-width digits/letters/symbols → ASCII; half-width （ ） ： ； ， → the full-width forms official documents use
 *   (except inside numbers: 10,000 and 10:30 keep theirs), so extractors match one form of punctuation;
 * - list bullets opening a line (● • ■ …) deleted;
 * - dashes unified to —; stray spaces deleted unless they separate two ASCII words; CR removed; tabs kept (they
 *   delimit table cells in flattened tables).
 */
export function normalizeCharacters(original: string): MappedText {
  const builder = new MappedTextBuilder(original);
  const confusablePositions: number[] = [];
  const length = original.length;
  /** Units emitted before the current run of unchanged source units. */
  let emittedBeforeRun = 0;
  /** Last code unit emitted before the current run (-1 before the first). */
  let last = -1;

  // Unchanged characters (the vast majority, including Chinese punctuation) are copied in runs: one string part and
  // one segment of the offset map per run, never a string per character.
  let runStart = 0;
  for (let i = 0; i < length; i++) {
    const code = original.charCodeAt(i);
    // Fast path: units no rule touches (ideographs, ASCII letters and digits, Chinese punctuation…).
    if (SPECIAL[code] === 0) continue;
    // Last emitted unit, read by the space, comma and colon rules: the run's units are emitted unchanged.
    const previous = i > runStart ? original.charCodeAt(i - 1) : last;
    if (isHorizontalSpace(code)) {
      emittedBeforeRun = flush(builder, runStart, i, emittedBeforeRun);
      last = previous;
      let j = i;
      while (j + 1 < length && isHorizontalSpace(original.charCodeAt(j + 1))) j++;
      const next = peekMeaningful(original, j + 1);
      if (isAsciiWordChar(previous) && isAsciiWordChar(next)) {
        builder.emit(' ', i, j + 1);
        emittedBeforeRun++;
        last = 0x20;
      }
      i = j;
      runStart = j + 1;
      continue;
    }
    if (code === 0x0d) {
      emittedBeforeRun = flush(builder, runStart, i, emittedBeforeRun);
      last = previous;
      runStart = i + 1;
      if (original.charCodeAt(i + 1) !== 0x0a) {
        builder.emit('\n', i, i + 1);
        emittedBeforeRun++;
        last = 0x0a;
      }
      continue;
    }
    if (isZeroWidth(code)) {
      emittedBeforeRun = flush(builder, runStart, i, emittedBeforeRun);
      last = previous;
      runStart = i + 1;
      continue;
    }
    if (isBullet(code) && (previous === -1 || previous === 0x0a)) {
      // A list bullet opening a line (●地区生产总值增长5%以上) marks an item; it is no part of what the item says.
      emittedBeforeRun = flush(builder, runStart, i, emittedBeforeRun);
      last = previous;
      runStart = i + 1;
      continue;
    }
    if (isConfusableCode(code)) {
      // Kept in place (the run goes on) and resolved after the whole text is normalized, when both neighbours are known.
      confusablePositions.push(emittedBeforeRun + (i - runStart));
      continue;
    }
    const replacement = replacementFor(original, i, code, previous);
    if (replacement === null) continue;
    emittedBeforeRun = flush(builder, runStart, i, emittedBeforeRun);
    runStart = i + 1;
    builder.emit(replacement, i, i + 1);
    emittedBeforeRun += replacement.length;
    last = replacement.charCodeAt(replacement.length - 1);
  }
  flush(builder, runStart, length, emittedBeforeRun);
  const built = builder.build();
  if (confusablePositions.length === 0) return built;
  // Same length, same mapping: only the confusable units change.
  return built.withText(resolveConfusables(built.text, confusablePositions));
}

/**
 * List bullets of web pages and exports: • ● ■ ◆ ◇ ▲ △ ▶ ► ▪ ★ ☆ ◎. Not ○ (written for 〇 in dates: 二○二六年) nor □
 * (a glyph the PDF export could not map).
 */
const BULLETS: readonly number[] = [0x2022, 0x25cf, 0x25a0, 0x25c6, 0x25c7, 0x25b2, 0x25b3, 0x25b6, 0x25ba, 0x25aa, 0x2605, 0x2606, 0x25ce];

/** （ ） ： ； ， ！ ？: the forms official documents use, kept full-width. */
const KEPT_FULL_WIDTH: readonly number[] = [0xff08, 0xff09, 0xff1a, 0xff1b, 0xff0c, 0xff01, 0xff1f];

/**
 * 1 for every code unit a rule may change, delete or resolve later (spaces, CR, zero-width, confusables, radicals,
 * full-width forms, ASCII punctuation that is widened, dashes, 【】); 0 for units always copied as they are.
 */
const SPECIAL: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (from: number, to: number = from): void => void table.fill(1, from, to + 1);
  mark(0x20);
  mark(0x3000);
  mark(0xa0);
  mark(0x2000, 0x200a);
  mark(0x202f);
  mark(0x0d);
  mark(0x200b, 0x200d);
  mark(0xfeff);
  mark(0x2e80, 0x2ef3);
  mark(0x2f00, 0x2fd5);
  mark(0xf900, 0xfaff);
  mark(0xff01, 0xff5e);
  mark(0xfe50, 0xfe6b);
  // Full-width forms kept as they are (，：；（）！？, a tenth of a Chinese text) go through no rule: copied in the run.
  for (const code of KEPT_FULL_WIDTH) table[code] = 0;
  for (const code of [0x28, 0x29, 0x3b, 0x2c, 0x3a, 0x2015, 0x2500, 0x2012, 0x2013, 0x3010, 0x3011]) mark(code);
  for (const code of BULLETS) mark(code);
  for (const code of confusableCodes()) mark(code);
  return table;
})();

/** Copy the pending run of unchanged units; returns the number of units emitted so far. */
function flush(builder: MappedTextBuilder, runStart: number, at: number, emittedBeforeRun: number): number {
  if (at > runStart) builder.copy(runStart, at);
  return emittedBeforeRun + (at - runStart);
}

/** The normalized form of the unit at `i`, or null when it stays as it is. */
function replacementFor(text: string, i: number, code: number, previous: number): string | null {
  const ideograph = ideographForRadicalCode(code);
  if (ideograph) return ideograph;
  if (code >= 0xff01 && code <= 0xff5e) {
    if (isKeptFullWidth(code)) return null;
    return String.fromCharCode(code - 0xfee0);
  }
  // Small form variants (﹒ numbering items as in 1﹒, ﹑ ﹔ ﹙ ﹚): their ordinary form, then the rules for it.
  if (code >= 0xfe50 && code <= 0xfe6b) {
    const ordinary = String.fromCharCode(code).normalize('NFKC');
    if (ordinary.length !== 1 || ordinary.charCodeAt(0) === code) return null;
    return replacementFor(text, i, ordinary.charCodeAt(0), previous) ?? ordinary;
  }
  switch (code) {
    case 0x28: // (
      return '（';
    case 0x29: // )
      return '）';
    case 0x3b: // ;
      return '；';
    case 0x2c: // ,
      return isDigit(previous) && isDigit(peekMeaningful(text, i + 1)) ? null : '，';
    case 0x3a: // :
      return isAsciiWordChar(previous) && isAsciiWordChar(peekMeaningful(text, i + 1)) ? null : '：';
    case 0x2015:
    case 0x2500:
    case 0x2012:
    case 0x2013:
      return '—';
    case 0x3010: // 【 used for document-number brackets by some sites
      return '〔';
    case 0x3011:
      return '〕';
    default:
      return null;
  }
}

/** （ ） ： ； ， ！ ？ keep their full-width forms. */
function isKeptFullWidth(code: number): boolean {
  return KEPT_FULL_WIDTH.includes(code);
}

function isHorizontalSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f;
}

export function isBullet(code: number): boolean {
  return BULLETS.includes(code);
}

function isZeroWidth(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Next code unit after `from` as it will be normalized (full-width digits count as digits); -1 past the end. */
function peekMeaningful(text: string, from: number): number {
  if (from >= text.length) return -1;
  const code = text.charCodeAt(from);
  if (code >= 0xff01 && code <= 0xff5e && !isKeptFullWidth(code)) return code - 0xfee0;
  return code;
}
