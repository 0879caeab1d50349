import type { Line } from '../lines';
import { PIPES_ONLY, SEPARATOR, serialOf, type StreamCell } from './task-table-cells';
import { isUnitListCell } from './table-vocabulary';

/** A table body's cells grouped into rows: by serial numbers, by row ends, by unit cells or by the column count. */

/** The most unit lines a cell of several lines is read over before the next row's serial. */
const MAX_UNIT_LINES = 4;

/** Do the lines from `at` hold only unit names up to the line of serial `expected`, within MAX_UNIT_LINES? */
export function unitLinesBeforeSerial(lines: readonly Line[], at: number, expected: number): boolean {
  let seen = 0;
  for (let k = at; k < lines.length; k++) {
    const content = lines[k].content.trim();
    if (content.length === 0) continue;
    if (serialOf(content) === expected) return seen > 0;
    if (++seen > MAX_UNIT_LINES || SEPARATOR.test(content) || !isUnitListCell(content)) return false;
  }
  return false;
}

/**
 * Rule `merged-serial-sub-row`: a serial cell merged over two rows prints its number once, so the second row follows a
 * whole row with no serial of its own (大竹 2016 民生实事: 5 / 开工建设县老年养护楼。/ 县民政局 / 5月底前动工 / 开工建设老年大学。/
 * 12月底前 / 6): lines from `at` up to serial `expected`, fewer than a row's cells, that close on the last column's kind
 * (a deadline, a unit list) and open with a task, are one more row.
 */
export function subRowBeforeSerial(lines: readonly Line[], at: number, expected: number, rowWidth: number, closesRow: (cell: string) => boolean): boolean {
  const cells: string[] = [];
  for (let k = at; k < lines.length; k++) {
    const content = lines[k].content.trim();
    if (content.length === 0) continue;
    if (serialOf(content) === expected) break;
    if (cells.length >= rowWidth - 1 || SEPARATOR.test(content) || content.length > MAX_SUB_ROW_CELL) return false;
    cells.push(content);
  }
  return cells.length >= 2 && closesRow(cells[cells.length - 1]) && !closesRow(cells[0]) && !isUnitListCell(cells[0]);
}

/** A sub-row's cell is a task, a unit list or a deadline: a longer line is text after the table. */
const MAX_SUB_ROW_CELL = 120;

/** Rows opened by the serials 1, 2, 3… (or from the first serial on); a group name goes with the row after it. */
export function groupBySerial(cells: readonly StreamCell[], firstSerial: number): StreamCell[][] {
  const groups: StreamCell[][] = [];
  let groupNames: StreamCell[] = [];
  let expected = firstSerial;
  for (const cell of cells) {
    if (cell.groupName) {
      groupNames.push(cell);
      continue;
    }
    const serial = serialOf(cell.text);
    if (serial === expected || (cell.startsRow && serial !== null)) {
      groups.push(groupNames);
      groupNames = [];
      expected = (serial ?? expected) + 1;
    } else if (cell.startsRow && groups.length > 0) groups.push([]);
    if (groups.length > 0) groups[groups.length - 1].push(cell);
  }
  return groups;
}

/**
 * Rows of a bar-lines copy whose last column lists units (吴江 2024): the serial column numbers groups of rows and the
 * merged cells are left out, so each row ends at its unit cell; the cells before it are placed by what they are.
 */
export function groupByUnitCells(cells: readonly StreamCell[]): StreamCell[][] {
  const groups: StreamCell[][] = [[]];
  for (const cell of cells) {
    groups[groups.length - 1].push(cell);
    if (isUnitListCell(cell.text)) groups.push([]);
  }
  return groups.filter((group) => group.length > 0);
}

/** Is the cell on line `at` closed by a line of bars (or cut off by the end of the text)? */
export function closedByBarLine(lines: readonly Line[], at: number): boolean {
  for (let k = at + 1; k < lines.length; k++) if (lines[k].content.length > 0) return PIPES_ONLY.test(lines[k].content);
  return true;
}

export function groupByRowEnds(cells: readonly StreamCell[]): StreamCell[][] {
  const groups: StreamCell[][] = [[]];
  for (const cell of cells) {
    groups[groups.length - 1].push(cell);
    if (cell.endsRow) groups.push([]);
  }
  return groups.filter((group) => group.length > 0);
}

export function groupByCount(cells: readonly StreamCell[], count: number): StreamCell[][] {
  const groups: StreamCell[][] = [];
  for (let i = 0; i + count <= cells.length; i += count) groups.push(cells.slice(i, i + count));
  return groups;
}
