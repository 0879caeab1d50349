import type { Line } from '../lines';
import { matchHeadingMarker } from '../outline/heading-patterns';
import type { TableColumn, TableProblem, TableRow } from '../parsed-document';
import { readBarLedCells } from './bar-led-cells';
import { assignRow } from './task-table-cell-placement';
import { appendTo, isMarkdownRule, MAX_CELL_LINE, NOTE_LINE, PIPES_ONLY, SEPARATOR, serialOf, splitLine, type StreamCell } from './task-table-cells';
import { leadingCategoryColumns, readHeader } from './task-table-header';
import {
  closedByBarLine,
  groupBySerial,
  groupByCount,
  groupByRowEnds,
  groupByUnitCells,
  subRowBeforeSerial,
  unitLinesBeforeSerial,
} from './task-table-row-groups';
import { headerKind, isDeadlineCell, isUnitListCell } from './table-vocabulary';

/**
 * Task-division tables (任务分工表: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, columns in any order) as text
 * export leaves them: one cell per line (PDF, web copy), cells closed by `|` (several per line or one), whole rows on
 * one line separated by `|` or tabs, or tab-led cells with blank lines between rows. The header is a run of column
 * words; rows start at the serial numbers 1, 2, 3… (else at line ends, else every column-count cells); a row's cells
 * go to the columns by position when their count matches, and otherwise by what they are: a wrapped task continues
 * over several lines, so the short columns (units, deadline, people) are taken from the row's ends and the task
 * keeps the rest; a row with missing cells gives deadlines and unit lists to their columns by their look.
 */

export { withoutLineBreaks } from './task-table-cells';

export interface TaskTableRead {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly problems: readonly TableProblem[];
  /** Index of the last line the table uses. */
  readonly lastLine: number;
}

/** The most numbers an excerpt's serials skip at once (rule excerpt-serials): a larger number is a value, not a row. */
const MAX_SERIAL_GAP = 200;

/** A group name in a leading category column (发展目标, 激发市场活力) is short; a longer line is text. */
const MAX_GROUP_NAME = 30;

