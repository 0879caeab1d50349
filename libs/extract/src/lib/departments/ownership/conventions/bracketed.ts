/** A bracketed span of text: its outer span and its body (one level of nested round brackets allowed inside). */
export interface Bracketed {
  readonly start: number;
  readonly end: number;
  readonly body: string;
  readonly bodyStart: number;
  /** The stored opening ends inside the bracket (rule `cut-bracket-keeps-whole-pieces`): what the last run was to do is lost. */
  readonly cut?: boolean;
}

const MAX_BODY = 300;
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['〔', '〕'],
  ['【', '】'],
  // Square brackets, ASCII or full-width (normalization writes ［］ as []): [牵头单位:区卫健局;责任单位:…].
  ['[', ']'],
];

/**
 * Every bracketed span of a kind: round （…） (ASCII brackets are normalized to these), tortoise-shell 〔…〕/【…】 or square […], or
 * any of them, in text order. A body never crosses a line and holds at most one level of nested round brackets.
 * The conventions ask for the same text several times in a row: the last answers are kept.
 */
export function bracketed(text: string, kind: 'round' | 'tortoise' | 'any'): readonly Bracketed[] {
  if (cache.text !== text) cache = { text, round: null, tortoise: null, any: null };
  const found =
    cache[kind] ??
    (kind === 'any'
      ? [...bracketed(text, 'round'), ...bracketed(text, 'tortoise')].sort((a, b) => a.start - b.start)
      : kind === 'round'
        ? scan(text, '（', '）')
        : PAIRS.flatMap(([open, close]) => scan(text, open, close)).sort((a, b) => a.start - b.start));
  cache[kind] = found;
  return found;
}

let cache: { text: string; round: readonly Bracketed[] | null; tortoise: readonly Bracketed[] | null; any: readonly Bracketed[] | null } = {
  text: '',
  round: null,
  tortoise: null,
  any: null,
};

const NEWLINE = 0x0a;
const PIECE_END = /[、，,；;：:]/u;

/** The length of a cut-off body up to and with its last separator: the pieces the copy wrote whole. */
function wholePieces(body: string): number {
  const trimmed = body.trimEnd();
  for (let k = trimmed.length - 1; k >= 0; k--) if (PIECE_END.test(trimmed[k] ?? '')) return k + 1;
  return 0;
}
const ROUND_OPEN = 0xff08;
const ROUND_CLOSE = 0xff09;

/**
 * Spans opened by `open` and closed by the matching `close`, with round brackets nested one level inside. Characters
 * are compared as code units: `text[i]` would look up a one-character string for each.
 */
function scan(text: string, open: string, close: string): Bracketed[] {
  const found: Bracketed[] = [];
  const openCode = open.charCodeAt(0);
  const closeCode = close.charCodeAt(0);
  let at = text.indexOf(open);
  while (at >= 0) {
    let depth = 0;
    let end = -1;
    let i = at + 1;
    for (; i < text.length && i - at - 1 <= MAX_BODY; i++) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) break;
      if (code === closeCode && depth === 0) {
        end = i;
        break;
      }
      if (code === ROUND_OPEN) {
        if (depth > 0) break; // deeper nesting: not a clause
        depth = 1;
      } else if (code === ROUND_CLOSE) {
        if (depth === 0) break; // an unmatched closing bracket
        depth = 0;
      } else if (code === openCode && openCode !== ROUND_OPEN) {
        break;
      }
    }
    if (end < 0 && depth === 0 && i - at - 1 <= MAX_BODY && text.slice(i).trim() === '') {
      // Rule `cut-bracket-keeps-whole-pieces`: the stored opening of a page ends inside the bracket
      // (…；责任单位：各区人民政府〈含开发区、): its body runs to the end, but only up to the last separator, since the piece the
      // copy cuts off may be the start of a longer name (广西 2019 〔责任单位:中国铁路南宁局 — …南宁局集团有限公司?).
      const bodyEnd = at + 1 + wholePieces(text.slice(at + 1, i));
      if (bodyEnd > at + 1) found.push({ start: at, end: bodyEnd, body: text.slice(at + 1, bodyEnd), bodyStart: at + 1, cut: true });
      break;
    }
    if (end > at + 1) {
      found.push({ start: at, end: end + 1, body: text.slice(at + 1, end), bodyStart: at + 1 });
      at = text.indexOf(open, end + 1);
    } else {
      at = text.indexOf(open, at + 1);
    }
  }
  return found;
}
