import type { Line } from '../lines';
import { matchHeadingMarker } from '../outline/heading-patterns';
import type { TableCell, TableColumn, TableColumnKind, TableProblem, TableRow } from '../parsed-document';
import { headerKind, isDeadlineCell, isPersonCell, isUnitListCell, PERIOD_HEADER } from './table-vocabulary';

/**
 * Task-division tables (任务分工表: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, columns in any order) as text
 * export leaves them: one cell per line (PDF, web copy), cells closed by `|` (several per line or one), whole rows on
 * one line separated by `|` or tabs, or tab-led cells with blank lines between rows. The header is a run of column
 * words; rows start at the serial numbers 1, 2, 3… (else at line ends, else every column-count cells); a row's cells
 * go to the columns by position when their count matches, and otherwise by what they are: a wrapped task continues
 * over several lines, so the short columns (units, deadline, people) are taken from the row's ends and the task
 * keeps the rest; a row with missing cells gives deadlines and unit lists to their columns by their look.
 */

export interface TaskTableRead {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly problems: readonly TableProblem[];
  /** Index of the last line the table uses. */
  readonly lastLine: number;
}

interface StreamCell {
  text: string;
  start: number;
  end: number;
  /** The cell ends a line that held several cells, or a tab-led row closed by a blank line. */
  endsRow: boolean;
  /** A group's name in a leading category column (分类 | 序号 | …), printed once before the first row it spans. */
  groupName?: boolean;
  /** The table's last cell, still waiting for its closing `|` when the text ends: the row is cut off there. */
  cutOff?: boolean;
}

const MIN_COLUMNS = 3;
/** Columns whose cells may wrap over lines: the task and its description. */
const WIDE_KINDS: ReadonlySet<TableColumnKind> = new Set(['name', 'text', 'category']);
/** A body line this long is running text after the table, not a cell. */
const MAX_CELL_LINE = 300;
const SEPARATOR = /[|\t]/;
/** A line of bars alone: a cell's closing bar, or what a copy leaves of merged cells (||||). */
const PIPES_ONLY = /^\s*\|[|\s]*$/;
const NOTE_LINE = /^(注|备注|说明|资料来源|数据来源)[：:]/;
/** A group name in a leading category column (发展目标, 激发市场活力) is short; a longer line is text. */
const MAX_GROUP_NAME = 30;

