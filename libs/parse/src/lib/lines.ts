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
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    lines.push({
      index: lines.length,
      start,
      end,
      content: text.slice(start, end),
      startsWithTab: text.charCodeAt(lineStart) === 0x09,
    });
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return lines;
}

/** A web table dumped with pipes closes each cell with " |" and each row with a bare "|": the pipes are no content. */
export function withoutTablePipes(line: Line): Line {
  if (!line.content.includes('|')) return line;
  const lead = /^[|\s]*/.exec(line.content)?.[0].length ?? 0;
  const rest = line.content.slice(lead);
  const trail = /[|\s]*$/.exec(rest)?.[0].length ?? 0;
  return { ...line, start: line.start + lead, end: line.end - trail, content: rest.slice(0, rest.length - trail) };
}

/** Same as /\s/ on one UTF-16 code unit, without building a one-character string. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
