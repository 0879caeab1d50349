import { isAttributeCell, isNumberOnly, isUnitCell, isUnitListCell } from './table-vocabulary';

/** Grouping a flattened table's cells into rows: by serial numbers, unit cells, closing values or blank lines. */

export interface RawCell {
  text: string;
  start: number;
  end: number;
  /** A blank line came before this cell (rows are blank-line separated in tab-delimited exports). */
  afterBlank: boolean;
}

export interface CellGroup {
  serial: number | null;
  cells: RawCell[];
}

/** A sub-row's label: 其中：小学, 其中:本科及以上学历比例（%）. */
export const SUB_ROW = /^其中[：:]?/;

/** A sub-row label this short names a part of the row's indicator (小学, 初中), not an indicator of its own. */
export const PART_LABEL = 4;

/**
 * A row holding sub-rows in its cells (4.义务教育标准班额比例（%） | 其中：小学 | 初中 | 34.52% | 77.34% | 80%以上 | 85%以上 |
 * 预期性): each value cell stacks one value per indicator, column after column, so its values come in order — the
 * first column's for each, then the second's. Split into one row per indicator when the values are exactly that many
 * per value column: the row's own indicator first if it has values too (幼儿教师专科及以上学历比例 | 其中：本科及以上学历比例
 * | 97.74% | 49.85% | 100% | 50%), then each sub-row. A part (小学) is named after the row's indicator: 义务教育标准班额比例（小学）（%）.
 */
export function subRowGroups(group: CellGroup, valueColumns: number): CellGroup[] {
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
export function groupBySerial(cells: readonly RawCell[], serialColumn: number): CellGroup[] {
  const starts: Array<{ index: number; serial: number }> = [];
  let expected = 1;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].text !== String(expected)) continue;
    const next = cells[i + 1];
    if (!next || isNumberOnly(next.text) || next.text.length === 0) continue;
    starts.push({ index: i, serial: expected });
    expected++;
  }
  // Columns before the serial (e.g. 指标类别) are the cells just before it; a value there closes the row above instead.
  const froms = starts.map((start, r) => {
    const lowest = r === 0 ? 0 : starts[r - 1].index + 1;
    let from = Math.max(lowest, start.index - serialColumn);
    if (r > 0) while (from < start.index && closesRowAbove(cells[from].text)) from++;
    return from;
  });
  const groups: CellGroup[] = [];
  for (let r = 0; r < starts.length; r++) {
    const nextFrom = r + 1 < starts.length ? froms[r + 1] : cells.length;
    groups.push({ serial: starts[r].serial, cells: cells.slice(froms[r], nextFrom) });
  }
  return groups;
}

/**
 * A cell right before a row's serial that is a value, not a label (rule `value-closes-row-above`: 南通 2021, whose 类别
 * column comes before 序号 and whose last column is a target: 人均期望寿命 | 83.16 | ≥80 | 2 | 孕产妇死亡率; also a target
 * written as a change, 比2015年(24.31)降低10个百分点): the last cell of the row above, not the category of the next. A
 * category is words (健康水平, 资源配置), with no digit.
 */
function closesRowAbove(text: string): boolean {
  return isRowValue(text) || /\d/.test(text);
}

/**
 * Rows of an indicator table without serial numbers (类别 | 指标 | 单位 | 2020年 | 2025年 | 属性): labels, then the unit
 * (or a dash for none), then values, an attribute and departments; the first cell after them that is none of these
 * opens the next row.
 */
export function groupByUnitCells(cells: readonly RawCell[]): CellGroup[] {
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
export function groupByClosedRows(cells: readonly RawCell[], unitLists: boolean): CellGroup[] {
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
export const NO_UNIT = /^[—\-/／]$/;

/**
 * A value as indicator tables write it: 1800, 55%, [10], ≥5, 4.5—5, 6左右, 不低于90, -5.82, a change (提高13.4个百分点);
 * or a verbal one (同步, 持平, 完成下达任务).
 */
export const ROW_VALUE =
  /^(?:约|超过|不低于|不少于|不高于|不超过|[≥≤><]|(?:累计)?(?:提高|降低|下降|增长|减少|上升))?\s*[[［〔(（]?[-−—]?[\d.,]+[\]］〕)）]?\s*(?:%|‰|万|亿|个百分点|年)?(?:\s*[—\-~～至]\s*[\d.,]+\s*(?:%|‰)?)?\s*(?:以上|以下|左右|以内)?$/;

export function isRowValue(text: string): boolean {
  return ROW_VALUE.test(text) || NO_UNIT.test(text) || (text.length <= 12 && /同步|持平|完成|下达|稳定在|控制在|保持/.test(text));
}

export function groupByBlankLines(cells: readonly RawCell[]): CellGroup[] {
  const groups: CellGroup[] = [];
  for (const cell of cells) {
    if (groups.length === 0 || cell.afterBlank) groups.push({ serial: null, cells: [] });
    groups[groups.length - 1].cells.push(cell);
  }
  return groups;
}
