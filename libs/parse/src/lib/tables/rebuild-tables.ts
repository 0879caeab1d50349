import { withoutTablePipes, type Line } from '../lines';
import type { Table, TableColumn, TableProblem } from '../parsed-document';
import { matchHeadingMarker } from '../outline/heading-patterns';
import { readTaskTable } from './task-tables';
import { readLabelledRecords } from './labelled-records';
import { readRunTogetherTable } from './run-together-rows';
import { closedByPipe, readPipeRows } from './pipe-rows';
import { readSpacedRows, type SpacesBefore } from './spaced-rows';
import { readSpacedUnitRows } from './spaced-unit-rows';
import { isRowValue, type RawCell } from './row-groups';
import { buildRows } from './table-rows';
import { headerKind, isAttributeCell, MIN_HEADER_CELLS } from './table-vocabulary';

export interface RebuiltTables {
  readonly tables: Table[];
  /** Lines consumed by tables (header and body), excluded from paragraphs and the outline. */
  readonly lines: Set<number>;
}

const MAX_CELL_LENGTH = 60;

/** What a reader of a table layout returns: its columns and rows, the last line it read, what it could not place. */
interface LinesRead {
  readonly lastLine: number;
  readonly columns: Table['columns'];
  readonly rows: Table['rows'];
  readonly problems?: readonly TableProblem[];
}

/**
 * Rebuild tables that text export flattened to one cell per line. Two layouts occur: cells starting with a tab
 * (continuation lines without a tab, blank lines between rows, merged cells left empty) and bare cells separated by
 * blank lines (merged cells missing entirely). Rows are found by their serial numbers 1, 2, 3…; cells are assigned
 * to columns by what they are (unit, value, attribute, department) rather than by position, because merged cells
 * shift positions.
 */
export function rebuildTables(
  text: string,
  lines: readonly Line[],
  sectionAt: (offset: number) => number,
  spacesBefore: SpacesBefore = () => 0,
): RebuiltTables {
  const tables: Table[] = [];
  const consumed = new Set<number>();
  const cellLines = lines.map(withoutTablePipes);
  // A table read from line `first` to its last line, its caption above it: stored, its lines consumed; its last line.
  const pushFrom = (first: number, read: LinesRead, captionLines: readonly Line[]): number => {
    for (let k = first; k <= read.lastLine; k++) consumed.add(k);
    tables.push({
      start: lines[first].start,
      end: lines[read.lastLine].end,
      caption: captionBefore(captionLines, first),
      columns: read.columns,
      rows: read.rows,
      section: sectionAt(lines[first].start),
      problems: read.problems ?? [],
    });
    return read.lastLine;
  };
  for (let i = 0; i < lines.length; i++) {
    const runTogether = readRunTogetherTable(lines[i]);
    if (runTogether) {
      consumed.add(i);
      const { columns, rows, problems, caption, start } = runTogether;
      tables.push({ start, end: lines[i].end, caption, columns, rows, section: sectionAt(start), problems });
      continue;
    }
    const taskTable = readTaskTable(text, lines, i);
    if (taskTable) {
      i = pushFrom(i, taskTable, lines);
      continue;
    }
    const records = readLabelledRecords(text, lines, i);
    if (records) {
      i = pushFrom(i, records, cellLines);
      continue;
    }
    const pipeTable = readPipeRows(lines, i, sectionAt);
    if (pipeTable) {
      for (let k = i; k <= pipeTable.lastLine; k++) consumed.add(k);
      tables.push({ ...pipeTable.table, caption: captionBefore(cellLines, i) });
      i = pipeTable.lastLine;
      continue;
    }
    const spacedTable = readSpacedRows(text, lines, i, sectionAt, spacesBefore);
    if (spacedTable) {
      for (let k = spacedTable.firstLine; k <= spacedTable.lastLine; k++) consumed.add(k);
      tables.push({ ...spacedTable.table, caption: captionBefore(cellLines, i) });
      i = spacedTable.lastLine;
      continue;
    }
    const unitsInside = readSpacedUnitRows(text, lines, i, sectionAt, spacesBefore);
    if (unitsInside) {
      consumed.add(i);
      tables.push({ ...unitsInside.table, caption: captionBefore(cellLines, i) });
      continue;
    }
    const header = readHeader(cellLines, i);
    if (!header) continue;
    const body = readBodyCells(cellLines, header.nextLine, header.tabMode, lines);
    const problems: TableProblem[] = [];
    const { rows, columns } = buildRows(header.columns, body.cells, header.tabMode, problems);
    if (rows.length === 0) continue;
    const first = lines[i];
    const lastLine = lines[body.lastLine];
    for (let k = i; k <= body.lastLine; k++) consumed.add(k);
    tables.push({
      start: first.start,
      end: lastLine.end,
      caption: captionBefore(cellLines, i),
      columns,
      rows,
      section: sectionAt(first.start),
      problems,
    });
    i = body.lastLine;
  }
  return { tables, lines: consumed };
}

