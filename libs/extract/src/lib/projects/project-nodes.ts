import type { NodeLabel } from '@policygraph/graph-types';
import { ExtractionContext } from '../extraction-context';
import { projectKind, ProjectKind } from './project-kind';
import type { TaskItem } from './task-item';

/**
 * The label of an undertaking's node: a named undertaking (工程, 项目, 行动, 计划, 中心 …) is a Project; anything else
 * the plan assigns (发展现代物流, a responsibility item's sentence) is a Task: it carries ownership like a Project, but
 * is no undertaking with a name of its own.
 */
export function undertakingLabel(kind: ProjectKind): Extract<NodeLabel, 'Project' | 'Task'> {
  return kind === 'task' ? 'Task' : 'Project';
}

/**
 * Add (or find) the Project or Task node of a task item, with the document's MENTIONS edge; `scopeEnd` bounds its
 * text. Returns the node's id.
 */
export function addProject(context: ExtractionContext, item: TaskItem, kind: ProjectKind = projectKind(item.name), scopeEnd: number = item.end): string {
  // The same name again (“3210”产业壮大工程 in the lead and in an item) is the same project: one node, more evidence.
  const nameKey = item.name.replace(/[\s“”"]/g, '');
  const label = undertakingLabel(kind);
  const id = context.projectsByName.get(nameKey) ?? context.scopedId(label === 'Task' ? 'task' : 'project', item.start, item.end);
  context.projectsByName.set(nameKey, id);
  const evidence = [context.evidence(item.start, item.end)];
  context.graph.addNode(id, label, item.name, label === 'Task' ? {} : { kind }, evidence);
  context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
  context.projectsByStart.set(item.start, id);
  context.projectScopes.push({ id, start: item.start, end: Math.max(scopeEnd, item.end) });
  return id;
}
