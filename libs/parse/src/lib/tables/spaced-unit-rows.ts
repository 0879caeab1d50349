import type { Line } from '../lines';
import type { Table, TableCell, TableColumn, TableRow } from '../parsed-document';
import { originalLines, spacedPieces, type Piece, type SpacesBefore } from './spaced-rows';
import { headerKind, isPersonCell, isUnitListCell, MIN_HEADER_CELLS } from './table-vocabulary';

/**
 * Rule `spaced-rows-units-inside`: a progress list a page wrote one row a line, cells set off by spaces, whose unit
 * columns stand before columns of text (青阳 2023 重点工作责任清单进展情况: 序号 2023年重点工作任务 牵头  领导 牵头         责任单位
 * 主体          责任单位 配合         责任单位 工作评价 2023年10-12月份进展情况 …, then `81 科学精准落实…。 汪  峰   吴蓓蓓 县卫健委
 * 各乡镇` / `县开发区` / `县直有关单位 达到时序进度 …`). The header's column words are broken by runs of spaces where the page
 * wrapped them (牵头 / 领导, 主体 / 责任单位): pieces that join into a column word are one. A row opens at a line starting
 * with its serial (an excerpt's serials, 81, 85, 87, go up by any step) and runs on over the lines before the next one.
 * Its pieces are read by their look: the task runs from the serial to the first person or unit, the people (汪 峰, a
 * name broken by spaces too) up to the first unit, then a run of unit pieces fills the unit columns in their order —
 * the first columns one piece each, the last its last piece, the one before it what is left (各乡镇 / 县开发区, a cell of
 * two lines); the pieces after the units are the text columns'.
 */

/** The most pieces a broken column word is written in. */
const MAX_WORD_PIECES = 3;
/** The most lines one row runs over. */
const MAX_ROW_LINES = 6;
/** How far an excerpt's next serial may skip. */
const MAX_SERIAL_GAP = 200;

export function readSpacedUnitRows(
  text: string,
  lines: readonly Line[],
  from: number,
  sectionAt: (offset: number) => number,
  spacesBefore: SpacesBefore,
): { table: Omit<Table, 'caption'>; lastLine: number } | null {
  const whole = lines[from];
  // Cheap rejection first: this runs on every line.
  if (!whole.content.startsWith('序号') || spacesBefore(whole.start + 2) <= 0) return null;
  const written = originalLines(whole, spacesBefore);
  const columns = brokenHeader(text, written[0], spacesBefore);
  if (!columns) return null;
  const units = columns.map((column, c) => (column.kind === 'department' ? c : -1)).filter((c) => c >= 0);
  const task = columns.findIndex((column) => column.kind === 'name');
  const people = columns.findIndex((column) => column.kind === 'person');
  // Only a table whose units stand inside: units closing the row are the plain spaced reader's.
  if (units.length === 0 || task < 0 || units[units.length - 1] === columns.length - 1) return null;
  const rowLines: Line[][] = [];
  let lastSerial = 0;
  for (const line of written.slice(1)) {
    const serial = serialOpening(text, line, spacesBefore);
    if (serial !== null && serial > lastSerial && serial - lastSerial <= MAX_SERIAL_GAP) {
      rowLines.push([line]);
      lastSerial = serial;
    } else if (rowLines.length > 0 && rowLines[rowLines.length - 1].length < MAX_ROW_LINES) rowLines[rowLines.length - 1].push(line);
    else break;
  }
  const rows = rowLines.map((row) => readRow(text, row, columns, task, people, units, spacesBefore)).filter((row): row is TableRow => row !== null);
  if (rows.length === 0) return null;
  const end = rows[rows.length - 1].end;
  // The table is the line's only where every original line of it is read.
  if (end !== whole.end) return null;
  return { table: { start: written[0].start, end, columns, rows, section: sectionAt(written[0].start), problems: [] }, lastLine: from };
}

/** The header's column words, pieces broken by spaces joined where they make one; null unless every piece is used. */
function brokenHeader(text: string, line: Line, spacesBefore: SpacesBefore): TableColumn[] | null {
  const pieces = spacedPieces(line, spacesBefore).filter((piece) => piece.end > piece.start);
  const columns: TableColumn[] = [];
  for (let p = 0; p < pieces.length;) {
    let taken = 0;
    for (let n = Math.min(MAX_WORD_PIECES, pieces.length - p); n >= 1 && taken === 0; n--) {
      const word = text.slice(pieces[p].start, pieces[p + n - 1].end);
      const kind = headerKind(word);
      if (kind === null) continue;
      columns.push({ header: word, kind });
      taken = n;
    }
    if (taken === 0) return null;
    p += taken;
  }
  if (columns.length < MIN_HEADER_CELLS || columns[0].kind !== 'serial') return null;
  return columns;
}

function serialOpening(text: string, line: Line, spacesBefore: SpacesBefore): number | null {
  const match = /^\d{1,3}/.exec(line.content);
  if (!match || spacesBefore(line.start + match[0].length) <= 0) return null;
  return Number(match[0]);
}

/** A piece a person's name is written in: a name, or one character of a name broken by spaces (汪 峰). */
function personPiece(cell: string): boolean {
  return isPersonCell(cell) || /^[\u4e00-\u9fa5]$/.test(cell);
}

function readRow(
  text: string,
  rowLines: readonly Line[],
  columns: readonly TableColumn[],
  task: number,
  people: number,
  units: readonly number[],
  spacesBefore: SpacesBefore,
): TableRow | null {
  const pieces = rowLines.flatMap((line) => spacedPieces(line, spacesBefore)).filter((piece) => piece.end > piece.start);
  const look = (piece: Piece) => text.slice(piece.start, piece.end);
  const cells: TableCell[] = [];
  const cell = (column: number, from: Piece, to: Piece): void =>
    void cells.push({ column, text: text.slice(from.start, to.end), start: from.start, end: to.end, inherited: false });
  cell(0, pieces[0], pieces[0]);
  let p = 1;
  while (p < pieces.length && !personPiece(look(pieces[p])) && !isUnitListCell(look(pieces[p]))) p++;
  if (p === 1 || p === pieces.length) return null;
  cell(task, pieces[1], pieces[p - 1]);
  const peopleFrom = p;
  while (p < pieces.length && !isUnitListCell(look(pieces[p])) && personPiece(look(pieces[p]))) p++;
  if (people >= 0 && p > peopleFrom) cell(people, pieces[peopleFrom], pieces[p - 1]);
  const unitFrom = p;
  while (p < pieces.length && isUnitListCell(look(pieces[p]))) p++;
  const run = pieces.slice(unitFrom, p);
  if (run.length === 0) return null;
  // A cell each for the first unit columns, the last unit for the last; the one before it takes what is left, each of its
  // pieces a cell of its own (a unit a line, run together by the normalized text).
  const last = units.length - 1;
  run.forEach((piece, k) => {
    const column = run.length <= units.length ? units[k] : k === run.length - 1 ? units[last] : units[Math.min(k, Math.max(last - 1, 0))];
    cell(column, piece, piece);
  });
  // The text columns after the units, a piece each in order, the last taking the rest.
  const after = columns.map((_, c) => c).filter((c) => c > units[last]);
  const rest = pieces.slice(p);
  after.forEach((column, k) => {
    if (k >= rest.length) return;
    cell(column, rest[k], k === after.length - 1 ? rest[rest.length - 1] : rest[k]);
  });
  cells.sort((a, b) => a.column - b.column || a.start - b.start);
  return { serial: Number(look(pieces[0])), cells, start: pieces[0].start, end: pieces[pieces.length - 1].end };
}
