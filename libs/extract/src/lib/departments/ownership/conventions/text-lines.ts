/** One line of a text, with its span. */
export interface TextLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The lines of a text (split at \n), each with its span: conventions that read line by line (label lines, unit cells). */
export function linesOf(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return lines;
}
