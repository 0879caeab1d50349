import type { TableCell, TableColumn, TableProblem, TableRow } from '../parsed-document';
import { groupByBlankLines, groupByClosedRows, groupBySerial, groupByUnitCells, isRowValue, NO_UNIT, type RawCell, subRowGroups } from './row-groups';
import { isAttributeCell, isUnitCell, isUnitListCell, isValueCell } from './table-vocabulary';

/** A flattened table's rows: cell groups assigned to the header's columns by what each cell is. */

/**
 * A category column whose header cell was left blank (merged into the title row) still has its cells in the body:
 * an implicit 类别 column receives them and is dropped again if no row used it.
 */
export function buildRows(
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

/** A remark in brackets, words only: (市级测算), （预计数）. */
const REMARK = /^[(（][\u4e00-\u9fa5]{2,10}[)）]$/;

/** A score in an assessment's 分值 column: a small number (3, 0.5, 10). */
export const WEIGHT = /^\d{1,3}(?:\.\d{1,2})?$/;

/**
 * Rows of an assessment's target table flattened one cell per line (旌阳 2016: 宏观调控 / 全社会固定资产投资额 / 3 / 186 /
 * 区发改委区统计局): a row opens at its name, the label right before its weight; the cell after the weight is its target
 * unless it lists units or opens the next row (a merged or empty target), then come the units that check it. Labels
 * between a row's units and the next name (宏观调控, 公共服务) are the category printed once for the rows it spans;
 * merged categories and units are repeated from the row above.
 */
export function weightedRows(columns: readonly TableColumn[], cells: readonly RawCell[]): TableRow[] {
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

export function assignCells(
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
    // A remark in brackets after a value (南通 2021: 人均期望寿命 | 83.16 | (市级测算) | ≥80: rule `remark-after-value`)
    // says how it was measured: no value of the next column.
    if (values.length > 0 && REMARK.test(nonEmpty[k].text)) {
      k++;
      continue;
    }
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
export function assignLabels(
  labelColumns: ReadonlyArray<{ column: TableColumn; index: number }>,
  labels: readonly RawCell[],
  assigned: Map<number, RawCell>,
): void {
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
