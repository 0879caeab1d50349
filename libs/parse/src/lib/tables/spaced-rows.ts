import type { Line } from '../lines';
import { matchHeadingMarker } from '../outline/heading-patterns';
import type { MappedText } from '../normalize/mapped-text';
import type { Table, TableCell, TableColumn, TableColumnKind, TableRow } from '../parsed-document';
import { groupingNameColumns } from './task-table-header';
import { headerKind, isDeadlineCell, isPersonCell, isUnitListCell, MIN_HEADER_CELLS } from './table-vocabulary';

/**
 * Task tables whose rows a web page dump wrote one per line with single spaces between the cells (平顶山 2018 河长制
 * 任务分解表: `序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位`, then `1 加强水资源保 护 严守水资源开发利用控制红线
 * 实施…。 市水利局 市发展改革委、… 各县(市、区)党委和人民政府,…`). A cell that wrapped in the page keeps a space where it
 * wrapped (加强水资源保 护, 严守用水 效率控制 红线), and a merged cell left blank leaves two spaces (`2  严守用水 …`). Each
 * line that opens with the next serial is a row: the unit, deadline and people columns at its end are taken from its
 * end by their look, the serial from its start, and the pieces between are joined into the task and text columns, the
 * two shortest neighbours first, until there is one per column; a blank piece is a blank cell, inherited from the row
 * above (a merged cell). Normalization deletes the spaces between Chinese characters, so the cells are read at the
 * gaps the original text has there.
 */

/**
 * The spaces of the original text between normalized units `index - 1` and `index` (0 where there are none), -1 where
 * a line break is there (joining soft line breaks may have run two rows into one line).
 */
export type SpacesBefore = (index: number) => number;

/** Spaces before each normalized unit, read in the original through the offset map. */
export function spacesInOriginal(original: string, mapped: MappedText): SpacesBefore {
  return (index) => {
    let count = 0;
    for (let k = mapped.originalEndOf(index - 1); k < mapped.originalStartOf(index); k++) {
      if (original[k] === '\n') return -1;
      if (original[k] === ' ' || original[k] === '\u3000') count++;
    }
    return count;
  };
}

/** A normalized line cut where the original broke its lines: the rows a soft-break join ran together. */
export function originalLines(line: Line, spacesBefore: SpacesBefore): Line[] {
  const parts: Line[] = [];
  let from = line.start;
  for (let k = line.start + 1; k <= line.end; k++) {
    if (k < line.end && spacesBefore(k) !== -1) continue;
    parts.push({ ...line, start: from, end: k, content: line.content.slice(from - line.start, k - line.start) });
    from = k;
  }
  return parts;
}

/** Columns read from a row's end, each a piece that must look like it. */
const TRAILING: ReadonlySet<TableColumnKind> = new Set(['department', 'deadline', 'person']);
/** Columns whose cells are joined from the pieces between the serial and the trailing columns. */
const MIDDLE: ReadonlySet<TableColumnKind> = new Set(['category', 'name', 'text', 'progress']);

export interface Piece {
  readonly start: number;
  readonly end: number;
}

/** Pieces of a line between the original's spaces, blank ones kept (two spaces: a blank cell between). */
export function spacedPieces(line: Line, spacesBefore: SpacesBefore): Piece[] {
  const pieces: Piece[] = [];
  let from = line.start;
  for (let k = line.start + 1; k < line.end; k++) {
    const spaces = spacesBefore(k);
    if (spaces <= 0) continue;
    pieces.push({ start: from, end: k });
    for (let blank = 1; blank < spaces; blank++) pieces.push({ start: k, end: k });
    from = k;
  }
  pieces.push({ start: from, end: line.end });
  return pieces;
}

