import type { TableCell, TableColumn, TableColumnKind, TableProblem, TableRow } from '../parsed-document';
import { joinCells, serialOf, type StreamCell } from './task-table-cells';
import { leadingCategoryColumns } from './task-table-header';
import { isDeadlineCell, isPersonCell, isUnitListCell } from './table-vocabulary';

/** A row's cells placed under the table's columns: by position where the counts match, else by what the cells are. */

/** Columns whose cells may wrap over lines: the task and its description. */
const WIDE_KINDS: ReadonlySet<TableColumnKind> = new Set(['name', 'text', 'category']);

/** One row: the serial cell to the serial column, the rest by position when counts match, else by what cells are. */
export function assignRow(
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
    // Rule `unit-lines-in-cell`: a unit cell of several lines, one unit a line (大竹 2016: 启动建设东柳河城区段综合治理工程
    // 和东湖湿地公园。/ 县水务局 / 县住建局 / 县护城河指挥部 / 12月底前): the unit lines above the cell go with it back to
    // the task, when the task before them ends its sentence (。) or keeps a single cell. Only for the unit column right
    // after the task: with another unit column between, the lines above may be that column's (牵头 / 配合).
    if (slots[s].column.kind === 'department' && s === lastWide + 1 && isUnitListCell(body[from].text)) {
      let up = from;
      while (up - 1 > reserved && isUnitListCell(body[up - 1].text)) up--;
      if (up < from && (up - 1 === reserved || /[。；;]$/.test(body[up - 1].text))) from = up;
    }
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
  // Rule `merged-group-first`: a short row's text cells fewer than its text columns leave out the merged group cell (广东
  // 2021: 2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进, under 工作任务 printed in row 1): they skip a category
  // column that opens the row's text columns.
  const textCells = body.filter((cell) => cell.text.length > 0 && !isDeadlineCell(cell.text) && !isUnitListCell(cell.text)).length;
  const textColumns = slots.filter((slot) => slot.column.kind === 'category' || slot.column.kind === 'name').length;
  const groupMissing = textCells < textColumns;
  body.forEach((cell, k) => {
    // A short label opening the row is the group cell of a category column that opens it (略阳 2019: 非遗保护, then
    // its task), not a person's name.
    const groupLabel =
      k === 0 && !groupMissing && slots[0]?.column.kind === 'category' && cell.text.length > 0 && !isSentence(cell.text) && !isUnitListCell(cell.text);
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
              : ((isSentence(cell.text) || groupMissing ? take(sentenceSlot) : undefined) ?? take(textSlot));
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
