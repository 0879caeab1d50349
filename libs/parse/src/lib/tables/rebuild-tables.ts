import { withoutTablePipes, type Line } from '../lines';
import type { Table, TableCell, TableColumn, TableProblem, TableRow } from '../parsed-document';
import { matchHeadingMarker } from '../outline/heading-patterns';
import { readTaskTable } from './task-tables';
import { headerKind, isAttributeCell, isNumberOnly, isUnitCell, isUnitListCell, isValueCell } from './table-vocabulary';

interface RawCell {
  text: string;
  start: number;
  end: number;
  /** A blank line came before this cell (rows are blank-line separated in tab-delimited exports). */
  afterBlank: boolean;
}

export interface RebuiltTables {
  readonly tables: Table[];
  /** Lines consumed by tables (header and body), excluded from paragraphs and the outline. */
  readonly lines: Set<number>;
}

const MIN_HEADER_CELLS = 3;
const MAX_CELL_LENGTH = 60;

/**
 * Rebuild tables that text export flattened to one cell per line. Two layouts occur: cells starting with a tab
 * (continuation lines without a tab, blank lines between rows, merged cells left empty) and bare cells separated by
 * blank lines (merged cells missing entirely). Rows are found by their serial numbers 1, 2, 3…; cells are assigned
 * to columns by what they are (unit, value, attribute, department) rather than by position, because merged cells
 * shift positions.
 */
