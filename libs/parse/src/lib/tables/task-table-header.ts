import type { Line } from '../lines';
import type { TableColumn } from '../parsed-document';
import { isMarkdownRule, PIPES_ONLY, SEPARATOR, splitLine } from './task-table-cells';
import { headerKind, PERIOD_HEADER } from './table-vocabulary';

/** The header row of a task-division table: its column words and how the copy writes its cells. */

const MIN_COLUMNS = 3;

/** The header row at `from`: a run of column words, one per line or separated on one line. */
export function readHeader(
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
    // Rule `serial-header-broken`: a narrow serial column breaks its word over two lines (定州 2021: | / 序 / 号 | / 工作任务 /
    // | …, a web table's cells each closed by a bar): the first column's word is joined too, when it joins into 序号.
    const brokenFirst = columns.length === 0 && pieces.length === 1 && kinds[0] === null && pieces[0].text.length === 1 ? splitHeaderCell(lines, i) : null;
    const split =
      joined?.column.kind === 'progress'
        ? joined
        : brokenFirst?.column.kind === 'serial'
          ? brokenFirst
          : pieces.length === 1 && kinds[0] === null && columns.length > 0
            ? splitHeaderCell(lines, i)
            : null;
    if (split) {
      columns.push(split.column);
      i = split.lastLine;
      continue;
    }
    // Rule `unnamed-column-in-header`: a column word the vocabulary does not know, one or two short lines between known
    // ones (龙湾 2023: 序号 / 重点工作 / 区本级 / 任务数 / 责任单位), is a column of its own, not the header's end.
    const unnamed = pieces.length === 1 && kinds[0] === null && columns.length >= 2 && !closedAtEnd ? unnamedColumn(lines, i) : null;
    if (unnamed) {
      columns.push(unnamed.column);
      i = unnamed.lastLine;
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
export function groupingNameColumns(columns: TableColumn[]): void {
  const named = columns.filter((column) => column.kind === 'name');
  // Rule `refinement-column`: a 细化分工 column after the task column writes each row's own work; the task column, printed
  // once for the rows it spans, groups them (广东 2021 政务公开台账: 工作任务 做好常态化疫情防控信息发布 over rows 1-4, each row's
  // 细化分工 its task; 池州 信访局 政务公开清单: 工作任务 做好主动公开基础工作 over rows 3-4, each row's 具体要求 its task).
  const refinement = columns.findIndex((column) => column.kind === 'name' && REFINEMENT_HEADER.test(column.header));
  if (refinement > 0) {
    columns.forEach((column, index) => {
      if (column.kind === 'name' && index < refinement) columns[index] = { header: column.header, kind: 'category' };
    });
    return;
  }
  if (named.length < 2 || !named.some((column) => TASK_HEADER.test(column.header))) return;
  columns.forEach((column, index) => {
    if (column.kind === 'name' && !TASK_HEADER.test(column.header)) columns[index] = { header: column.header, kind: 'category' };
  });
}

const TASK_HEADER = /(任务|工作|措施|举措|事项)/;
const REFINEMENT_HEADER = /^(细化分工|细化任务|任务细化|细化内容|具体要求)$/;

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
  if (next >= lines.length) return null;
  // The second piece may close the cell with its bar (序 / 号 |).
  const second = lines[next].content.replace(/\s*\|$/, '');
  if (SEPARATOR.test(second)) return null;
  const joined = (first + second).replace(/\s+/g, '');
  const kind = headerKind(joined);
  return kind ? { column: { header: joined, kind }, lastLine: next } : null;
}

/** A piece of a column word the vocabulary does not know: a few Chinese characters, nothing else. */
const UNNAMED_PIECE = /^[\u4e00-\u9fa5]{2,6}$/;

/**
 * An unknown column title of one or two short lines (区本级 / 任务数) followed by a known column word: the column, its cells
 * read as text. Null when the next line is no column word (the header ended: a group row, the first body cell).
 */
function unnamedColumn(lines: readonly Line[], at: number): { column: TableColumn; lastLine: number } | null {
  let header = '';
  let last = at;
  for (let k = at, pieces = 0; k < lines.length; k++) {
    const content = lines[k].content.trim();
    if (content.length === 0) continue;
    if (headerKind(content) !== null) return pieces > 0 ? { column: { header, kind: 'text' }, lastLine: last } : null;
    if (pieces === 2 || !UNNAMED_PIECE.test(content)) return null;
    header += content;
    last = k;
    pieces++;
  }
  return null;
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
export function leadingCategoryColumns(columns: readonly TableColumn[]): number {
  const serialColumn = columns.findIndex((column) => column.kind === 'serial');
  return serialColumn > 0 && columns.slice(0, serialColumn).every((column) => column.kind === 'category') ? serialColumn : 0;
}
