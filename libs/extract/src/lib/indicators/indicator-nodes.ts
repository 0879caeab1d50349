import type { Properties } from '@policygraph/graph-types';
import { ExtractionContext } from '../extraction-context';
import { metricKey } from './metric-key';

export interface IndicatorFacts {
  readonly name: string;
  readonly unit: string | null;
  readonly baseYear: number | null;
  readonly baseValue: number | null;
  readonly baseValueText: string | null;
  readonly targetYear: number | null;
  readonly targetValue: number | null;
  readonly targetValueText: string | null;
  readonly comparator: string | null;
  readonly growth: string | null;
  readonly attribute: string | null;
  readonly category: string | null;
  readonly cumulative: boolean;
}

/** An Indicator measuring a goal (MEASURED_BY), evidenced by normalized [start, end). */
export function addIndicator(context: ExtractionContext, goalId: string | null, facts: IndicatorFacts, start: number, end: number): string {
  const id = context.scopedId('indicator', start, end);
  const evidence = [context.evidence(start, end)];
  const properties: Properties = { ...facts, metric: metricKey(facts.name) };
  context.graph.addNode(id, 'Indicator', facts.name, properties, evidence);
  if (goalId) context.graph.addRelationship('MEASURED_BY', goalId, id, {}, evidence);
  context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
  return id;
}