export function rebuildTables(text: string, lines: readonly Line[], sectionAt: (offset: number) => number): RebuiltTables {
  const tables: Table[] = [];
  const consumed = new Set<number>();
  const cellLines = lines.map(withoutTablePipes);
  for (let i = 0; i < lines.length; i++) {
    const taskTable = readTaskTable(text, lines, i);
    if (taskTable) {
      for (let k = i; k <= taskTable.lastLine; k++) consumed.add(k);
      tables.push({
        start: lines[i].start,
        end: lines[taskTable.lastLine].end,
        caption: captionBefore(lines, i),
        columns: taskTable.columns,
        rows: taskTable.rows,
        section: sectionAt(lines[i].start),
        problems: taskTable.problems,
      });
      i = taskTable.lastLine;
      continue;
    }
    const pipeTable = readPipeRows(lines, i, sectionAt);
    if (pipeTable) {
      for (let k = i; k <= pipeTable.lastLine; k++) consumed.add(k);
      tables.push({ ...pipeTable.table, caption: captionBefore(cellLines, i) });
      i = pipeTable.lastLine;
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

/** Cells of a line that writes a whole row, split at its `|` (edge pipes and blank cells dropped), with their spans. */
function pipeCells(line: Line): RawCell[] {
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
function readPipeRows(lines: readonly Line[], from: number, sectionAt: (offset: number) => number): { table: Omit<Table, 'caption'>; lastLine: number } | null {
  const first = lines[from];
  if (!/\S\s*\|\s*\S/.test(first.content) || first.content.length > 120) return null;
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

/** A line a web table dump wrote as a cell: closed by " |". */
function closedByPipe(line: Line): boolean {
  return line.content.length > 1 && line.content.endsWith('|');
}

function captionBefore(lines: readonly Line[], headerLine: number): string | null {
  for (let i = headerLine - 1, seen = 0; i >= 0 && seen < 2; i--) {
    if (lines[i].content.length === 0) continue;
    seen++;
    if (lines[i].content.length <= MAX_CELL_LENGTH) return lines[i].content;
  }
  return null;
}

/**
 * A category column whose header cell was left blank (merged into the title row) still has its cells in the body:
 * an implicit 类别 column receives them and is dropped again if no row used it.
 */
function buildRows(
  headerColumns: readonly TableColumn[],
  cells: readonly RawCell[],
  tabMode: boolean,
  problems: TableProblem[],
): { rows: TableRow[]; columns: readonly TableColumn[] } {
  // Only indicator tables (with a 单位 or 分值 column to delimit labels) can carry a category whose header was left blank.
  const weighted = headerColumns.some((column) => column.kind === 'weight');
  const implicitCategory =
    !headerColumns.some((column) => column.kind === 'category') && headerColumns.some((column) => column.kind === 'unit' || column.kind === 'weight');
  const columns: readonly TableColumn[] = implicitCategory ? [...headerColumns, { header: '类别', kind: 'category' }] : headerColumns;
  if (weighted) {
    const rows = weightedRows(columns, cells);
    const implicitIndex = headerColumns.length;
    const usesCategory = rows.some((row) => row.cells.some((cell) => cell.column === implicitIndex));
    return { rows, columns: implicitCategory && !usesCategory ? headerColumns : columns };
  }
  const serialColumn = columns.findIndex((column) => column.kind === 'serial');
  const hasUnitColumn = columns.some((column) => column.kind === 'unit');
  const hasValueColumn = columns.some((column) => column.kind === 'value');
  const groups =
    serialColumn >= 0
      ? groupBySerial(cells, serialColumn)
      : tabMode
        ? groupByBlankLines(cells)
        : hasUnitColumn
          ? groupByUnitCells(cells)
          : hasValueColumn
            ? groupByClosedRows(
                cells,
                columns.some((column) => column.kind === 'department'),
              )
            : [];
  const rows: TableRow[] = [];
  let previous: TableRow | null = null;
  const valueColumnCount = columns.filter((column) => column.kind === 'value').length;
  for (const group of groups.flatMap((whole) => (serialColumn < 0 ? subRowGroups(whole, valueColumnCount) : [whole]))) {
    const row = assignCells(columns, group.cells, group.serial, serialColumn, previous, problems);
    if (row.cells.length === 0) continue;
    rows.push(row);
    previous = row;
  }
  const implicitIndex = headerColumns.length;
  if (implicitCategory && !rows.some((row) => row.cells.some((cell) => cell.column === implicitIndex))) {
    return { rows, columns: headerColumns };
  }
  return { rows, columns };
}

/** A score in an assessment's 分值 column: a small number (3, 0.5, 10). */
const WEIGHT = /^\d{1,3}(?:\.\d{1,2})?$/;

/**
 * Rows of an assessment's target table flattened one cell per line (旌阳 2016: 宏观调控 / 全社会固定资产投资额 / 3 / 186 /
 * 区发改委区统计局): a row opens at its name, the label right before its weight; the cell after the weight is its target
 * unless it lists units or opens the next row (a merged or empty target), then come the units that check it. Labels
 * between a row's units and the next name (宏观调控, 公共服务) are the category printed once for the rows it spans;
 * merged categories and units are repeated from the row above.
 */
function weightedRows(columns: readonly TableColumn[], cells: readonly RawCell[]): TableRow[] {
  const written = cells.filter((cell) => cell.text.length > 0);
  const at = (kind: TableColumn['kind']): number => columns.findIndex((column) => column.kind === kind);
  const [nameAt, weightAt, valueAt, departmentAt, categoryAt] = [at('name'), at('weight'), at('value'), at('department'), at('category')];
  const opens = (i: number): boolean =>
    i + 1 < written.length && WEIGHT.test(written[i + 1].text) && !WEIGHT.test(written[i].text) && !isUnitListCell(written[i].text);
  const rows: TableRow[] = [];
  let labels: RawCell[] = [];
  let previous: TableRow | null = null;
  for (let i = 0; i < written.length;) {
    if (!opens(i)) {
      labels.push(written[i++]);
      continue;
    }
    const cellsOfRow: TableCell[] = [];
    const put = (column: number, cell: RawCell): void => {
      if (column >= 0) cellsOfRow.push({ column, text: cell.text, start: cell.start, end: cell.end, inherited: false });
    };
    const inherit = (column: number): void => {
      const above = previous?.cells.find((candidate) => candidate.column === column);
      if (column >= 0 && above) cellsOfRow.push({ ...above, inherited: true });
    };
    if (labels.length > 0 && categoryAt >= 0) {
      put(categoryAt, { text: labels.map((cell) => cell.text).join(''), start: labels[0].start, end: labels[labels.length - 1].end, afterBlank: false });
    } else inherit(categoryAt);
    put(nameAt, written[i]);
    put(weightAt, written[i + 1]);
    let j = i + 2;
    if (j < written.length && !opens(j) && !isUnitListCell(written[j].text)) put(valueAt, written[j++]);
    const units: RawCell[] = [];
    while (j < written.length && !opens(j) && isUnitListCell(written[j].text)) units.push(written[j++]);
    if (units.length > 0) {
      put(departmentAt, { text: units.map((cell) => cell.text).join(''), start: units[0].start, end: units[units.length - 1].end, afterBlank: false });
    } else inherit(departmentAt);
    cellsOfRow.sort((a, b) => a.column - b.column);
    const start = labels.length > 0 ? labels[0].start : written[i].start;
    const row: TableRow = { serial: null, cells: cellsOfRow, start, end: written[j - 1].end };
    rows.push(row);
    previous = row;
    labels = [];
    i = j;
  }
  return rows;
}

interface CellGroup {
  serial: number | null;
  cells: RawCell[];
}

/** A sub-row's label: 其中：小学, 其中:本科及以上学历比例（%）. */
const SUB_ROW = /^其中[：:]?/;
/** A sub-row label this short names a part of the row's indicator (小学, 初中), not an indicator of its own. */
const PART_LABEL = 4;

/**
 * A row holding sub-rows in its cells (4.义务教育标准班额比例（%） | 其中：小学 | 初中 | 34.52% | 77.34% | 80%以上 | 85%以上 |
 * 预期性): each value cell stacks one value per indicator, column after column, so its values come in order — the
 * first column's for each, then the second's. Split into one row per indicator when the values are exactly that many
 * per value column: the row's own indicator first if it has values too (幼儿教师专科及以上学历比例 | 其中：本科及以上学历比例
 * | 97.74% | 49.85% | 100% | 50%), then each sub-row. A part (小学) is named after the row's indicator: 义务教育标准班额比例（小学）（%）.
 */
function subRowGroups(group: CellGroup, valueColumns: number): CellGroup[] {
  const cells = group.cells.filter((cell) => cell.text.length > 0);
  const subAt = cells.findIndex((cell) => SUB_ROW.test(cell.text));
  if (valueColumns === 0 || subAt <= 0) return [group];
  const valuesAt = cells.findIndex((cell, index) => index > subAt && isRowValue(cell.text));
  if (valuesAt < 0) return [group];
  let valuesEnd = valuesAt;
  while (valuesEnd < cells.length && isRowValue(cells[valuesEnd].text) && !isAttributeCell(cells[valuesEnd].text)) valuesEnd++;
  const values = cells.slice(valuesAt, valuesEnd);
  const rest = cells.slice(valuesEnd);
  const main = cells.slice(0, subAt);
  const mainName = main[main.length - 1];
  const subs = cells.slice(subAt, valuesAt).map((cell, index): RawCell => {
    const prefix = index === 0 ? (SUB_ROW.exec(cell.text)?.[0].length ?? 0) : 0;
    const text = cell.text.slice(prefix);
    if (text.length > PART_LABEL) return { ...cell, text, start: cell.start + prefix };
    const unit = /（[^（）]{1,8}）$/.exec(mainName.text);
    const base = unit ? mainName.text.slice(0, unit.index) : mainName.text;
    return { ...cell, text: `${base}（${text}）${unit?.[0] ?? ''}`, start: cell.start + prefix };
  });
  // A sub-row is labelled by itself alone; a group label before the row's name (二、优质资源建设) opens the first row split off.
  const groupLabels = main.slice(0, -1);
  const entities = values.length === (subs.length + 1) * valueColumns ? [main, ...subs.map((sub) => [sub])] : null;
  const partsOnly = values.length === subs.length * valueColumns ? subs.map((sub, index) => (index === 0 ? [...groupLabels, sub] : [sub])) : null;
  const labelled = entities ?? partsOnly;
  if (!labelled) return [group];
  const count = labelled.length;
  return labelled.map((labels, e) => ({
    serial: group.serial,
    cells: [...labels, ...Array.from({ length: valueColumns }, (_, c) => values[c * count + e]), ...rest],
  }));
}

/** Rows start at serial numbers 1, 2, 3… (a number followed by text, so values equal to the next serial are not). */
function groupBySerial(cells: readonly RawCell[], serialColumn: number): CellGroup[] {
  const starts: Array<{ index: number; serial: number }> = [];
  let expected = 1;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].text !== String(expected)) continue;
    const next = cells[i + 1];
    if (!next || isNumberOnly(next.text) || next.text.length === 0) continue;
    starts.push({ index: i, serial: expected });
    expected++;
  }
  const groups: CellGroup[] = [];
  for (let r = 0; r < starts.length; r++) {
    // Columns before the serial (e.g. 指标类别) are the cells just before it.
    const lowest = r === 0 ? 0 : starts[r - 1].index + 1;
    const from = Math.max(lowest, starts[r].index - serialColumn);
    const nextFrom = r + 1 < starts.length ? Math.max(starts[r].index + 1, starts[r + 1].index - serialColumn) : cells.length;
    groups.push({ serial: starts[r].serial, cells: cells.slice(from, nextFrom) });
  }
  return groups;
}

/**
 * Rows of an indicator table without serial numbers (类别 | 指标 | 单位 | 2020年 | 2025年 | 属性): labels, then the unit
 * (or a dash for none), then values, an attribute and departments; the first cell after them that is none of these
 * opens the next row.
 */
function groupByUnitCells(cells: readonly RawCell[]): CellGroup[] {
  const groups: CellGroup[] = [];
  let current: RawCell[] = [];
  let labelsDone = false;
  for (const cell of cells) {
    const text = cell.text;
    if (text.length === 0) continue;
    const rowPart = isRowValue(text) || isAttributeCell(text) || isUnitListCell(text);
    if (labelsDone && !rowPart) {
      groups.push({ serial: null, cells: current });
      current = [];
      labelsDone = false;
    }
    current.push(cell);
    // The labels end at the unit, or at the first value of a row whose unit cell is missing.
    if (!labelsDone && current.length > 1 && (isUnitCell(text) || NO_UNIT.test(text) || rowPart)) labelsDone = true;
  }
  if (labelsDone) groups.push({ serial: null, cells: current });
  return groups;
}

/**
 * Rows of an indicator table with neither serial numbers nor a 单位 column, as a web page dumps it (地区生产总值（亿元）|
 * 300.41 | 469.5 | 9.3 | 预期性 |, each row closed by a bare |): a row ends at a blank line (the bare |) or where a
 * label follows its values (a row whose closing | is missing). A group row of labels alone (一、经济发展 |) holds no
 * value and opens no row.
 */
function groupByClosedRows(cells: readonly RawCell[], unitLists: boolean): CellGroup[] {
  const groups: CellGroup[] = [];
  // A blank line after every cell (a page that put each cell in a paragraph) delimits cells, not rows.
  const written = cells.filter((cell) => cell.text.length > 0);
  const blankAfterEveryCell = written.length > 2 && written.slice(1).every((cell) => cell.afterBlank);
  let current: RawCell[] = [];
  let valuesSeen = false;
  const close = (): void => {
    if (valuesSeen) groups.push({ serial: null, cells: current });
    current = [];
    valuesSeen = false;
  };
  for (const cell of cells) {
    const text = cell.text;
    if (text.length === 0) continue;
    // A name with its unit in brackets (空气质量优良天数占比（%）) ends like a unit list: only a 责任单位 column holds those.
    const rowPart = isRowValue(text) || isAttributeCell(text) || (unitLists && isUnitListCell(text));
    if (current.length > 0 && ((cell.afterBlank && !blankAfterEveryCell) || (valuesSeen && !rowPart))) close();
    current.push(cell);
    if (current.length > 1 && rowPart) valuesSeen = true;
  }
  close();
  return groups;
}

/** A dash or slash in the 单位 column: the indicator has no unit. */
const NO_UNIT = /^[—\-/／]$/;
/**
 * A value as indicator tables write it: 1800, 55%, [10], ≥5, 4.5—5, 6左右, 不低于90, -5.82, a change (提高13.4个百分点);
 * or a verbal one (同步, 持平, 完成下达任务).
 */
const ROW_VALUE =
  /^(?:约|超过|不低于|不少于|不高于|不超过|[≥≤><]|(?:累计)?(?:提高|降低|下降|增长|减少|上升))?\s*[[［〔(（]?[-−—]?[\d.,]+[\]］〕)）]?\s*(?:%|‰|万|亿|个百分点|年)?(?:\s*[—\-~～至]\s*[\d.,]+\s*(?:%|‰)?)?\s*(?:以上|以下|左右|以内)?$/;

function isRowValue(text: string): boolean {
  return ROW_VALUE.test(text) || NO_UNIT.test(text) || (text.length <= 12 && /同步|持平|完成|下达|稳定在|控制在|保持/.test(text));
}

function groupByBlankLines(cells: readonly RawCell[]): CellGroup[] {
  const groups: CellGroup[] = [];
  for (const cell of cells) {
    if (groups.length === 0 || cell.afterBlank) groups.push({ serial: null, cells: [] });
    groups[groups.length - 1].cells.push(cell);
  }
  return groups;
}

function assignCells(
  columns: readonly TableColumn[],
  raw: readonly RawCell[],
  serial: number | null,
  serialColumn: number,
  previous: TableRow | null,
  problems: TableProblem[],
): TableRow {
  const assigned = new Map<number, RawCell>();
  let cursor = 0;
  let rest = raw;
  if (serialColumn >= 0) {
    const serialAt = raw.findIndex((cell) => cell.text === String(serial));
    // Cells before the serial belong to the columns before it, in order.
    for (let c = 0; c < serialAt && c < serialColumn; c++) if (raw[c].text.length > 0) assigned.set(c, raw[c]);
    assigned.set(serialColumn, raw[serialAt]);
    cursor = serialColumn + 1;
    rest = raw.slice(serialAt + 1);
  }
  const after = columns.map((column, index) => ({ column, index })).filter((entry) => entry.index >= cursor);
  const nonEmpty = rest.filter((cell) => cell.text.length > 0);

  const unitColumn = after.find((entry) => entry.column.kind === 'unit');
  const attributeColumn = after.find((entry) => entry.column.kind === 'attribute');
  const valueColumns = after.filter((entry) => entry.column.kind === 'value');
  const trailingColumns = after.filter((entry) => ['department', 'deadline', 'person', 'text', 'progress'].includes(entry.column.kind));
  const labelColumns = after.filter((entry) => entry.column.kind === 'category' || entry.column.kind === 'name');

  // Label cells (category, name) come first, up to the unit or the first value.
  let k = 0;
  const labels: RawCell[] = [];
  // Without a unit column to stop at, a row of a task table has at most one cell per label column (任务 | 牵头单位 …);
  // an indicator table's labels run to its first value (空气质量 | 城市PM2.5下降 | 57.3 …).
  const indicatorRow = !unitColumn && valueColumns.length > 0 && trailingColumns.length === 0;
  const maxLabels = unitColumn || indicatorRow ? Number.POSITIVE_INFINITY : Math.max(1, labelColumns.length);
  // A row that writes no unit though the table has a 单位 column (a ratio: 城乡居民人均收入比 | 2.92) ends its labels at its value.
  const unitless = unitColumn !== undefined && !nonEmpty.some((cell) => isUnitCell(cell.text) || NO_UNIT.test(cell.text));
  while (
    k < nonEmpty.length &&
    labels.length < maxLabels &&
    !(unitColumn && (isUnitCell(nonEmpty[k].text) || NO_UNIT.test(nonEmpty[k].text))) &&
    !(labels.length > 0 && !unitColumn && (indicatorRow ? isRowValue(nonEmpty[k].text) : isValueCell(nonEmpty[k].text))) &&
    !(labels.length > 0 && unitless && isRowValue(nonEmpty[k].text)) &&
    !isAttributeCell(nonEmpty[k].text)
  ) {
    labels.push(nonEmpty[k]);
    k++;
  }
  assignLabels(labelColumns, labels, assigned);
  if (unitColumn && k < nonEmpty.length && isUnitCell(nonEmpty[k].text)) assigned.set(unitColumn.index, nonEmpty[k++]);
  else if (unitColumn && k < nonEmpty.length && NO_UNIT.test(nonEmpty[k].text)) k++; // a dash: no unit

  const values: RawCell[] = [];
  while (
    k < nonEmpty.length &&
    !isAttributeCell(nonEmpty[k].text) &&
    (attributeColumn || values.length < valueColumns.length || isValueCell(nonEmpty[k].text))
  ) {
    if (!attributeColumn && trailingColumns.length > 0 && values.length >= valueColumns.length) break;
    // A row that left a value cell blank: the departments come early (…, 56, 市发改委 with no 年均增速).
    if (trailingColumns.length > 0 && isUnitListCell(nonEmpty[k].text) && !isValueCell(nonEmpty[k].text)) break;
    values.push(nonEmpty[k++]);
  }
  values.slice(0, valueColumns.length).forEach((cell, v) => assigned.set(valueColumns[v].index, cell));
  if (values.length !== valueColumns.length && values.length > 0) {
    const span = values[0];
    problems.push({
      code: 'TABLE_VALUES_MISMATCH',
      message: `row ${serial ?? '?'}: ${values.length} value cell(s) for ${valueColumns.length} value column(s); assigned from the left`,
      start: span.start,
      end: values[values.length - 1].end,
    });
  }
  if (attributeColumn && k < nonEmpty.length && isAttributeCell(nonEmpty[k].text)) assigned.set(attributeColumn.index, nonEmpty[k++]);
  const trailing = nonEmpty.slice(k);
  trailingColumns.forEach((entry, t) => {
    const cellsForColumn = t === trailingColumns.length - 1 ? trailing.slice(t) : trailing.slice(t, t + 1);
    if (cellsForColumn.length === 0) return;
    const first = cellsForColumn[0];
    const last = cellsForColumn[cellsForColumn.length - 1];
    assigned.set(entry.index, { text: cellsForColumn.map((cell) => cell.text).join(''), start: first.start, end: last.end, afterBlank: false });
  });

  const cells: TableCell[] = [];
  for (let c = 0; c < columns.length; c++) {
    const cell = assigned.get(c);
    if (cell) {
      cells.push({ column: c, text: cell.text, start: cell.start, end: cell.end, inherited: false });
      continue;
    }
    // A vertically merged cell is printed once, in the first row it spans: repeat it for labels and departments.
    const kind = columns[c].kind;
    const above = previous?.cells.find((candidate) => candidate.column === c);
    if (above && (kind === 'category' || kind === 'department')) cells.push({ ...above, inherited: true });
  }
  const spanStart = raw.length > 0 ? raw[0].start : 0;
  const spanEnd = raw.length > 0 ? raw[raw.length - 1].end : 0;
  return { serial, cells, start: spanStart, end: spanEnd };
}

/** The last label cell is the name; earlier ones (possibly a category split over lines) form the category. */
function assignLabels(labelColumns: ReadonlyArray<{ column: TableColumn; index: number }>, labels: readonly RawCell[], assigned: Map<number, RawCell>): void {
  if (labels.length === 0 || labelColumns.length === 0) return;
  const nameColumn = labelColumns.find((entry) => entry.column.kind === 'name') ?? labelColumns[labelColumns.length - 1];
  const categoryColumn = labelColumns.find((entry) => entry.column.kind === 'category');
  const name = labels[labels.length - 1];
  assigned.set(nameColumn.index, name);
  if (categoryColumn && labels.length > 1) {
    const parts = labels.slice(0, -1);
    assigned.set(categoryColumn.index, {
      text: parts.map((cell) => cell.text).join(''),
      start: parts[0].start,
      end: parts[parts.length - 1].end,
      afterBlank: false,
    });
  } else if (!categoryColumn && labels.length > 1) {
    assigned.set(nameColumn.index, { text: labels.map((cell) => cell.text).join(''), start: labels[0].start, end: name.end, afterBlank: false });
  }
}