export function readTaskTable(text: string, lines: readonly Line[], from: number): TaskTableRead | null {
  const header = readHeader(lines, from);
  if (!header) return null;
  const columns = serialUnheaded(header.columns, lines, header.next);
  const serialColumn = columns.findIndex((column) => column.kind === 'serial');
  const leadingCategories = leadingCategoryColumns(columns);
  const bySerial = serialColumn === 0 || leadingCategories > 0;
  const rowWidth = columns.length - leadingCategories;
  const lastKind = columns[columns.length - 1].kind;

  if (header.barLed) {
    const barLedBody = readBarLedCells(text, lines, header.next);
    return barLedBody ? rowsOf(text, columns, groupByRowEnds(barLedBody.cells), bySerial, barLedBody.lastLine) : null;
  }
  const cells: StreamCell[] = [];
  let rowCells = 0; // cells since the current row's serial
  let expected = 1;
  let firstSerial = 1;
  let lastLine = header.next - 1;
  let open: StreamCell | null = null; // a `|`-closed cell still waiting for its separator
  let blankBefore = false;
  let barLines = false; // cells closed by lines of bars alone

  const nextNonBlank = (i: number): Line | null => {
    for (let k = i; k < lines.length; k++) if (lines[k].content.length > 0) return lines[k];
    return null;
  };
  // A copy that closes each cell with a line of its own (吴江 2024: 一、…预期目标 / | / |||| / 1 / | / 主要预期目标 / |): lines
  // of bars alone hold no cell, so the serial after a group row is looked for past them.
  const nextCellLine = (i: number): Line | null => {
    for (let k = i; k < lines.length; k++) if (lines[k].content.length > 0 && !PIPES_ONLY.test(lines[k].content)) return lines[k];
    return null;
  };
  let subRowOpens = false; // the next cell opens a row under a merged serial
  const closesRow = (cell: string): boolean => (lastKind === 'deadline' ? isDeadlineCell(cell) : lastKind === 'department' ? isUnitListCell(cell) : false);
  let afterGroupRow = false; // a part heading inside the table was just read
  // The next line holding a cell, past bar lines and the group rows of an excerpt (二、… / 三、… with none of their rows).
  const nextRowLine = (i: number): Line | null => {
    for (let k = i; k < lines.length; k++) {
      const next = nextCellLine(k);
      if (!next) return null;
      const marker = matchHeadingMarker(next.content);
      if (!(marker && marker.kind !== 'arabic-enum' && marker.kind !== 'arabic-paren' && !SEPARATOR.test(next.content))) return next;
      k = lines.indexOf(next, k);
    }
    return null;
  };
  const rowComplete = (): boolean => {
    if (rowCells < rowWidth) return false;
    const latest = cells[cells.length - 1];
    if (lastKind === 'deadline') return isDeadlineCell(latest.text);
    if (lastKind === 'department') return isUnitListCell(latest.text);
    return true; // a wide last column (备注) cannot tell a wrapped line from text: the row ends at its column count
  };

  for (let i = header.next; i < lines.length; i++) {
    const line = lines[i];
    const content = line.content;
    if (content.length === 0) {
      if (header.tabLed && line.startsWithTab) {
        cells.push({ text: '', start: line.start, end: line.start, endsRow: false });
        rowCells++;
        lastLine = i;
        continue;
      }
      if (header.tabLed && cells.length > 0) cells[cells.length - 1].endsRow = true;
      blankBefore = true;
      continue;
    }
    if (isMarkdownRule(content)) continue;
    // Rule `bar-lines`: a copy that closes each cell with a line of bars of its own and leaves a merged cell as one more
    // bar (吴江 2024: 1 / | / 主要预期目标 / | / 1.地区生产总值增长5%以上。 / | / 钱 宇 / | / ★区发改委、统计局 / | /
    // 2.一般公共预算收入… / | / ★区财政局、税务局 / | / |||): a bar line closes the open cell and holds none itself.
    if (header.pipeClosed && PIPES_ONLY.test(content)) {
      open = null;
      barLines = true;
      blankBefore = false;
      lastLine = i;
      continue;
    }
    const upcoming = serialOf(splitLine(line).pieces[0]?.text ?? '');
    // A table continued from an earlier page repeats its header and goes on numbering (24, 25, 26 …).
    if (bySerial && cells.length === 0 && upcoming !== null) expected = firstSerial = upcoming;
    // Rule `excerpt-serials`: a unit's excerpt of a division table keeps its own rows' serials (谯城 2025 教育局: 3, then part
    // headings, 68, 69, 73): after a whole row or a part heading, a serial further on opens the next row.
    const skipsTo =
      bySerial &&
      upcoming !== null &&
      upcoming > expected &&
      upcoming - expected <= MAX_SERIAL_GAP &&
      open === null &&
      (afterGroupRow || (cells.length > 0 && rowComplete()));
    if (skipsTo) expected = upcoming;
    const startsNextRow = bySerial && upcoming === expected;
    if (!startsNextRow && open === null && leadingCategories > 0 && (cells.length === 0 || rowComplete()) && content.length <= MAX_GROUP_NAME) {
      // The serial may come after the group cell's closing bar line (池州 信访局: 做好主动公开基础工作 / | / 3 / |).
      const after = header.pipeClosed ? nextCellLine(i + 1) : nextNonBlank(i + 1);
      if (after && serialOf(after.content) === expected) {
        cells.push({ text: content, start: line.start, end: line.end, endsRow: false, groupName: true });
        blankBefore = false;
        lastLine = i;
        continue;
      }
    }
    if (!startsNextRow && open === null) {
      if (NOTE_LINE.test(content) || content.length > MAX_CELL_LINE) break;
      if (header.tabLed && !line.startsWithTab && blankBefore) break;
      if (header.oneLine && !SEPARATOR.test(content)) break; // rows are lines of cells: a plain line is text
      const marker = matchHeadingMarker(content);
      if (marker && marker.kind !== 'arabic-enum' && marker.kind !== 'arabic-paren' && !SEPARATOR.test(content)) {
        // A group row inside the table (一、扩大有效投资) is followed by the next serial (or by more group rows, none of
        // their own rows kept in an excerpt); anything else ends it.
        const after = nextRowLine(i + 1);
        const serialAfter = after ? serialOf(after.content.replace(/[|\t].*$/, '').trim()) : null;
        if (!(bySerial && serialAfter !== null && (serialAfter === expected || (serialAfter > expected && serialAfter - expected <= MAX_SERIAL_GAP)))) break;
        afterGroupRow = true;
        lastLine = i;
        continue;
      }
      if (headerKind(content) && i + 1 < lines.length && headerKind(lines[i + 1].content)) break; // another table
      // The last row is whole: what follows is text, unless a few more unit lines lead to the next serial (a unit
      // cell of several lines: 文化宣传股 / 文化馆 / 图书馆 / 2).
      if (bySerial && cells.length > 0 && rowComplete() && !unitLinesBeforeSerial(lines, i, expected) && !(barLines && closedByBarLine(lines, i))) {
        if (header.pipeClosed || !subRowBeforeSerial(lines, i, expected, rowWidth, closesRow)) break;
        subRowOpens = true;
      }
      // A blank line after a nearly whole row ends the table, unless every cell is set off by blank lines.
      if (blankBefore && bySerial && !header.blankSeparated && rowCells >= rowWidth - 1) break;
    }
    blankBefore = false;
    afterGroupRow = false;
    if (header.tabLed && !line.startsWithTab && cells.length > 0) {
      appendTo(text, cells[cells.length - 1], line.end);
      lastLine = i;
      continue;
    }
    const { pieces, closedAtEnd, separated } = splitLine(line);
    pieces.forEach((piece, p) => {
      const closed = p < pieces.length - 1 || closedAtEnd || !header.pipeClosed;
      if (open) {
        if (piece.text.length > 0) appendTo(text, open, piece.end);
        if (closed) open = null;
        return;
      }
      if (bySerial && serialOf(piece.text) === expected) {
        expected++;
        rowCells = 0;
      }
      const cell: StreamCell = { ...piece };
      if (skipsTo && p === 0) cell.startsRow = true;
      if (subRowOpens) {
        cell.startsRow = true;
        subRowOpens = false;
        rowCells = 0;
      }
      cells.push(cell);
      rowCells++;
      if (!closed) open = cell;
    });
    if (separated && pieces.length > 1 && !header.pipeClosed && cells.length > 0) cells[cells.length - 1].endsRow = true;
    lastLine = i;
  }

  if (open !== null) (open as StreamCell).cutOff = lastLine === lines.length - 1;
  const groups =
    barLines && lastKind === 'department'
      ? groupByUnitCells(cells)
      : bySerial
        ? groupBySerial(cells, firstSerial)
        : cells.some((cell) => cell.endsRow)
          ? groupByRowEnds(cells)
          : groupByCount(cells, columns.length);
  return rowsOf(text, columns, groups, bySerial, lastLine);
}