/** The header: one line of at least three column words between spaces, a serial column first. */
function spacedHeader(text: string, line: Line, spacesBefore: SpacesBefore): TableColumn[] | null {
  if (line.content.length > 80 || /[|\t]/.test(line.content)) return null;
  const words = spacedPieces(line, spacesBefore)
    .map((piece) => text.slice(piece.start, piece.end))
    .filter((word) => word.length > 0);
  if (words.length < MIN_HEADER_CELLS) return null;
  const kinds = words.map((word) => headerKind(word));
  if (kinds.some((kind) => kind === null) || kinds[0] !== 'serial') return null;
  if (!kinds.some((kind) => kind === 'name' || kind === 'text') || !kinds.some((kind) => kind === 'department' || kind === 'deadline')) return null;
  if (kinds.some((kind) => kind !== 'serial' && !TRAILING.has(kind!) && !MIDDLE.has(kind!))) return null;
  const columns = words.map((word, w) => ({ header: word, kind: kinds[w]! }));
  // 名称 beside 工作任务: the one that names the work is the task, the other groups rows (as in the other layouts).
  groupingNameColumns(columns);
  return columns;
}

function looksLike(kind: TableColumnKind, cell: string): boolean {
  if (kind === 'department') return isUnitListCell(cell);
  if (kind === 'deadline') return isDeadlineCell(cell);
  return isPersonCell(cell);
}

/** The pieces between serial and trailing cells joined into `count` cells, the two shortest neighbours first. */
function joinInto(text: string, pieces: Piece[], count: number): Piece[] | null {
  const joined = [...pieces];
  while (joined.length > count) {
    let best = -1;
    for (let p = 0; p + 1 < joined.length; p++) {
      const [a, b] = [joined[p], joined[p + 1]];
      if (a.end === a.start || b.end === b.start) continue; // a blank cell joins nothing
      if (best < 0 || b.end - a.start < joined[best + 1].end - joined[best].start) best = p;
    }
    if (best < 0) return null;
    joined.splice(best, 2, { start: joined[best].start, end: joined[best + 1].end });
  }
  return joined.length === count && text.length > 0 ? joined : null;
}

/** The longest header row a line may end with (rule spaced-header-at-line-end). */
const MAX_HEADER_TAIL = 80;

/**
 * Rule `spaced-header-at-line-end`: a repost that ran the notice's paragraphs into one line ends that line with the
 * table's header (常熟 2018: …常熟市人民政府办公室 2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位):
 * the header is the line's tail from a 序号 set off by a space; the rows follow on lines of their own.
 */
function headerTail(line: Line, spacesBefore: SpacesBefore): Line | null {
  const at = Math.max(line.content.lastIndexOf('序号'), line.content.lastIndexOf('编号'));
  if (at <= 0 || line.content.length - at > MAX_HEADER_TAIL || spacesBefore(line.start + at) <= 0) return null;
  return { ...line, start: line.start + at, content: line.content.slice(at) };
}

