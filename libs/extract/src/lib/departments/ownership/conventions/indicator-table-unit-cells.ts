import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { ROLE_LABEL, settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';
import { linesOf, type TextLine } from './text-lines';

export const INDICATOR_TABLE_UNIT_CELLS = 'indicator-table-unit-cells';

/** A cell of a copy that closes each cell with a bar on its line: the text before the bar. */
const CELL = /^\s*([^|\s][^|]*?)\s*\|\s*$/;
/** A line of bars alone: the end of a row (one bar, and one more for each cell merged from a row above). */
const BARS = /^\s*\|+\s*$/;
/** The indicator column of a target table: 主要指标, 指标, 指标名称. */
const INDICATOR_COLUMN = /^(?:主要)?指标(?:名称)?$/;
const UNIT_COLUMN = new RegExp(`^${ROLE_LABEL}$`);
const INDICATOR_HEADER_CELL = /指标(?:名称)?[ \t]*\|[ \t]*\n/;
/** How far back from the unit column the header's first cell may stand. */
const MAX_COLUMNS = 8;
/**
 * A row naming an industry alone, its indicator cell merged from the row above (泉州 2019: 住宿和餐饮业增加值 / 5~5.5, under
 * 批零住餐销售额): an industry's value added, or an industry by name.
 */
const INDUSTRY = /(?:增加值|业)$/;

/**
 * Rule `indicator-table-unit-cells`: a table of targets by industry and indicator that a copy left one cell per line,
 * each cell closed by a bar, each row by a line of bars, merged cells printed once (泉州 2019 第三产业提升年: 行业/类别 |
 * 2019年增幅(%) | 主要指标 | 2019年增幅(%) | 责任单位 |, then 交通运输、仓储和邮政业增加值 | 11.5~12 | 公路运输总周转量 |
 * 13~14 | 市交通运输局 | / | / 水上运输总周转量 | 18~19 | / |||| …). The unit cell answers for the indicator of its row
 * and, where the rows below print no unit cell of their own (the unit cell merged over them), for theirs too. A row's
 * cells are placed from its end: a row ending in a unit cell has the unit column last; a row without one has its
 * indicator first, unless it names an industry alone.
 */
export const indicatorTableUnitCells: OwnershipConvention = {
  name: INDICATOR_TABLE_UNIT_CELLS,
  description:
    'A target table with an indicator column and a unit column, one cell per line closed by |, rows closed by a line of bars, the unit cell merged down over rows printed without one: 主要指标 | … | 责任单位 |.',
  yields:
    'Each unit of the unit cell → co-responsible for the indicator of its row and of the rows under it that print no unit cell (the first presumed lead).',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // The header's indicator cell closed by its bar at a line end: a text without one has no such table (one scan).
    if (!INDICATOR_HEADER_CELL.test(text)) return clauses;
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      const unitHeader = CELL.exec(lines[i].text);
      if (!unitHeader || !UNIT_COLUMN.test(unitHeader[1].replace(/\s+/g, '')) || !BARS.test(lines[i + 1]?.text ?? '')) continue;
      const columns = headerBefore(lines, i);
      if (columns === null) continue;
      i = readRows(lines, i + 2, columns, clauses) - 1;
    }
    return clauses;
  },
};

/** The header cells ending with the unit column at line `at` (one per line): their count and the indicator column's index. */
function headerBefore(lines: readonly TextLine[], at: number): { count: number; indicator: number } | null {
  const cells: string[] = [];
  for (let k = at; k >= 0 && at - k < MAX_COLUMNS; k--) {
    const cell = CELL.exec(lines[k].text);
    if (!cell) break;
    cells.unshift(cell[1].replace(/\s+/g, ''));
  }
  const indicator = cells.findIndex((cell) => INDICATOR_COLUMN.test(cell));
  return indicator >= 0 && indicator < cells.length - 1 ? { count: cells.length, indicator } : null;
}

interface Cell {
  readonly text: string;
  readonly start: number;
}

/** Read the rows from line `from`; returns the first line after the table. */
function readRows(lines: readonly TextLine[], from: number, columns: { count: number; indicator: number }, clauses: ResponsibilityClause[]): number {
  // How many columns after the indicator column end a row (its growth …, then the units).
  const afterIndicator = columns.count - 1 - columns.indicator;
  let units: { parties: ResponsibilityClause['parties']; rolesUnstated: boolean; start: number; end: number } | null = null;
  let row: Cell[] = [];
  let k = from;
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (BARS.test(line.text)) {
      const cells = row;
      row = [];
      if (cells.length === 0) continue;
      const last = cells[cells.length - 1];
      const list = cells.length > afterIndicator ? readUnitList(last.text, last.start) : null;
      if (list && list.units.length > 0 && list.dropped === 0) {
        const { parties, rolesUnstated } = settleRoles([{ label: null, units: list.units, split: list.split }], INDICATOR_TABLE_UNIT_CELLS);
        units = { parties, rolesUnstated, start: last.start, end: last.start + last.text.length };
        addRow(clauses, cells[cells.length - 1 - afterIndicator], units, units);
        continue;
      }
      // No unit cell: the unit cell above is merged over this row; its indicator is its first cell, unless the row names an
      // industry alone.
      if (units !== null && cells.length <= afterIndicator && !INDUSTRY.test(cells[0].text)) addRow(clauses, cells[0], units, null);
      continue;
    }
    const cell = CELL.exec(line.text);
    if (!cell) break;
    row.push({ text: cell[1], start: line.start + line.text.indexOf(cell[1]) });
  }
  return k;
}

/** One row's clause: its indicator (without a 其中 mark #) as the task, the units of its unit cell or of the one above. */
function addRow(
  clauses: ResponsibilityClause[],
  indicator: Cell,
  units: { parties: ResponsibilityClause['parties']; rolesUnstated: boolean; start: number; end: number },
  own: { start: number; end: number } | null,
): void {
  const mark = /^[#＃]/.test(indicator.text) ? 1 : 0;
  const task = { start: indicator.start + mark, end: indicator.start + indicator.text.length };
  if (task.end - task.start < 2) return;
  // The clause is the unit cell where the row has one, else the indicator cell the merged unit cell answers for.
  const span = own ?? task;
  clauses.push({
    start: span.start,
    end: span.end,
    parties: units.parties,
    convention: INDICATOR_TABLE_UNIT_CELLS,
    anchor: 'paragraph',
    rolesUnstated: units.rolesUnstated,
    task,
  });
}
