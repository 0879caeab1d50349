/**
 * Heading numbering used by Chinese official documents (GB/T 9704 and common drafting practice):
 * 第X篇 / 第X章 / 第X节 / 第X条, then 一、 → （一） → 1. → （1）, plus 专栏N boxes and named parts (序言, 附件).
 */
export type HeadingKind = 'part' | 'chapter' | 'section' | 'article' | 'named' | 'cn-enum' | 'cn-paren' | 'arabic-enum' | 'arabic-paren' | 'column';

/** Kinds whose depth is fixed by their name (篇 > 章 > 节 > 条); the others nest by order of first appearance. */
export const STRUCTURAL_RANK: Readonly<Partial<Record<HeadingKind, number>>> = {
  named: 1,
  part: 1,
  chapter: 2,
  section: 3,
  article: 4,
};

export interface HeadingMarker {
  readonly kind: HeadingKind;
  /** The numbering as written (after normalization), e.g. 第三章, 一、, （二）, 1., 专栏4. */
  readonly marker: string;
  /** Index in the line where the heading's title starts (after the marker and any separator). */
  readonly titleStart: number;
  readonly number: number | null;
}

const CN_DIGITS = '一二三四五六七八九十百零〇两';
const PATTERNS: ReadonlyArray<{ kind: HeadingKind; pattern: RegExp }> = [
  { kind: 'part', pattern: new RegExp(`^第([${CN_DIGITS}\\d]{1,5})篇`) },
  { kind: 'chapter', pattern: new RegExp(`^第([${CN_DIGITS}\\d]{1,5})章`) },
  { kind: 'section', pattern: new RegExp(`^第([${CN_DIGITS}\\d]{1,5})节`) },
  { kind: 'article', pattern: new RegExp(`^第([${CN_DIGITS}\\d]{1,5})条`) },
  { kind: 'column', pattern: new RegExp(`^专栏\\s*([\\d${CN_DIGITS}]{1,4})`) },
  { kind: 'named', pattern: /^(序言|前言|引言|附则|结束语|附件\s*(\d{0,2}))(?=$|[\s.、：])/ },
  { kind: 'cn-enum', pattern: new RegExp(`^([${CN_DIGITS}]{1,3})、`) },
  { kind: 'cn-paren', pattern: new RegExp(`^（([${CN_DIGITS}]{1,3})）`) },
  { kind: 'arabic-paren', pattern: /^（(\d{1,2})）/ },
  { kind: 'arabic-enum', pattern: /^(\d{1,2})[.、](?![\d])/ },
];

/** Every pattern is anchored and opens with one of these characters: other lines are rejected without a regex. */
const FIRST_CHARACTERS: ReadonlySet<number> = new Set([...`第专序前引附结（0123456789${CN_DIGITS}`].map((ch) => ch.charCodeAt(0)));

/** Recognize the numbering at the start of a (trimmed) line. */
export function matchHeadingMarker(line: string): HeadingMarker | null {
  if (!FIRST_CHARACTERS.has(line.charCodeAt(0))) return null;
  for (const { kind, pattern } of PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    let titleStart = match[0].length;
    while (titleStart < line.length && /[\s.、：]/.test(line[titleStart])) titleStart++;
    // "1." followed by nothing or by a digit-only line is a list index in a table, not a heading.
    if (kind === 'arabic-enum' && titleStart >= line.length) return null;
    return { kind, marker: match[0], titleStart, number: parseNumeral(match[1] ?? '') };
  }
  return null;
}

/** 十四 → 14, 二十三 → 23, 7 → 7; null when not a numeral. */
export function parseNumeral(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0;
  let current = 0;
  let seen = false;
  for (const ch of value) {
    if (ch in digits) {
      current = digits[ch];
      seen = true;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
      seen = true;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}
