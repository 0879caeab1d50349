import { headerKind } from '@policygraph/parse';
import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { roleOfLabel, ROLE_LABEL, settleRoles, type UnitGroup } from '../party-roles';
import { readUnitList } from '../unit-list';
import { linesOf, type TextLine } from './text-lines';

export const UNIT_COLUMN_LINE = 'unit-column-line';

/** A column header naming the responsible units, alone on its line: 责任单位, 牵头单位, 责任部门. */
const UNIT_COLUMN = new RegExp(`^${ROLE_LABEL}$`);
/** How many lines around the unit column the other column words of its header may stand. */
const HEADER_REACH = 6;
/** A unit list on a line of its own is short; a longer line is a cell of text. */
const MAX_UNIT_LINE = 120;
/** Lines of a table without any unit line: the table has ended. */
const MAX_LINES_WITHOUT_UNITS = 30;

/** The header a unit column word stands in: its other column words (one per line) around it, and where it ends. */
function headerAround(lines: readonly TextLine[], at: number): { units: number; last: number } | null {
  let units = 0;
  let words = 0;
  let first = at;
  let last = at;
  for (let i = at; i >= 0 && i >= at - HEADER_REACH; i--) {
    const cell = lines[i].text.trim();
    if (cell.length === 0) continue;
    if (headerKind(cell) === null && !(i > 0 && headerKind(lines[i - 1].text.trim() + cell) !== null)) break;
    first = i;
  }
  for (let i = at + 1; i < lines.length && i <= at + HEADER_REACH; i++) {
    const cell = lines[i].text.trim();
    if (cell.length === 0) continue;
    if (headerKind(cell) === null) break;
    last = i;
  }
  for (let i = first; i <= last; i++) {
    const cell = lines[i].text.replace(/\s+/g, '');
    if (cell.length === 0) continue;
    if (UNIT_COLUMN.test(cell)) units++;
    else words++;
  }
  return words >= 2 ? { units, last } : null;
}

/**
 * A task table the copy left one cell per line whose rows the table reader cannot rebuild (merged group cells printed
 * once, rows of unequal length: 咸宁 2020, 重点工作 / 主要任务 / 工作措施 / 责任单位 / 备注): under a header with ONE unit
 * column, a line that is nothing but a unit list is that column's cell for the item above it. With two unit columns
 * (牵头单位, 配合单位) a bare list could be either, so none is read.
 */
export const unitColumnLine: OwnershipConvention = {
  name: UNIT_COLUMN_LINE,
  description: 'A bare unit list on its own line under a one-cell-per-line table header with one 责任单位 column: 市经信局、市财政局等,各县、市、区政府',
  yields: '牵头单位 column → lead; 配合单位 column → support; 责任单位 column → co-responsible (first presumed lead).',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // Header words stand alone on their lines: a text without a unit column word alone on a line has no such table.
    if (!/\n\s*(?:[^\n]{0,4})(?:单位|部门|主体)\s*\n/.test(text)) return clauses;
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      const word = lines[i].text.replace(/\s+/g, '');
      if (!UNIT_COLUMN.test(word)) continue;
      const header = headerAround(lines, i);
      if (!header || header.units !== 1) continue;
      const role = roleOfLabel(word);
      let sinceUnits = 0;
      let j = header.last + 1;
      for (; j < lines.length && sinceUnits <= MAX_LINES_WITHOUT_UNITS; j++) {
        const cell = lines[j].text.trim();
        if (cell.length === 0) continue;
        if (UNIT_COLUMN.test(cell.replace(/\s+/g, ''))) break; // the header of another table
        const start = lines[j].start + (lines[j].text.length - lines[j].text.trimStart().length);
        // Nothing but units: a cell of text naming a unit (对…由省财政负责) is no unit cell.
        const list = cell.length <= MAX_UNIT_LINE && !/[。：:；]/.test(cell) ? readUnitList(cell, start) : null;
        if (!list || list.units.length === 0 || list.dropped > 0) {
          sinceUnits++;
          continue;
        }
        sinceUnits = 0;
        const groups: UnitGroup[] = [{ label: role, units: list.units, split: list.split }];
        const { parties, rolesUnstated } = settleRoles(groups, UNIT_COLUMN_LINE);
        if (parties.length > 0)
          clauses.push({ start, end: start + cell.length, parties, convention: UNIT_COLUMN_LINE, anchor: 'preceding-item', rolesUnstated });
      }
      i = j - 1;
    }
    return clauses;
  },
};
