import { ExtractionContext } from '../extraction-context';
import { projectKind, ProjectKind } from './project-kind';
import type { TaskItem } from './task-item';

/** Add (or find) the Project node of a task item, with the document's MENTIONS edge; `scopeEnd` bounds its text. */
export function addProject(context: ExtractionContext, item: TaskItem, kind: ProjectKind = projectKind(item.name), scopeEnd: number = item.end): string {
  // The same name again (“3210”产业壮大工程 in the lead and in an item) is the same project: one node, more evidence.
  const nameKey = item.name.replace(/[\s“”"]/g, '');
  const id = context.projectsByName.get(nameKey) ?? context.scopedId('project', item.start, item.end);
  context.projectsByName.set(nameKey, id);
  const evidence = [context.evidence(item.start, item.end)];
  context.graph.addNode(id, 'Project', item.name, { kind }, evidence);
  context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
  context.projectsByStart.set(item.start, id);
  context.projectScopes.push({ id, start: item.start, end: Math.max(scopeEnd, item.end) });
  return id;
}
