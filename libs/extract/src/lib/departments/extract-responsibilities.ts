import { ExtractionContext } from '../extraction-context';
import { addProject } from '../projects/project-nodes';
import { paragraphIndexAt, taskItemOfParagraph } from '../projects/task-item';
import { addDepartment, DepartmentScope } from './department-nodes';
import { findResponsibilityClauses } from './responsibility-clauses';

/**
 * Every responsibility clause closes a task: the task becomes a Project and each listed unit a Department with a
 * RESPONSIBLE edge (role from the clause, basis 'stated'). Returns the number of clauses read.
 */
export function extractResponsibilities(context: ExtractionContext, scope: DepartmentScope): number {
  const { document } = context;
  const clauses = findResponsibilityClauses(document.text);
  for (const clause of clauses) {
    const paragraphIndex = paragraphIndexAt(document, clause.start);
    if (paragraphIndex < 0) {
      context.graph.addIssue({
        code: 'RESPONSIBILITY_OUTSIDE_PARAGRAPH',
        message: 'A responsibility clause is not inside a body paragraph (table cell or heading); its task is unknown.',
        evidence: context.evidence(clause.start, clause.end),
      });
      continue;
    }
    const item = taskItemOfParagraph(document, document.paragraphs[paragraphIndex], paragraphIndex);
    const projectId = addProject(context, item, undefined, clause.end);
    const goalId = context.goalFor(item.start);
    if (goalId) context.graph.addRelationship('PURSUED_BY', goalId, projectId, {}, [context.evidence(item.start, item.end)]);
    const clauseEvidence = [context.evidence(clause.start, clause.end)];
    for (const party of clause.parties) {
      const departmentNode = addDepartment(context, scope, party.name, party.start, party.end);
      context.graph.addRelationship('RESPONSIBLE', projectId, departmentNode, { role: party.role, basis: 'stated' }, clauseEvidence);
    }
  }
  return clauses.length;
}
