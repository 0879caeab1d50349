import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { settleRoles } from '../party-roles';
import { readUnitList } from '../unit-list';
import { linesOf, type TextLine } from './text-lines';

export const UNIT_THEN_DUTY_LINES = 'unit-then-duty-lines';

/** The header cell of the units' column, alone on its line: 相关部门, 责任单位, 责任部门, 部门, 单位. */
const UNIT_HEADER = /^(?:相关|责任|职能|主管)?(?:部门|单位)(?:名称)?$/;
/** The header cell of the duties' column, alone on its line right after: 职责分工, 工作职责, 主要职责, 职责任务. */
const DUTY_HEADER = /^(?:职责分工|(?:工作|主要|具体|部门)?职责(?:任务|内容)?|工作任务|任务分工)$/;
/** The two header cells on lines of their own, blank lines between them allowed: 相关部门 / 职责分工. */
const HEADER_PAIR =
  /(?:^|\n)[ \t]*(?:相关|责任|职能|主管)?(?:部门|单位)(?:名称)?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:职责分工|(?:工作|主要|具体|部门)?职责(?:任务|内容)?|工作任务|任务分工)[ \t]*(?:\n|$)/g;
/** A unit cell is short and holds no sentence. */
const MAX_UNIT_CELL = 40;
/** How a unit's name ends (局, 委, 办, 政府, 中心 …): 相关依据 (the table's next section) is none. */
const UNIT_END = /(?:厅|局|委|办|部|院|会|中心|政府|公司|室|所|站|处|组|队|行|社|馆|街道|乡镇|分局|支队|大队)$/;
/** The duty a cell states: up to its first sentence end, without the 负责 that opens it. */
const DUTY = /^(?:负责)?([^。；;\n]{2,60})/;

/** The next non-empty line after `from`, or -1. */
function nextLine(lines: readonly TextLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].text.trim().length > 0) return i;
  return -1;
}

/** The units of a line that holds nothing but a unit list (区公安分局, 区卫计委), or null. */
function unitCell(line: TextLine): ReturnType<typeof readUnitList> | null {
  const cell = line.text.trim();
  if (cell.length > MAX_UNIT_CELL || /[。；;：:，,]/.test(cell)) return null;
  const units = readUnitList(cell, line.start + line.text.indexOf(cell));
  return units.units.length > 0 && units.dropped === 0 && units.units.every((unit) => UNIT_END.test(unit.name)) ? units : null;
}

/**
 * A two-column table of departments and their duties that text export left one cell per line (高港 2015, a 责任清单's
 * 与相关部门的职责边界: 相关部门 / 职责分工, then 区公安分局 / 维护考点周边安全…, 区教育局 / 负责高考、中考的具体组织…): under the
 * two header cells, each line that is nothing but a unit is followed by the line of its duty. Each unit is responsible
 * for its own duty (one unit a row, no role stated); the rows end at the first line that is neither.
 */
export const unitThenDutyLines: OwnershipConvention = {
  name: UNIT_THEN_DUTY_LINES,
  description: 'A 相关部门 | 职责分工 table one cell per line: a unit alone on a line, then its duty on the next (区公安分局 / 维护考点周边安全…).',
  yields: 'Each unit → co-responsible for the duty on the line after it.',
  find: (text) => {
    const clauses: ResponsibilityClause[] = [];
    // The two header cells stand alone on their lines, the units' first: a text without them has no such table, and the
    // lines are only split from the first header on.
    HEADER_PAIR.lastIndex = 0;
    const header = text.includes('部门\n') || text.includes('单位\n') ? HEADER_PAIR.exec(text) : null;
    if (!header) return clauses;
    const from = header.index + (text[header.index] === '\n' ? 1 : 0);
    const lines = linesOf(text.slice(from)).map((line) => ({ ...line, start: line.start + from, end: line.end + from }));
    for (let i = 0; i < lines.length; i++) {
      if (!UNIT_HEADER.test(lines[i].text.replace(/\s+/g, ''))) continue;
      const duties = nextLine(lines, i + 1);
      if (duties < 0 || !DUTY_HEADER.test(lines[duties].text.replace(/\s+/g, ''))) continue;
      let row = nextLine(lines, duties + 1);
      while (row >= 0) {
        const units = unitCell(lines[row]);
        const dutyRow = units ? nextLine(lines, row + 1) : -1;
        if (!units || dutyRow < 0 || unitCell(lines[dutyRow])) break;
        const cell = lines[dutyRow];
        const lead = cell.text.length - cell.text.trimStart().length;
        const duty = DUTY.exec(cell.text.trim());
        if (!duty) break;
        const taskStart = cell.start + lead + duty[0].length - duty[1].length;
        const { parties, rolesUnstated } = settleRoles([{ label: null, units: units.units, split: units.split }], UNIT_THEN_DUTY_LINES);
        const start = units.units[0].start;
        clauses.push({
          start,
          end: cell.end,
          parties,
          convention: UNIT_THEN_DUTY_LINES,
          anchor: 'paragraph',
          rolesUnstated,
          task: { start: taskStart, end: taskStart + duty[1].length },
        });
        row = nextLine(lines, dutyRow + 1);
      }
      i = Math.max(i, duties);
    }
    return clauses;
  },
};
