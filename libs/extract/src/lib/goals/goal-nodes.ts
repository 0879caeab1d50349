import { ExtractionContext } from '../extraction-context';

const MAX_GOAL_NAME = 80;

/** A Goal stated at normalized [start, end) and pursued within a sector (HAS_GOAL). */
export function addGoal(context: ExtractionContext, sectorId: string | null, statement: string, start: number, end: number): string {
  const id = context.scopedId('goal', start, end);
  const evidence = [context.evidence(start, end)];
  // A statement wrapped in a table cell reads without its line breaks.
  const name = statement.replace(/[ \t]*\n[ \t]*/g, '').replace(/[。；，]+$/, '');
  context.graph.addNode(id, 'Goal', name.length > MAX_GOAL_NAME ? `${name.slice(0, MAX_GOAL_NAME)}…` : name, { statement: name }, evidence);
  if (sectorId) context.graph.addRelationship('HAS_GOAL', sectorId, id, {}, evidence);
  context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
  return id;
}