export function readSpacedRows(
  text: string,
  lines: readonly Line[],
  from: number,
  sectionAt: (offset: number) => number,
  spacesBefore: SpacesBefore,
): { table: Omit<Table, 'caption'>; lastLine: number; firstLine: number } | null {
  const whole = lines[from];
  // Cheap rejection first: this runs on every line.
  const opens = whole.content.startsWith('序号') || whole.content.startsWith('编号');
  const first = opens ? whole : whole.content.length > MAX_HEADER_TAIL && whole.content.includes('序号') ? headerTail(whole, spacesBefore) : null;
  if (first === null || spacesBefore(first.start + 2) <= 0) return null;
  const columns = spacedHeader(text, first, spacesBefore);
  if (!columns) return null;
  const trailing: number[] = [];
  for (let c = columns.length - 1; c > 0 && TRAILING.has(columns[c].kind); c--) trailing.unshift(c);
  const middle = columns.map((_, c) => c).filter((c) => c > 0 && !trailing.includes(c));
  if (middle.some((c) => !MIDDLE.has(columns[c].kind))) return null;
  const rows: TableRow[] = [];
  let previous: TableRow | null = null;
  let lastLine = from;
  for (let i = from + 1; i < lines.length; i++) {
    if (lines[i].content.trim().length === 0) continue;
    // Rule `group-row-in-spaced-table`: a part heading between rows (常熟 2018: 一、经济社会发展主要预期目标分解(11项)) is
    // followed by the next row: it holds no cell.
    if (matchHeadingMarker(lines[i].content)?.kind === 'cn-enum' && nextRowOpens(lines, i + 1, rows.length + 1, spacesBefore)) continue;
    const read: TableRow[] = [];
    for (const line of originalLines(lines[i], spacesBefore)) {
      const row = readRow(text, line, rows.length + read.length + 1, columns, trailing, middle, read[read.length - 1] ?? previous, spacesBefore);
      if (!row) break;
      read.push(row);
    }
    // A line is the table's only where all of it is rows.
    if (read.length === 0 || read[read.length - 1].end !== lines[i].end) break;
    rows.push(...read);
    previous = read[read.length - 1];
    lastLine = i;
  }
  if (rows.length === 0) return null;
  return {
    table: { start: first.start, end: lines[lastLine].end, columns, rows, section: sectionAt(first.start), problems: [] },
    lastLine,
    // A header at a line's end leaves the line's text before it to the paragraphs.
    firstLine: opens ? from : from + 1,
  };
}

/** Does the next non-blank line from `at` open with serial `serial` set off by a space? */
function nextRowOpens(lines: readonly Line[], at: number, serial: number, spacesBefore: SpacesBefore): boolean {
  for (let k = at; k < lines.length; k++) {
    if (lines[k].content.trim().length === 0) continue;
    const written = String(serial);
    return lines[k].content.startsWith(written) && spacesBefore(lines[k].start + written.length) > 0;
  }
  return false;
}

/** The row a line writes, numbered `serial`, or null where it is none. */
function readRow(
  text: string,
  line: Line,
  serialNumber: number,
  columns: readonly TableColumn[],
  trailing: readonly number[],
  middle: readonly number[],
  previous: TableRow | null,
  spacesBefore: SpacesBefore,
): TableRow | null {
  const serial = String(serialNumber);
  if (!line.content.startsWith(serial) || spacesBefore(line.start + serial.length) <= 0) return null;
  const pieces = spacedPieces(line, spacesBefore);
  const cells: TableCell[] = [{ column: 0, text: serial, start: pieces[0].start, end: pieces[0].end, inherited: false }];
  let end = pieces.length;
  for (let t = trailing.length - 1; t >= 0; t--) {
    while (end > 1 && pieces[end - 1].end === pieces[end - 1].start) end--;
    const piece = pieces[end - 1];
    const written = text.slice(piece.start, piece.end);
    if (end <= 1 || !looksLike(columns[trailing[t]].kind, written)) return null;
    cells.push({ column: trailing[t], text: written, start: piece.start, end: piece.end, inherited: false });
    end--;
  }
  // Rule `blank-leading-middle`: fewer pieces than middle columns leave the leading ones blank (常熟 2018: 序号 名称 工作任务
  // 牵头责任单位, rows `1 地区生产总值增长7%以上…. 发改委` with no 名称): the pieces are the last columns', the task's.
  const written = pieces.slice(1, end).filter((piece) => piece.end > piece.start).length;
  const filled = written > 0 && written < middle.length ? middle.slice(middle.length - written) : middle;
  const between = joinInto(text, pieces.slice(1, end), filled.length);
  if (!between) return null;
  between.forEach((piece, p) => {
    const column = filled[p];
    if (piece.end > piece.start) cells.push({ column, text: text.slice(piece.start, piece.end), start: piece.start, end: piece.end, inherited: false });
    else {
      const above = previous?.cells.find((cell) => cell.column === column);
      if (above) cells.push({ ...above, inherited: true });
    }
  });
  cells.sort((a, b) => a.column - b.column);
  return { serial: serialNumber, cells, start: line.start, end: line.end };
}