/** Pieces of a line between `|` or tab separators, with spans; empty pieces kept (merged cells), edge ones dropped. */
function splitLine(line: Line): { pieces: StreamCell[]; closedAtEnd: boolean; separated: boolean } {
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

function isMarkdownRule(content: string): boolean {
  return /^[|:\-—\s]+$/.test(content) && content.includes('-');
}

/** The header row at `from`: a run of column words, one per line or separated on one line. */
function readHeader(
  lines: readonly Line[],
  from: number,
): {
  columns: TableColumn[];
  next: number;
  tabLed: boolean;
  pipeClosed: boolean;
  oneLine: boolean;
  blankSeparated: boolean;
  barLed: boolean;
} | null {
  const first = lines[from];
  if (first.content.length === 0 || first.content.length > 120) return null;
  // Cheap rejection first: nearly every line of a document is not a header.
  if (!SEPARATOR.test(first.content) && headerKind(first.content) === null) return null;
  const columns: TableColumn[] = [];
  let i = from;
  let pipeClosed = false;
  let oneLine = false;
  let blankSeparated = false;
  let barLedCells = 0;
  let barLed = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    // Rule `bar-led-cells`: a line of bars after header cells opened by a bar (长沙: 牵头单位 / | 目 标 任 务 / | 责 任 单 位 /
    // |) closes the header row; each body row is written the same way.
    if (barLedCells > 0 && PIPES_ONLY.test(line.content)) {
      barLed = true;
      i++;
      break;
    }
    if (line.content.length === 0) {
      // A tab-led header ends at its blank line; blank-separated cells go on.
      if (first.startsWithTab && columns.length > 0) break;
      blankSeparated = true;
      continue;
    }
    if (isMarkdownRule(line.content)) continue;
    const { pieces, closedAtEnd } = splitLine(line);
    // Empty cells closing a header row (西昌 2021: …| 责任主体 |||) are what a copy leaves of merged cells: no columns.
    while (pieces.length > 1 && pieces[pieces.length - 1].text.length === 0 && closedAtEnd) pieces.pop();
    const kinds = pieces.map((piece) => headerKind(piece.text));
    // A header cell's gloss on a line of its own (略阳 2019: 责任股室 / (单位)) belongs to the cell above.
    if (pieces.length === 1 && kinds[0] === null && columns.length > 0 && HEADER_GLOSS.test(pieces[0].text)) {
      const previous = columns[columns.length - 1];
      columns[columns.length - 1] = { header: previous.header + pieces[0].text.replace(/\s+/g, ''), kind: previous.kind };
      continue;
    }
    // A period alone is a column word too (1-3月 of a monitoring table), but its line joined with the next can make a
    // progress column broken over two lines (第二季度 / 完成情况): the joined cell is read first.
    const periodPiece = pieces.length === 1 && kinds[0] === 'value' && PERIOD_HEADER.test(pieces[0].text.replace(/\s+/g, ''));
    const joined = periodPiece && columns.length > 0 ? splitHeaderCell(lines, i) : null;
    const split =
      joined?.column.kind === 'progress' ? joined : pieces.length === 1 && kinds[0] === null && columns.length > 0 ? splitHeaderCell(lines, i) : null;
    if (split) {
      columns.push(split.column);
      i = split.lastLine;
      continue;
    }
    if (kinds.some((kind) => kind === null)) break;
    pieces.forEach((piece, p) => columns.push({ header: piece.text.replace(/\s+/g, ''), kind: kinds[p]! }));
    if (pieces.length === 1 && !closedAtEnd && columns.length > 1 && line.content.startsWith('|')) barLedCells++;
    pipeClosed = pipeClosed || (closedAtEnd && /\|$/.test(line.content));
    if (pieces.length > 1 && (!closedAtEnd || /^[|\t]/.test(line.content))) {
      i++;
      oneLine = columns.length === pieces.length;
      break; // a whole header row on one line: each body row is a line too
    }
  }
  statedTargetsAsTasks(columns);
  groupingNameColumns(columns);
  const kinds = new Set(columns.map((column) => column.kind));
  const hasTask = columns.some((column) => column.kind === 'name' || column.kind === 'text');
  const hasAssignment = kinds.has('department') || kinds.has('deadline');
  // A weight column (分值) makes an assessment's indicator table: its 考核/监考单位 check the figures, they own no task.
  const indicatorTable = kinds.has('unit') || kinds.has('value') || kinds.has('attribute') || kinds.has('weight');
  if (columns.length < MIN_COLUMNS || !hasTask || !hasAssignment || indicatorTable) return null;
  // A 数据来源 column alone makes an indicator list, not a task division.
  if (!columns.some((column) => column.kind === 'deadline' || (column.kind === 'department' && !/数据来源|统计|监测/.test(column.header)))) return null;
  return { columns, next: i, tabLed: first.startsWithTab, pipeClosed: pipeClosed && !oneLine && !barLed, oneLine, blankSeparated, barLed };
}

/** A short gloss in brackets under a header cell: (单位), （部门）, （个）. */
const HEADER_GLOSS = /^[（(][\u4e00-\u9fa5、]{1,6}[）)]$/;

/**
 * Two task-like columns (指标 | 工作任务, 项目 | 具体任务): the one that names the work is the row's task; the other
 * (指标, 名称, 项目) groups rows, printed once in the first row it spans (略阳 2019).
 */
function groupingNameColumns(columns: TableColumn[]): void {
  const named = columns.filter((column) => column.kind === 'name');
  if (named.length < 2 || !named.some((column) => TASK_HEADER.test(column.header))) return;
  columns.forEach((column, index) => {
    if (column.kind === 'name' && !TASK_HEADER.test(column.header)) columns[index] = { header: column.header, kind: 'category' };
  });
}

const TASK_HEADER = /(任务|工作|措施|举措|事项)/;

/** The longest piece of a header cell broken over lines (责任 / 领导, 第二季度 / 完成情况). */
const MAX_HEADER_PIECE = 6;

/**
 * A header cell broken over two lines of a one-cell-per-line copy (泗洲头镇 2024: 责任 / 领导, 攻坚目标 / 任务, 第二季度 /
 * 完成情况): a short line that is no column word, joined with the next non-blank line, makes one. Null otherwise.
 */
