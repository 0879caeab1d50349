import type { ResponsibleRole } from '@policygraph/graph-types';
import { addDepartment, DepartmentScope } from '../departments/department-nodes';
import { FIRST_LISTED_LEADS, firstListedLeadsRules } from '../departments/ownership/conventions/first-listed-leads-rule';
import { ExtractionContext } from '../extraction-context';
import { addProject } from './project-nodes';

/**
 * Task-assignment tables (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, columns in any order): each row is a
 * Project; units in a 牵头 column lead, in a 配合/参与/参加/协同 column support. A plain 责任单位 column states no
 * lead: its units are co-responsible (the first presumed lead when no 牵头 column exists), unless the document states
 * that the first listed leads (列第一位者为牵头部门).
 */
export function extractTableTasks(context: ExtractionContext, scope: DepartmentScope): number {
  let count = 0;
  const rules = firstListedLeadsRules(context.document.text);
  for (const table of context.document.tables) {
    const nameColumn = table.columns.findIndex((column) => column.kind === 'name');
    const departmentColumns = table.columns.map((column, index) => ({ column, index })).filter((entry) => entry.column.kind === 'department' && !/数据来源|统计|监测/.test(entry.column.header));
    if (nameColumn < 0 || departmentColumns.length === 0 || table.columns.some((column) => column.kind === 'value')) continue;
    const hasLeadColumn = departmentColumns.some(({ column }) => columnRole(column.header) === 'lead');
    const firstListedLeads = rules.some((offset) => offset < table.end);
    for (const row of table.rows) {
      const name = row.cells.find((cell) => cell.column === nameColumn);
      if (!name) continue;
      const projectId = addProject(context, { name: name.text.replace(/[。；]+$/, ''), start: name.start, end: name.end }, undefined, row.end);
      const goalId = context.goalFor(row.start);
      if (goalId) context.graph.addRelationship('PURSUED_BY', goalId, projectId, {}, [context.evidence(name.start, name.end)]);
      for (const { column, index } of departmentColumns) {
        const cell = row.cells.find((candidate) => candidate.column === index);
        if (!cell) continue;
        const names = cell.text.split(/[、，；]/).map((piece) => piece.trim()).filter((piece) => piece.length >= 2);
        let cursor = cell.start;
        names.forEach((written, position) => {
          const at = context.document.text.indexOf(written, cursor);
          const start = at >= 0 && at < cell.end ? at : cell.start;
          cursor = start + written.length;
          const stated = columnRole(column.header);
          const ruled = stated === null && !hasLeadColumn && firstListedLeads;
          const role: ResponsibleRole = stated ?? (ruled && position === 0 ? 'lead' : 'co-responsible');
          const presumedLead = stated === null && !hasLeadColumn && !ruled && position === 0;
          const convention = ruled ? FIRST_LISTED_LEADS : 'task-table-columns';
          const departmentNode = addDepartment(context, scope, written, start, at >= 0 && at < cell.end ? start + written.length : cell.end);
          const properties = { role, basis: 'stated', convention, ...(presumedLead ? { presumedLead: true } : {}) };
          context.graph.addRelationship('RESPONSIBLE', projectId, departmentNode, properties, [context.evidence(row.start, row.end)]);
        });
      }
      count++;
    }
  }
  return count;
}

/** 牵头单位 column → lead; 配合/参与/参加/协同 column → support; 责任单位 → nothing stated (null). */
function columnRole(header: string): 'lead' | 'support' | null {
  if (/配合|参与|参加|协同|协办/.test(header)) return 'support';
  if (/牵头|主责|主办/.test(header)) return 'lead';
  return null;
}
