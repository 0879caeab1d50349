import { ExtractionContext } from '../extraction-context';
import { projectKind, ProjectKind } from './project-kind';
import type { TaskItem } from './task-item';

/** Add (or find) the Project node of a task item, with the document's MENTIONS edge; `scopeEnd` bounds its text. */
export function addProject(context: ExtractionContext, item: TaskItem, kind: ProjectKind = projectKind(item.name), scopeEnd: number = item.end): string {
  const id = context.scopedId('project', item.start, item.end);
  const evidence = [context.evidence(item.start, item.end)];
  context.graph.addNode(id, 'Project', item.name, { kind }, evidence);
  context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
  context.projectsByStart.set(item.start, id);
  context.projectScopes.push({ id, start: item.start, end: Math.max(scopeEnd, item.end) });
  return id;
}
