import type { ResponsibleRole } from '@policygraph/graph-types';
import type { Table, TableCell } from '@policygraph/parse';
import { addDepartment, DepartmentScope } from '../departments/department-nodes';
import { FIRST_LISTED_LEADS, firstListedLeadsRules, othersSupportRule } from '../departments/ownership/conventions/first-listed-leads-rule';
import { unitsRunTogether } from '../departments/ownership/run-together';
import { looksLikeUnit, readUnitList, type UnitList } from '../departments/ownership/unit-list';
import { ExtractionContext } from '../extraction-context';
import { projectKind } from './project-kind';
import { addProject, undertakingLabel } from './project-nodes';

export const TASK_TABLE_COLUMNS = 'task-table-columns';

/** A long task cell is named by its lead clause (坚持服务跟着项目走，优化…): the first clause up to this length. */
const MAX_TASK_NAME = 40;

/**
 * Task-division tables (任务分工表: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, columns in any order, rebuilt by
 * libs/parse): each row is a Project named by its task cell (the 任务 column, else the first description column),
 * with the deadline as written (`deadline`, and `deadlineYear` when it names one). Units in a 牵头 column lead, in a
 * 配合/参与/参加/协同/协办 column support. A plain 责任单位 column states no lead: its units are co-responsible (the
 * first presumed lead when no 牵头 column exists), unless the unit is marked （牵头） in its cell or the document states
 * that the first listed leads (列第一位者为牵头部门). People (责任领导) get no edge.
 */
/** The unit names a table's unit cells write, each on its own (文化宣传股 / 文化馆 / 图书馆 on lines of one cell). */
function unitsWrittenApart(context: ExtractionContext, table: Table, departmentColumns: ReadonlyArray<{ index: number }>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const row of table.rows) {
    for (const { index } of departmentColumns) {
      for (const cell of row.cells)
        if (cell.column === index && !cell.inherited)
          for (const unit of readUnitList(context.document.text.slice(cell.start, cell.end), cell.start).units) names.add(unit.name);
    }
  }
  return names;
}

/**
 * Units a row runs together with no separator that the table writes apart elsewhere (略阳 2019: 文化宣传股文化馆 in row 2,
 * where row 1 writes 文化宣传股 / 文化馆 / 图书馆 on lines of their own) are those units, each with its span (rule
 * `units-written-apart`): a flattened cell lost the line break between them. Units that each open with the same level
 * word (区发改局区统计局) are cut there even when the table writes them nowhere apart (rule `same-level-run`).
 */
function apart(list: UnitList, written: ReadonlySet<string>): UnitList {
  if (list.units.length === 0) return list;
  const units = list.units.flatMap((unit) => {
    // Only a name written as it stands (no level prefix taken from another unit) is cut at its parts' spans.
    const parts = unit.end - unit.start === unit.name.length && !unit.sharedPrefix ? (splitInto(unit.name, written) ?? unitsRunTogether(unit.name)) : null;
    if (!parts) return [unit];
    let at = unit.start;
    return parts.map((part) => {
      const piece = { ...unit, name: part, start: at, end: at + part.length };
      at += part.length;
      return piece;
    });
  });
  return { ...list, units };
}

/** The names of `written`, two or more, that make up `name` exactly, in order; null if none do. */
function splitInto(name: string, written: ReadonlySet<string>): string[] | null {
  if (written.size < 3) return null;
  for (let i = 2; i <= name.length - 2; i++) {
    const left = name.slice(0, i);
    if (!written.has(left)) continue;
    const right = name.slice(i);
    const rest = written.has(right) ? [right] : splitInto(right, written);
    if (rest) return [left, ...rest];
  }
  return null;
}

