import type { Line } from '../lines';
export interface StreamCell {
  text: string;
  start: number;
  end: number;
  /** The cell ends a line that held several cells, or a tab-led row closed by a blank line. */
  endsRow: boolean;
  /** A group's name in a leading category column (分类 | 序号 | …), printed once before the first row it spans. */
  groupName?: boolean;
  /** The table's last cell, still waiting for its closing `|` when the text ends: the row is cut off there. */
  cutOff?: boolean;
  /** A row under a merged serial cell opens here (rule `merged-serial-sub-row`): no serial of its own. */
  startsRow?: boolean;
}

/** A body line this long is running text after the table, not a cell. */
export const MAX_CELL_LINE = 300;

export const SEPARATOR = /[|\t]/;

/** A line of bars alone: a cell's closing bar, or what a copy leaves of merged cells (||||). */
export const PIPES_ONLY = /^\s*\|[|\s]*$/;

export const NOTE_LINE = /^(注|备注|说明|资料来源|数据来源)[：:]/;

/** Pieces of a line between `|` or tab separators, with spans; empty pieces kept (merged cells), edge ones dropped. */
export function splitLine(line: Line): { pieces: StreamCell[]; closedAtEnd: boolean; separated: boolean } {
  const content = line.content;
  if (!SEPARATOR.test(content)) return { pieces: [{ text: content, start: line.start, end: line.end, endsRow: false }], closedAtEnd: false, separated: false };
  const pieces: StreamCell[] = [];
  let from = 0;
  for (let i = 0; i <= content.length; i++) {
    if (i < content.length && content[i] !== '|' && content[i] !== '\t') continue;
    const raw = content.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    pieces.push({ text, start: line.start + from + lead, end: line.start + from + lead + text.length, endsRow: false });
    from = i + 1;
  }
  // "| a | b |" and "a |": the empty piece before a leading or after a trailing separator is no cell.
  if (pieces.length > 0 && pieces[0].text.length === 0 && /^[|\t]/.test(content)) pieces.shift();
  const closedAtEnd = /[|\t]$/.test(content);
  if (closedAtEnd && pieces.length > 0 && pieces[pieces.length - 1].text.length === 0) pieces.pop();
  return { pieces, closedAtEnd, separated: true };
}

export function isMarkdownRule(content: string): boolean {
  return /^[|:\-—\s]+$/.test(content) && content.includes('-');
}

const SERIAL = /^(\d{1,3})[.、．]?$/;

export function serialOf(text: string): number | null {
  const match = SERIAL.exec(text);
  return match ? Number(match[1]) : null;
}

/** A cell continued on the next line: its span grows, its text is the span without the line breaks. */
export function appendTo(text: string, cell: StreamCell, end: number): void {
  cell.end = end;
  cell.text = withoutLineBreaks(text.slice(cell.start, end));
}

/** The text of a cell wrapped over lines: line breaks (and the blanks around them) removed. */
export function withoutLineBreaks(written: string): string {
  return written.replace(/[ \t]*\n[ \t]*/g, '').trim();
}

export function joinCells(text: string, cells: readonly StreamCell[]): StreamCell {
  const parts = cells.filter((cell) => cell.text.length > 0);
  if (parts.length === 0) return cells[0];
  if (parts.length === 1) return parts[0];
  const start = parts[0].start;
  const end = parts[parts.length - 1].end;
  return { text: withoutLineBreaks(text.slice(start, end)), start, end, endsRow: false };
}
