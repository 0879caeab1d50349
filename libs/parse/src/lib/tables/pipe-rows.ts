import type { Line } from '../lines';
import type { Table, TableColumn, TableProblem, TableRow } from '../parsed-document';
import type { RawCell } from './row-groups';
import { assignCells } from './table-rows';
import { headerKind, MIN_HEADER_CELLS } from './table-vocabulary';

/** Tables whose rows are written on one line each, cells separated by | (a page's table copied as text). */

/** Cells of a line that writes a whole row, split at its `|` (edge pipes and blank cells dropped), with their spans. */
export function pipeCells(line: Line): RawCell[] {
  const cells: RawCell[] = [];
  let from = 0;
  const content = line.content;
  for (let k = 0; k <= content.length; k++) {
    if (k < content.length && content[k] !== '|') continue;
    const raw = content.slice(from, k);
    const text = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    if (text.length > 0) cells.push({ text, start: line.start + from + lead, end: line.start + from + lead + text.length, afterBlank: false });
    from = k + 1;
  }
  return cells;
}

/**
 * An indicator table whose rows are written one per line with `|` between cells, as a web page dumps it (青海 2018:
 * `一级指标 | 二 级 指 标 | 计量单位 | 1-3月 |`, then `经济稳定 | 1.地区生产总值(GDP)增长率… | % | 7.2 |`): each line is a row,
 * its cells given to the columns by what they are, so a row that leaves a merged category out (`2.居民消费价格涨幅(CPI) |
 * % | 2.7 | |`) keeps it from the row above. The table ends at the first line that is not a row.
 */
export function readPipeRows(
  lines: readonly Line[],
  from: number,
  sectionAt: (offset: number) => number,
): { table: Omit<Table, 'caption'>; lastLine: number } | null {
  const first = lines[from];
  // Length and a bar first: this runs on every line.
  if (first.content.length > 120 || !first.content.includes('|') || !/\S\s*\|\s*\S/.test(first.content)) return null;
  const headerCells = pipeCells(first);
  const kinds = headerCells.map((cell) => headerKind(cell.text));
  if (headerCells.length < MIN_HEADER_CELLS || kinds.some((kind) => kind === null)) return null;
  const columns: TableColumn[] = headerCells.map((cell, c) => ({ header: cell.text.replace(/\s+/g, ''), kind: kinds[c]! }));
  if (!kinds.includes('name') || !kinds.includes('value') || !(kinds.includes('unit') || kinds.includes('attribute'))) return null;
  const rows: TableRow[] = [];
  const problems: TableProblem[] = [];
  let previous: TableRow | null = null;
  let lastLine = from;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.content.length === 0) continue;
    if (!line.content.includes('|')) break;
    const cells = pipeCells(line);
    if (cells.length < 2) break;
    const row = assignCells(columns, cells, null, -1, previous, problems);
    if (row.cells.length > 0) {
      rows.push(row);
      previous = row;
    }
    lastLine = i;
  }
  if (rows.length === 0) return null;
  return { table: { start: first.start, end: lines[lastLine].end, columns, rows, section: sectionAt(first.start), problems }, lastLine };
}

/** A line a web table dump wrote as a cell: closed by " |". */
export function closedByPipe(line: Line): boolean {
  return line.content.length > 1 && line.content.endsWith('|');
}
