/**
 * Some radical code points are emitted for the WRONG character by PDF converters: the Kangxi radical "again" ⼜
 * (U+2F1C, NFKC 又) regularly stands for 口 ("mouth", as in 口岸, 进出口, 人口). We decide per occurrence by which
 * reading forms a known word with its neighbours; the original character stays in every quote.
 */
interface ConfusableReadings {
  /** Reading used when no word decides (the code point's own compatibility mapping). */
  readonly fallback: string;
  /** Candidate readings, each with words that contain it. */
  readonly readings: ReadonlyArray<{ readonly char: string; readonly words: readonly string[] }>;
}

const CONFUSABLES: Readonly<Record<string, ConfusableReadings>> = {
  '\u2F1C': {
    fallback: '又',
    readings: [
      {
        char: '口',
        words: [
          '口岸',
          '进出口',
          '出口',
          '进口',
          '人口',
          '港口',
          '窗口',
          '突破口',
          '转口',
          '入口',
          '接口',
          '路口',
          '关口',
          '口径',
          '渡口',
          '户口',
          '口腔',
          '端口',
          '缺口',
          '道口',
          '口碑',
          '风口',
          '海口',
          '隘口',
          '门口',
          '口罩',
          '口号',
          '口味',
          '河口',
          '闸口',
          '出海口',
          '入海口',
          '口岸型',
          '归口',
          '对口',
          '口子',
          '口袋',
          '切口',
          '豁口',
          '街口',
          '村口',
          '湖口',
          '江口',
          '峡口',
          '口述',
          '口头',
          '口语',
          '人口老龄化',
          '劳动力人口',
        ],
      },
      { char: '又', words: ['又好又快', '又快又好', '又要', '又是', '又有', '又称', '又名', '又一', '又将', '又在'] },
    ],
  },
};

const CONFUSABLE_CODES: ReadonlySet<number> = new Set(Object.keys(CONFUSABLES).map((ch) => ch.charCodeAt(0)));

export function isConfusable(ch: string): boolean {
  return ch.length === 1 && CONFUSABLE_CODES.has(ch.charCodeAt(0));
}

/** Code units of every confusable. */
export function confusableCodes(): number[] {
  return [...CONFUSABLE_CODES];
}

/** Same test on a UTF-16 code unit (no per-character string). */
export function isConfusableCode(code: number): boolean {
  return CONFUSABLE_CODES.has(code);
}

/**
 * Resolve every confusable at `positions` in `text` (already normalized around them, with the confusable itself
 * still in place) and return the resolved text. Replacement is one unit for one unit, so offsets do not move.
 * Positions are resolved in order; a resolved one reads as its choice for the positions after it.
 */
export function resolveConfusables(text: string, positions: readonly number[]): string {
  if (positions.length === 0) return text;
  const resolved = new Map<number, string>();
  const charAt = (index: number): string => resolved.get(index) ?? text[index];
  for (const position of positions) {
    const entry = CONFUSABLES[text[position]];
    if (!entry) continue;
    resolved.set(position, chooseReading(charAt, text.length, position, entry));
  }
  // Splice the choices in between unchanged slices.
  const parts: string[] = [];
  let from = 0;
  for (const position of [...resolved.keys()].sort((a, b) => a - b)) {
    parts.push(text.slice(from, position), resolved.get(position) as string);
    from = position + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function chooseReading(charAt: (index: number) => string, length: number, position: number, entry: ConfusableReadings): string {
  let best: { char: string; length: number } | null = null;
  for (const reading of entry.readings) {
    for (const word of reading.words) {
      if (word.length <= (best?.length ?? 0)) continue;
      if (wordFitsAt(charAt, length, position, word, reading.char)) best = { char: reading.char, length: word.length };
    }
  }
  return best ? best.char : entry.fallback;
}

/** Does `word` occur in the text covering `position`, reading the confusable there as `char`? */
function wordFitsAt(charAt: (index: number) => string, length: number, position: number, word: string, char: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if (word[k] !== char) continue;
    const start = position - k;
    if (start < 0 || start + word.length > length) continue;
    let fits = true;
    for (let j = 0; j < word.length && fits; j++) {
      const at = start + j;
      const actual = at === position ? char : resolvedNeighbour(charAt(at));
      fits = actual === word[j];
    }
    if (fits) return true;
  }
  return false;
}

/** Neighbouring confusables still unresolved count as their readings' first candidate (口口 sequences are rare). */
function resolvedNeighbour(ch: string): string {
  const entry = CONFUSABLES[ch];
  return entry ? entry.readings[0].char : ch;
}