/**
 * Rule `serial-unheaded`: a header that names no 序号 column over rows that open with their serials 1, 2, 3 (池州 信访局
 * 政务公开清单: 工作任务 | 具体要求 | 责任科室 | 时限要求 |, then 强化行政规范性文件集中规范公开 | 1 | 对行政规范性文件… |):
 * the serials are a column the header left unwritten, first, or after a merged group column (the group cell printed before
 * the serial of the first row it spans). The columns with it; the header's own when no serial 1 opens the body.
 */
function serialUnheaded(columns: TableColumn[], lines: readonly Line[], from: number): TableColumn[] {
  if (columns.some((column) => column.kind === 'serial')) return columns;
  const firstCells: string[] = [];
  for (let k = from; k < lines.length && firstCells.length < 2; k++) {
    const content = lines[k].content;
    if (content.length === 0 || PIPES_ONLY.test(content) || isMarkdownRule(content)) continue;
    for (const piece of splitLine(lines[k]).pieces) if (firstCells.length < 2) firstCells.push(piece.text);
  }
  const at = serialOf(firstCells[0] ?? '') === 1 ? 0 : columns[0].kind === 'category' && serialOf(firstCells[1] ?? '') === 1 ? 1 : -1;
  if (at < 0) return columns;
  return [...columns.slice(0, at), { header: '序号', kind: 'serial' }, ...columns.slice(at)];
}

function rowsOf(text: string, columns: readonly TableColumn[], groups: readonly StreamCell[][], bySerial: boolean, lastLine: number): TaskTableRead | null {
  const problems: TableProblem[] = [];
  const rows: TableRow[] = [];
  let previous: TableRow | null = null;
  for (const group of groups) {
    const row = assignRow(text, columns, group, bySerial, previous, problems);
    if (!row) continue;
    rows.push(row);
    previous = row;
  }
  if (rows.length === 0) return null;
  return { columns, rows, problems, lastLine };
}