function readHeader(lines: readonly Line[], from: number): { columns: TableColumn[]; nextLine: number; tabMode: boolean } | null {
  if (!headerKind(lines[from].content)) return null;
  const tabMode = lines[from].startsWithTab;
  const columns: TableColumn[] = [];
  let i = from;
  let pending: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.content.length === 0) {
      if (tabMode && line.startsWithTab) break; // an empty cell: the header row is over
      if (tabMode && columns.length > 0) break;
      continue;
    }
    if (tabMode && !line.startsWithTab && pending !== null) {
      // Continuation of a wrapped header cell: "2018年" + "基数".
      const merged: string = pending + line.content;
      const kind = headerKind(merged);
      if (!kind) break;
      columns[columns.length - 1] = { header: merged, kind };
      pending = merged;
      continue;
    }
    const yearTitle = tabMode ? null : yearTitleContinued(columns, line.content);
    if (yearTitle) {
      columns[columns.length - 1] = yearTitle;
      pending = line.content;
      continue;
    }
    const kind = headerKind(line.content);
    if (!kind) break;
    columns.push({ header: line.content.replace(/\s+/g, ''), kind });
    pending = line.content;
  }
  targetsOfAssessment(columns);
  const kinds = new Set(columns.map((column) => column.kind));
  if (columns.length < MIN_HEADER_CELLS || !kinds.has('name') || !(kinds.has('serial') || kinds.has('value'))) return null;
  return { columns, nextLine: i, tabMode };
}

/** A column title that is a year alone (2020年), waiting for the words of what its values are. */
const BARE_YEAR_TITLE = /^\d{4}年$/;

/**
 * A year column's title split over two cells, the year on one line and what its values are on the next (rule
 * `year-title-split`: 南通 2021 2020年 / 完成情况 / 2020年 / 规划目标, a completion report's two columns of one year): one
 * value column, titled by both; the words alone (完成情况) would read as a column of their own.
 */
function yearTitleContinued(columns: readonly TableColumn[], cell: string): TableColumn | null {
  const last = columns[columns.length - 1];
  if (!last || last.kind !== 'value' || !BARE_YEAR_TITLE.test(last.header)) return null;
  const header = last.header + cell.replace(/\s+/g, '');
  return headerKind(header) === 'value' ? { header, kind: 'value' } : null;
}

/**
 * An assessment's target table (旌阳 2016: 项 目 | 分值 | 目标任务 | 监考单位) names its items in the first label column and
 * states each item's target in a 目标 column after its weight: that column holds values, not a second name.
 */
function targetsOfAssessment(columns: TableColumn[]): void {
  if (!columns.some((column) => column.kind === 'weight')) return;
  const firstName = columns.findIndex((column) => column.kind === 'name');
  columns.forEach((column, index) => {
    if (index > firstName && column.kind === 'name' && /目标/.test(column.header)) columns[index] = { header: column.header, kind: 'value' };
  });
}

function readBodyCells(lines: readonly Line[], from: number, tabMode: boolean, written: readonly Line[]): { cells: RawCell[]; lastLine: number } {
  const cells: RawCell[] = [];
  let lastLine = from - 1;
  let blankBefore = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line.content.length === 0 && !(tabMode && line.startsWithTab)) {
      blankBefore = true;
      continue;
    }
    if (endsTable(line, tabMode, blankBefore, cells.length > 0, closedByPipe(written[i]), () => rowValueFollows(lines, i))) break;
    if (tabMode && !line.startsWithTab) {
      const previous = cells[cells.length - 1];
      previous.text += line.content;
      previous.end = line.end;
    } else {
      cells.push({ text: line.content, start: line.start, end: line.end, afterBlank: blankBefore });
    }
    blankBefore = false;
    lastLine = i;
  }
  return { cells, lastLine: Math.max(lastLine, from - 1) };
}

function endsTable(line: Line, tabMode: boolean, blankBefore: boolean, haveCells: boolean, cellWritten: boolean, valueFollows: () => boolean): boolean {
  const content = line.content;
  if (/^(注|备注|说明|资料来源|数据来源)[：:]/.test(content)) return true;
  if (tabMode) {
    if (line.startsWithTab) return false;
    return blankBefore || !haveCells || content.length > MAX_CELL_LENGTH;
  }
  if (content.length > MAX_CELL_LENGTH) return true;
  // A group row of a web table (一、经济发展 |) is written as a cell, closed by its pipe: no heading of the text.
  if (cellWritten) return false;
  const marker = matchHeadingMarker(content);
  // A numbered label with a value in the next cells is a cell (一、发展水平 / 1.学前教育毛入园率(%) / 99%): the rows of
  // an indicator table; a heading of the text is followed by prose.
  return marker !== null && !/^\d+$/.test(content) && !valueFollows();
}

/** Cells the next lines hold before a value or attribute of a row: a few labels at most (group, name, 其中 sub-rows). */
const LABELS_BEFORE_VALUE = 4;

function rowValueFollows(lines: readonly Line[], at: number): boolean {
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < LABELS_BEFORE_VALUE; i++) {
    const content = lines[i].content;
    if (content.length === 0) continue;
    if (content.length > MAX_CELL_LENGTH) return false;
    if (isRowValue(content) || isAttributeCell(content)) return true;
    seen++;
  }
  return false;
}

function captionBefore(lines: readonly Line[], headerLine: number): string | null {
  for (let i = headerLine - 1, seen = 0; i >= 0 && seen < 2; i--) {
    if (lines[i].content.length === 0) continue;
    seen++;
    if (lines[i].content.length <= MAX_CELL_LENGTH) return lines[i].content;
  }
  return null;
}