export function extractTableTasks(context: ExtractionContext, scope: DepartmentScope): number {
  let count = 0;
  const rules = firstListedLeadsRules(context.document.text);
  const othersSupport = othersSupportRule(context.document.text, rules);
  for (const table of context.document.tables) {
    if (table.columns.some((column) => column.kind === 'value' || column.kind === 'unit')) continue;
    const taskColumn = taskColumnOf(table);
    const departmentColumns = table.columns
      .map((column, index) => ({ column, index }))
      .filter((entry) => entry.column.kind === 'department' && !/数据来源|统计|监测/.test(entry.column.header));
    const deadlineColumn = table.columns.findIndex((column) => column.kind === 'deadline');
    if (taskColumn < 0 || (departmentColumns.length === 0 && deadlineColumn < 0)) continue;
    const hasLeadColumn = departmentColumns.some(({ column }) => columnRole(column.header) === 'lead');
    const firstListedLeads = rules.some((offset) => offset < table.end);
    const writtenApart = unitsWrittenApart(context, table, departmentColumns);
    const textEnd = context.document.text.trimEnd().length;
    for (const row of table.rows) {
      const taskCell = row.cells.find((cell) => cell.column === taskColumn);
      if (!taskCell) continue;
      const name = taskName(context.document.text, taskCell);
      const projectId = addProject(context, name, undefined, row.end);
      const deadline = row.cells.find((cell) => cell.column === deadlineColumn);
      if (deadline) {
        const years = deadline.text.match(/20\d{2}/g);
        const properties = { deadline: deadline.text, deadlineYear: years ? Number(years[years.length - 1]) : null };
        context.graph.addNode(projectId, undertakingLabel(projectKind(name.name)), name.name, properties, [context.evidence(deadline.start, deadline.end)]);
      }
      const goalId = context.goalFor(row.start);
      if (goalId) context.graph.addRelationship('PURSUED_BY', goalId, projectId, {}, [context.evidence(name.start, name.end)]);
      // A unit in the 牵头单位 column that the 责任单位 column lists again (区发改局 in both) has one edge: lead.
      const leads = new Set<string>();
      // A column's units are one cell, or a cell each where the table ran them together (rule run-together-cells).
      // Rule cut-last-row: a row the text stops inside (the page cut after its task cell) lost its unit cell; the cell
      // repeated from the row above stands for a merge the text never shows (平湖 2024: row 7, 城乡居民人均可支配收入增长与
      // 经济增长, ends the stored page; row 6's 商务局 is not its unit).
      const cut = row.end >= textEnd;
      const lists = departmentColumns.flatMap(({ column, index }) => {
        const cells = row.cells.filter((candidate) => candidate.column === index && !(cut && candidate.inherited));
        if (cells.length === 0) return [];
        const stated = columnRole(column.header);
        const read = cells.map(
          (cell) =>
            unitBrokenOverLines(context.document.text, cell) ??
            apart(readUnitList(context.document.text.slice(cell.start, cell.end), cell.start), writtenApart),
        );
        const list = read.length === 1 ? read[0] : { ...read[0], units: read.flatMap((each) => each.units), split: read.some((each) => each.split) };
        if (stated === 'lead') for (const unit of list.units) leads.add(unit.name);
        return [{ stated, list }];
      });
      for (const { stated, list } of lists) {
        list.units.forEach((unit, position) => {
          if (stated === null && unit.stated === null && leads.has(unit.name)) return;
          const marked = unit.stated;
          const ruled = stated === null && marked === null && !hasLeadColumn && firstListedLeads && !list.split;
          const role: ResponsibleRole =
            stated ?? marked ?? (ruled ? (position === 0 ? 'lead' : othersSupport ? 'support' : 'co-responsible') : 'co-responsible');
          const markedLead = list.units.some((other) => other.stated === 'lead');
          const presumedLead = stated === null && marked === null && !hasLeadColumn && !ruled && !list.split && !markedLead && position === 0;
          const departmentNode = addDepartment(context, scope, unit.name, unit.start, unit.end);
          const properties = {
            role,
            basis: 'stated',
            convention: ruled ? FIRST_LISTED_LEADS : TASK_TABLE_COLUMNS,
            ...(presumedLead ? { presumedLead: true } : {}),
          };
          context.graph.addRelationship('RESPONSIBLE', projectId, departmentNode, properties, [context.evidence(row.start, row.end)]);
        });
      }
      count++;
    }
  }
  return count;
}

/**
 * Rule `unit-broken-over-lines`: a narrow merged cell breaks one unit's name over lines (长沙: 市政 / 府办 / 公厅, 市 / 监 /
 * 察 / 局, 长沙 / 先导 / 区管委会). A cell of several lines with no list separator, whose lines are not each a unit but
 * whose text without the breaks is one, is that unit, its span the cell's. A unit a line (文化宣传股 / 文化馆) is a list.
 */
function unitBrokenOverLines(text: string, cell: TableCell): UnitList | null {
  if (cell.text.length > 30 || /[、，,；;\s]/.test(cell.text)) return null;
  const written = text.slice(cell.start, cell.end);
  if (!written.includes('\n')) return null;
  const lines = written.split('\n').map((line) => line.trim());
  if (lines.every((line) => line.length === 0 || looksLikeUnit(line)) || !looksLikeUnit(cell.text)) return null;
  return { units: [{ name: cell.text, start: cell.start, end: cell.end, stated: null, separately: false, run: 0 }], dropped: 0, split: false };
}

/** The task is the 任务/名称 column; a table of measures alone (具体措施 | 牵头单位) names tasks by its first text column. */
function taskColumnOf(table: Table): number {
  const named = table.columns.findIndex((column) => column.kind === 'name');
  return named >= 0 ? named : table.columns.findIndex((column) => column.kind === 'text');
}

/** The task cell as the project's name: whole when short, else its lead clause; line breaks of a wrapped cell removed. */
function taskName(text: string, cell: TableCell): { name: string; start: number; end: number } {
  const written = text.slice(cell.start, cell.end);
  let end = written.length;
  if (written.replace(/\s+/g, '').length > MAX_TASK_NAME) {
    const clauseEnd = written.search(/[，；。：]/);
    end = clauseEnd > 0 && clauseEnd <= MAX_TASK_NAME ? clauseEnd : Math.min(written.length, MAX_TASK_NAME);
  }
  const name = written
    .slice(0, end)
    .replace(/\s+/g, '')
    .replace(/[。；，]+$/, '');
  return { name, start: cell.start, end: cell.start + end };
}

/**
 * 牵头单位 column → lead; 配合/参与/参加/协同/协办 column → support; 责任单位 → nothing stated (null), nor does a column of
 * two roles (责任主体与协同单位, 牵头单位及配合单位: which unit is which is not said).
 */
function columnRole(header: string): 'lead' | 'support' | null {
  if (/(单位|部门|主体)(与|和|及)/.test(header)) return null;
  if (/配合|参与|参加|协同|协办|协作/.test(header)) return 'support';
  if (/牵头|主责|主办/.test(header)) return 'lead';
  return null;
}
