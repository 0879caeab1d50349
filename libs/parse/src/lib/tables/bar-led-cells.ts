import type { Line } from '../lines';
import { appendTo, MAX_CELL_LINE, NOTE_LINE, PIPES_ONLY, splitLine, type StreamCell } from './task-table-cells';

/** How many lines a row's first cell may run over before a bar opens its next cell (长沙 / 先导 / 区管委会). */
const MAX_FIRST_CELL_LINES = 6;

/**
 * Rule `bar-led-cells`: a web table dumped with a bar opening every cell but a row's first and a line of bars closing
 * each row (长沙: 市政 / 府办 / 公厅 / | 强化行政监督… / | 市直各单位、各区县市 / | / 推进国家安全工作发展 / | 市直各单位、各区县市 /
 * |). A line opened by a bar starts a cell; a plain line starts a row's first cell after a closing bar, else continues
 * the open cell (a narrow merged cell breaks its name over lines: 市 / 监 / 察 / 局). Rows are the cells between closing
 * bars, placed by assignRow (a row that leaves out merged cells keeps them from the row above). The table ends at a
 * plain line after a row that no bar follows within a few lines; a row the text cuts off is marked so.
 */
export function readBarLedCells(text: string, lines: readonly Line[], from: number): { cells: StreamCell[]; lastLine: number } | null {
  const cells: StreamCell[] = [];
  let open: StreamCell | null = null;
  let lastLine = from - 1;
  for (let i = from; i < lines.length; i++) {
    const content = lines[i].content;
    if (content.length === 0) continue;
    if (PIPES_ONLY.test(content)) {
      if (open) open.endsRow = true;
      open = null;
      lastLine = i;
      continue;
    }
    if (NOTE_LINE.test(content) || content.length > MAX_CELL_LINE) break;
    if (content.startsWith('|')) {
      const pieces = splitLine(lines[i]).pieces.filter((piece) => piece.text.length > 0);
      for (const piece of pieces) cells.push((open = { ...piece }));
      lastLine = i;
      continue;
    }
    if (open && cells.length > 0 && !open.endsRow) {
      appendTo(text, open, lines[i].end);
      lastLine = i;
      continue;
    }
    if (!barFollows(lines, i)) break;
    cells.push((open = { text: content, start: lines[i].start, end: lines[i].end, endsRow: false }));
    lastLine = i;
  }
  if (cells.length === 0) return null;
  const last = cells[cells.length - 1];
  if (!last.endsRow && lastLine === lines.length - 1) last.cutOff = true;
  return { cells, lastLine };
}

/** Does a line opened by a bar follow the plain line `at` within MAX_FIRST_CELL_LINES (or the text end there)? */
function barFollows(lines: readonly Line[], at: number): boolean {
  for (let k = at + 1; k < lines.length && k <= at + MAX_FIRST_CELL_LINES; k++) {
    const content = lines[k].content;
    if (content.startsWith('|')) return true;
    if (content.length > MAX_CELL_LINE) return false;
  }
  return lines.length - 1 - at < MAX_FIRST_CELL_LINES;
}
