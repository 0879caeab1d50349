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
  if (!context.projectsByName.has(nameKey) && label === 'Project') registerQualifiedName(context, nameKey);
  context.projectsByName.set(nameKey, id);
  const evidence = [context.evidence(item.start, item.end)];
  context.graph.addNode(id, label, item.name, label === 'Task' ? {} : { kind }, evidence);
  context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
  context.projectsByStart.set(item.start, id);
  context.projectScopes.push({ id, start: item.start, end: Math.max(scopeEnd, item.end) });
  return id;
}

/** A place, a year, or both, qualifying a name: 肃南县2022年, 2023年度, 怀化市 (at most a 10-character place and a year). */
const PLACE_OR_YEAR = /^(?:[\u4e00-\u9fa5]{1,10}?(?:省|市|县|区|州|旗|盟))?(?:(?:19|20)\d{2}年度?)?$/;
const LONGEST_QUALIFIER = 17;
const QUALIFIER_END = '省市县区州旗盟年度';

/** Each name the project's name holds after a place or year (one set entry per split): see namedAlready. */
function registerQualifiedName(context: ExtractionContext, nameKey: string): void {
  for (let at = 1; at < nameKey.length && at <= LONGEST_QUALIFIER; at++) {
    // A qualifier ends with a division's suffix, 年 or 年度: most splits are ruled out by their last character alone.
    if (!QUALIFIER_END.includes(nameKey[at - 1])) continue;
    if (PLACE_OR_YEAR.test(nameKey.slice(0, at))) context.projectNamesAfterQualifier.add(nameKey.slice(at));
  }
}

/**
 * Whether a Project already names this undertaking with its place or year before it, or with or without its closing 项目 (活动名称：肃南县2022年“乐游肃南·助商
 * 惠民”促消费专项活动, and “乐游肃南·助商惠民”促消费专项活动 in a sentence: 肃南 2022): one undertaking, one node. An item
 * that holds the name after a verb (投资3000万元建设南美白对虾工厂化循环水养殖基地) is another.
 */
export function namedAlready(context: ExtractionContext, name: string): boolean {
  const key = name.replace(/[\s“”"]/g, '');
  if (context.projectNamesAfterQualifier.has(key)) return true;
  // Rule same-work-with-项目: a work named with and without its closing 项目 in one text (…暨长安建筑工业化产业园项目正式开工,
  // then 长安建筑工业化产业园、茶产业…3个先进制造业项目: 英山) is one undertaking.
  const bare = key.endsWith('项目') ? key.slice(0, -2) : '';
  return (bare.length >= MIN_BARE && context.projectsByName.has(bare)) || (key.length >= MIN_BARE && context.projectsByName.has(`${key}项目`));
}

const MIN_BARE = 5;