function splitHeaderCell(lines: readonly Line[], at: number): { column: TableColumn; lastLine: number } | null {
  const first = lines[at].content.trim();
  if (first.length > MAX_HEADER_PIECE || SEPARATOR.test(first)) return null;
  let next = at + 1;
  while (next < lines.length && lines[next].content.length === 0) next++;
  if (next >= lines.length || SEPARATOR.test(lines[next].content)) return null;
  const joined = (first + lines[next].content).replace(/\s+/g, '');
  const kind = headerKind(joined);
  return kind ? { column: { header: joined, kind }, lastLine: next } : null;
}

/**
 * A division of the year's targets among units (沙坪坝 2022: 序号 | 2022年预期目标 | 责任单位) has no task column: its one
 * 目标 column states each target whole (地区生产总值增长5.5%左右), so it is the task column, not a column of values.
 */
function statedTargetsAsTasks(columns: TableColumn[]): void {
  if (columns.some((column) => column.kind === 'name' || column.kind === 'text' || column.kind === 'unit' || column.kind === 'attribute')) return;
  if (!columns.some((column) => column.kind === 'department')) return;
  const values = columns.filter((column) => column.kind === 'value');
  const target = columns.findIndex((column) => column.kind === 'value' && /目标$/.test(column.header));
  if (values.length === 1 && target >= 0) columns[target] = { header: columns[target].header, kind: 'name' };
}

/**
 * How many category columns come before the serial (分类 | 序号 | 事项 | …): such a category is a merged cell, printed
 * once before the serial of the first row it spans.
 */
function leadingCategoryColumns(columns: readonly TableColumn[]): number {
  const serialColumn = columns.findIndex((column) => column.kind === 'serial');
  return serialColumn > 0 && columns.slice(0, serialColumn).every((column) => column.kind === 'category') ? serialColumn : 0;
}

const SERIAL = /^(\d{1,3})[.、．]?$/;

function serialOf(text: string): number | null {
  const match = SERIAL.exec(text);
  return match ? Number(match[1]) : null;
}

