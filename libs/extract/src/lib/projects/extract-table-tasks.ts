import { addDepartment, DepartmentScope } from '../departments/department-nodes';
import { ExtractionContext } from '../extraction-context';
import { addProject } from './project-nodes';

/**
 * Task-assignment tables (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限): each row is a Project; units in a 牵头
 * column lead, in a 配合 column support, and in a plain 责任单位 column the first listed leads.
 */
export function extractTableTasks(context: ExtractionContext, scope: DepartmentScope): number {
  let count = 0;
  for (const table of context.document.tables) {
    const nameColumn = table.columns.findIndex((column) => column.kind === 'name');
    const departmentColumns = table.columns.map((column, index) => ({ column, index })).filter((entry) => entry.column.kind === 'department' && !/数据来源|统计|监测/.test(entry.column.header));
    if (nameColumn < 0 || departmentColumns.length === 0 || table.columns.some((column) => column.kind === 'value')) continue;
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
          const role = /配合|参与|协同/.test(column.header) ? 'support' : /牵头/.test(column.header) || position === 0 ? 'lead' : 'support';
          const departmentNode = addDepartment(context, scope, written, start, at >= 0 && at < cell.end ? start + written.length : cell.end);
          context.graph.addRelationship('RESPONSIBLE', projectId, departmentNode, { role, basis: 'stated' }, [context.evidence(row.start, row.end)]);
        });
      }
      count++;
    }
  }
  return count;
}
