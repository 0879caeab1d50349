import { departmentFunctionId, type ExtractionResult, type GraphNode, type Properties } from '@policygraph/graph-types';
import { departmentFunctionFacts } from './functions/department-function-facts';
import { functionOfDepartment } from './functions/department-functions';
import { normalizeIndicatorValue } from './indicators/normalize-indicator';
import { applyStrategies } from './strategies/apply-strategies';
import { normalizeTask } from './text/clause-span';
import { contentTerms } from './text/policy-segmenter';
import { withoutResponsibilityClauses } from './text/responsibility-clause';
import { taskTexts } from './text/task-texts';

/** Characters of a project's body kept on the node for similar-clause quotes. */
const MAX_STORED_BODY = 600;

/**
 * Adds what cross-province analysis needs to one document's extraction, before it is stored:
 * - Strategy nodes and APPLIES edges (lexicon and mined phrases);
 * - each Department's DepartmentFunction (HAS_FUNCTION) and `function` property;
 * - Indicator `normalizedValue`/`normalizedUnit` (and the same for the base value);
 * - on Goals, Projects and Tasks, `terms` (jieba words without the 责任单位 clause, for BM25 similar clauses and ownership inference) and on Projects and Tasks `bodyText`.
 * Pure: `originalText` is the text the extraction's evidence offsets point into (a Project's evidence is only its
 * heading; its body is read from the text).
 */
export function enrichExtraction(result: ExtractionResult, originalText: string): ExtractionResult {
  const tasks = taskTexts(result, originalText).map(normalizeTask);
  const textById = new Map(tasks.map((task) => [task.task.nodeId, task]));
  const strategies = applyStrategies(tasks);
  const functions = departmentFunctionFacts(result.nodes);

  const nodes: GraphNode[] = result.nodes.map((node) => {
    if (node.label === 'Indicator') return withNormalizedValues(node);
    if (node.label === 'Department') {
      const key = functionOfDepartment(node.name);
      return key === null ? node : { ...node, properties: { ...node.properties, function: key, functionId: departmentFunctionId(key) } };
    }
    const task = textById.get(node.id);
    if (!task) return node;
    const terms = contentTerms(withoutResponsibilityClauses(task.mapped.text));
    const extra: Record<string, string> =
      node.label === 'Project' || node.label === 'Task' ? { bodyText: task.task.text.slice(0, MAX_STORED_BODY).trim() } : {};
    const properties: Properties = { ...node.properties, terms, ...extra };
    return { ...node, properties };
  });
  return {
    ...result,
    nodes: [...nodes, ...strategies.nodes, ...functions.nodes],
    relationships: [...result.relationships, ...strategies.relationships, ...functions.relationships],
  };
}

function withNormalizedValues(node: GraphNode): GraphNode {
  const p = node.properties;
  const unit = typeof p['unit'] === 'string' ? p['unit'] : null;
  const metric = typeof p['metric'] === 'string' ? p['metric'] : null;
  const target = normalizeIndicatorValue(typeof p['targetValue'] === 'number' ? p['targetValue'] : null, unit, node.name, metric);
  const base = normalizeIndicatorValue(typeof p['baseValue'] === 'number' ? p['baseValue'] : null, unit, node.name, metric);
  return {
    ...node,
    properties: { ...p, normalizedValue: target.normalizedValue, normalizedUnit: target.normalizedUnit, normalizedBaseValue: base.normalizedValue },
  };
}