export function readTaskTable(text: string, lines: readonly Line[], from: number): TaskTableRead | null {
  const header = readHeader(lines, from);
  if (!header) return null;
  const { columns } = header;
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
    const startsNextRow = bySerial && upcoming === expected;
    if (!startsNextRow && open === null && leadingCategories > 0 && (cells.length === 0 || rowComplete()) && content.length <= MAX_GROUP_NAME) {
      const after = nextNonBlank(i + 1);
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
        // A group row inside the table (一、扩大有效投资) is followed by the next serial; anything else ends it.
        const after = nextCellLine(i + 1);
        if (!(bySerial && after && serialOf(after.content.replace(/[|\t].*$/, '').trim()) === expected)) break;
        lastLine = i;
        continue;
      }
      if (headerKind(content) && i + 1 < lines.length && headerKind(lines[i + 1].content)) break; // another table
      // The last row is whole: what follows is text, unless a few more unit lines lead to the next serial (a unit
      // cell of several lines: 文化宣传股 / 文化馆 / 图书馆 / 2).
      if (bySerial && cells.length > 0 && rowComplete() && !unitLinesBeforeSerial(lines, i, expected) && !(barLines && closedByBarLine(lines, i))) break;
      // A blank line after a nearly whole row ends the table, unless every cell is set off by blank lines.
      if (blankBefore && bySerial && !header.blankSeparated && rowCells >= rowWidth - 1) break;
    }
    blankBefore = false;
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
function readBarLedCells(text: string, lines: readonly Line[], from: number): { cells: StreamCell[]; lastLine: number } | null {
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

/** The most unit lines a cell of several lines is read over before the next row's serial. */
const MAX_UNIT_LINES = 4;

/** Do the lines from `at` hold only unit names up to the line of serial `expected`, within MAX_UNIT_LINES? */
function unitLinesBeforeSerial(lines: readonly Line[], at: number, expected: number): boolean {
  let seen = 0;
  for (let k = at; k < lines.length; k++) {
    const content = lines[k].content.trim();
    if (content.length === 0) continue;
    if (serialOf(content) === expected) return seen > 0;
    if (++seen > MAX_UNIT_LINES || SEPARATOR.test(content) || !isUnitListCell(content)) return false;
  }
  return false;
}

/** A cell continued on the next line: its span grows, its text is the span without the line breaks. */
function appendTo(text: string, cell: StreamCell, end: number): void {
  cell.end = end;
  cell.text = withoutLineBreaks(text.slice(cell.start, end));
}

/** The text of a cell wrapped over lines: line breaks (and the blanks around them) removed. */
export function withoutLineBreaks(written: string): string {
  return written.replace(/[ \t]*\n[ \t]*/g, '').trim();
}

/** Rows opened by the serials 1, 2, 3… (or from the first serial on); a group name goes with the row after it. */
function groupBySerial(cells: readonly StreamCell[], firstSerial: number): StreamCell[][] {
  const groups: StreamCell[][] = [];
  let groupNames: StreamCell[] = [];
  let expected = firstSerial;
  for (const cell of cells) {
    if (cell.groupName) {
      groupNames.push(cell);
      continue;
    }
    if (serialOf(cell.text) === expected) {
      groups.push(groupNames);
      groupNames = [];
      expected++;
    }
    if (groups.length > 0) groups[groups.length - 1].push(cell);
  }
  return groups;
}

/**
 * Rows of a bar-lines copy whose last column lists units (吴江 2024): the serial column numbers groups of rows and the
 * merged cells are left out, so each row ends at its unit cell; the cells before it are placed by what they are.
 */
function groupByUnitCells(cells: readonly StreamCell[]): StreamCell[][] {
  const groups: StreamCell[][] = [[]];
  for (const cell of cells) {
    groups[groups.length - 1].push(cell);
    if (isUnitListCell(cell.text)) groups.push([]);
  }
  return groups.filter((group) => group.length > 0);
}

/** Is the cell on line `at` closed by a line of bars (or cut off by the end of the text)? */
function closedByBarLine(lines: readonly Line[], at: number): boolean {
  for (let k = at + 1; k < lines.length; k++) if (lines[k].content.length > 0) return PIPES_ONLY.test(lines[k].content);
  return true;
}

function groupByRowEnds(cells: readonly StreamCell[]): StreamCell[][] {
  const groups: StreamCell[][] = [[]];
  for (const cell of cells) {
    groups[groups.length - 1].push(cell);
    if (cell.endsRow) groups.push([]);
  }
  return groups.filter((group) => group.length > 0);
}

function groupByCount(cells: readonly StreamCell[], count: number): StreamCell[][] {
  const groups: StreamCell[][] = [];
  for (let i = 0; i + count <= cells.length; i += count) groups.push(cells.slice(i, i + count));
  return groups;
}

/** One row: the serial cell to the serial column, the rest by position when counts match, else by what cells are. */
function assignRow(
  text: string,
  columns: readonly TableColumn[],
  group: readonly StreamCell[],
  bySerial: boolean,
  previous: TableRow | null,
  problems: TableProblem[],
): TableRow | null {
  if (group.length === 0) return null;
  const assigned = new Map<number, StreamCell>();
  const serialColumn = columns.findIndex((column) => column.kind === 'serial');
  const leadingCategories = leadingCategoryColumns(columns);
  const groupNames = group.filter((cell) => cell.groupName);
  groupNames.slice(0, leadingCategories).forEach((cell, c) => assigned.set(c, cell));
  const cellsOfRow = group.slice(groupNames.length);
  let body = cellsOfRow;
  let serial: number | null = null;
  if (cellsOfRow.length > 0 && serialColumn >= 0 && serialOf(cellsOfRow[0].text) !== null && (bySerial || serialColumn === 0)) {
    serial = serialOf(cellsOfRow[0].text);
    assigned.set(serialColumn, cellsOfRow[0]);
    body = cellsOfRow.slice(1);
  }
  const targets = columns
    .map((column, index) => ({ column, index }))
    .filter((entry) => entry.index >= leadingCategories && (entry.column.kind !== 'serial' || serial === null));
  const wantSerial = serial === null && serialColumn >= 0;
  const cutOff = body.length > 0 && body[body.length - 1].cutOff === true;
  const slots = wantSerial ? targets.filter((entry) => entry.column.kind !== 'serial') : targets;
  if (body.length === slots.length && !positionsContradictLooks(slots, body)) {
    slots.forEach((slot, k) => assigned.set(slot.index, body[k]));
  } else if (body.length === slots.length) {
    assignByLook(text, slots, body, assigned);
  } else if (body.length > slots.length) {
    assignWrapped(text, slots, body, assigned);
  } else if (cutOff) {
    // A row cut off where the text ends (西昌 2021: 4 | 产业发展 | 西昌万亩蔬菜产业园区 | 续建 | 按省级园区建设标准…设施设):
    // its cells are the first columns' in order, whatever they look like.
    body.forEach((cell, k) => assigned.set(slots[k].index, cell));
  } else {
    assignByLook(text, slots, body, assigned);
    const first = body[0] ?? group[0];
    problems.push({
      code: 'TABLE_ROW_SHORT',
      message: `row ${serial ?? '?'}: ${body.length} cell(s) for ${slots.length} column(s); cells placed by what they look like`,
      start: first.start,
      end: group[group.length - 1].end,
    });
  }
  const cells: TableCell[] = [];
  for (let c = 0; c < columns.length; c++) {
    const cell = assigned.get(c);
    if (cell && cell.text.length > 0) {
      cells.push({ column: c, text: cell.text, start: cell.start, end: cell.end, inherited: false });
      continue;
    }
    // A vertically merged unit, deadline or leading group cell is printed once, in the first row it spans; a row cut
    // off has no more cells, none merged.
    const above = cutOff ? undefined : previous?.cells.find((candidate) => candidate.column === c);
    if (above && (columns[c].kind === 'department' || columns[c].kind === 'deadline' || c < leadingCategories)) cells.push({ ...above, inherited: true });
  }
  if (!cells.some((cell) => WIDE_KINDS.has(columns[cell.column].kind) && !cell.inherited)) return null;
  return { serial, cells, start: group[0].start, end: group[group.length - 1].end };
}

type Slot = { column: TableColumn; index: number };

const REMARK_HEADER = /^(备注|说明)$/;

/**
 * More cells than columns: wide cells wrapped over lines. Short columns after the last wide one take cells from the
 * row's end (a unit list may itself wrap after a 、), those before the first wide one from its start; the wide columns
 * share the middle, the last of them taking what is left.
 */
function assignWrapped(text: string, allSlots: readonly Slot[], cellsOfRow: readonly StreamCell[], assigned: Map<number, StreamCell>): void {
  // Empty cells closing a row that has more cells than columns (西昌 2021: …| 市农业农村局 | ||||) are a copy's
  // remnants of merged cells: the short columns are taken from the row's last written cells.
  let written = cellsOfRow.length;
  while (written > allSlots.length && cellsOfRow[written - 1].text.length === 0) written--;
  const body = cellsOfRow.slice(0, written);
  // A remark column closing the row (备注) after the units is mostly empty: unit lines at the row's end are the unit
  // cell's, written over several lines (略阳 2019: …夏俊贵 / 文化宣传股 / 文化馆 / 图书馆, 备注 left empty).
  const last = allSlots[allSlots.length - 1];
  const remarkLast =
    allSlots.length > 1 &&
    REMARK_HEADER.test(last.column.header) &&
    allSlots[allSlots.length - 2].column.kind === 'department' &&
    isUnitListCell(body[body.length - 1].text);
  const slots = remarkLast ? allSlots.slice(0, -1) : allSlots;
  const wide = slots.filter((slot) => WIDE_KINDS.has(slot.column.kind));
  if (wide.length === 0) {
    slots.forEach((slot, k) => assigned.set(slot.index, k === slots.length - 1 ? joinCells(text, body.slice(k)) : body[k]));
    return;
  }
  const firstWide = slots.indexOf(wide[0]);
  const lastWide = slots.indexOf(wide[wide.length - 1]);
  let low = 0;
  for (let s = 0; s < firstWide; s++) assigned.set(slots[s].index, body[low++]);
  let high = body.length;
  for (let s = slots.length - 1; s > lastWide; s--) {
    let from = high - 1;
    // Cells still needed before this slot: one per short column left, one per wide column.
    const reserved = low + (lastWide - firstWide) + (s - lastWide - 1);
    // A unit list wrapped after a separator: 省发展改革委、省财政厅、 / 省商务厅; or, where the units close the row before
    // an empty remark column and no unit column precedes them, one unit per line.
    const oneUnitPerLine = remarkLast && s === slots.length - 1 && slots[s - 1].column.kind !== 'department';
    while (
      slots[s].column.kind === 'department' &&
      from - 1 > reserved &&
      (/[、，,]$/.test(body[from - 1].text) || (oneUnitPerLine && isUnitListCell(body[from - 1].text)))
    )
      from--;
    assigned.set(slots[s].index, joinCells(text, body.slice(from, high)));
    high = from;
  }
  const middle = body.slice(low, high);
  const wideSlots = slots.slice(firstWide, lastWide + 1);
  wideSlots.forEach((slot, k) => {
    const piece = k === wideSlots.length - 1 ? middle.slice(k) : middle.slice(k, k + 1);
    if (piece.length > 0) assigned.set(slot.index, joinCells(text, piece));
  });
}

/**
 * Cells placed by position would put a unit list under the people or a person under the units: a cell of the row is
 * missing before them (a merged group cell, 主要任务, printed in an earlier row), so the cells are placed by look.
 */
function positionsContradictLooks(slots: readonly Slot[], body: readonly StreamCell[]): boolean {
  return slots.some((slot, k) => {
    const cell = body[k].text;
    if (cell.length === 0) return false;
    if (slot.column.kind === 'person') return isUnitListCell(cell);
    if (slot.column.kind === 'department') return isPersonCell(cell) && !isUnitListCell(cell);
    return false;
  });
}

/**
 * Fewer cells than columns (merged or empty cells), or cells out of place: deadlines, unit lists and people go to
 * their columns, the rest (tasks, descriptions, progress) in order; each cell takes the first free column it fits
 * after the previous cell's, else any free column it fits.
 */
function assignByLook(text: string, slots: readonly Slot[], body: readonly StreamCell[], assigned: Map<number, StreamCell>): void {
  const free = new Set(slots.map((slot) => slot.index));
  let last = -1;
  const take = (predicate: (slot: Slot) => boolean): Slot | undefined => {
    const slot =
      slots.find((candidate) => candidate.index > last && free.has(candidate.index) && predicate(candidate)) ??
      slots.find((candidate) => free.has(candidate.index) && predicate(candidate));
    if (slot) free.delete(slot.index);
    return slot;
  };
  const textSlot = (s: Slot) => WIDE_KINDS.has(s.column.kind) || s.column.kind === 'person' || s.column.kind === 'progress';
  // A sentence is no group label: it skips a category column a merged cell leaves empty (略阳 2019: a row without its 指标).
  const sentenceSlot = (s: Slot) => textSlot(s) && s.column.kind !== 'category';
  const isSentence = (cell: string) => /[。；]$/.test(cell) || cell.length > 20;
  body.forEach((cell, k) => {
    // A short label opening the row is the group cell of a category column that opens it (略阳 2019: 非遗保护, then
    // its task), not a person's name.
    const groupLabel = k === 0 && slots[0]?.column.kind === 'category' && cell.text.length > 0 && !isSentence(cell.text) && !isUnitListCell(cell.text);
    // An empty cell holds its place among the text columns.
    const slot = groupLabel
      ? take((s) => s.index === slots[0].index)
      : cell.text.length === 0
        ? take(textSlot)
        : isDeadlineCell(cell.text)
          ? take((s) => s.column.kind === 'deadline')
          : isUnitListCell(cell.text)
            ? take((s) => s.column.kind === 'department')
            : isPersonCell(cell.text)
              ? (take((s) => s.column.kind === 'person') ?? take(textSlot))
              : ((isSentence(cell.text) ? take(sentenceSlot) : undefined) ?? take(textSlot));
    if (slot) {
      assigned.set(slot.index, cell);
      last = slot.index;
      return;
    }
    // A unit cell of several lines (略阳 2019: 羌研会 / 灵岩寺博物馆): a unit line after the units goes on with them.
    const previous = slots.find((candidate) => candidate.index === last);
    const held = assigned.get(last);
    if (previous?.column.kind === 'department' && held && cell.text.length > 0 && isUnitListCell(cell.text)) assigned.set(last, joinCells(text, [held, cell]));
  });
}

function joinCells(text: string, cells: readonly StreamCell[]): StreamCell {
  const parts = cells.filter((cell) => cell.text.length > 0);
  if (parts.length === 0) return cells[0];
  if (parts.length === 1) return parts[0];
  const start = parts[0].start;
  const end = parts[parts.length - 1].end;
  return { text: withoutLineBreaks(text.slice(start, end)), start, end, endsRow: false };
}
