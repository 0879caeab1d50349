/** One line of the normalized text; `content` excludes leading/trailing whitespace, `start`/`end` bound it. */
export interface Line {
  readonly index: number;
  /** Span of the trimmed content in the normalized text. */
  readonly start: number;
  readonly end: number;
  readonly content: string;
  /** Flattened tables start each cell with a tab. */
  readonly startsWithTab: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    lines.push({
      index: lines.length,
      start,
      end,
      content: text.slice(start, end),
      startsWithTab: text[lineStart] === '\t',
    });
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return lines;
}
