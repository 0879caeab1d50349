import type { ExtractionContext, IndicatorEntry } from '../extraction-context';

export const SAME_METRIC_IN_REPORT = 'same-metric-in-report';

/** One target of the metric in the report, with the same direction of change: the pairing is near certain. */
const CONFIDENCE_SINGLE = 0.9;
/** The result falls where the target asks for growth (or the reverse): still the same quantity. */
const CONFIDENCE_OTHER_DIRECTION = 0.8;
/** Several targets share the metric (a list and a table): the first stated is taken. */
const CONFIDENCE_SEVERAL = 0.6;

/**
 * A yearly report states last year's result and this year's target of the same metric (2025: 地区生产总值增长5.4%;
 * 2026: 增长5%左右). The report never says "this result belongs to that target": the extractor pairs them by metric
 * key, so the link is marked as its own reading — `linkedTarget` (the target Indicator's id) with
 * `linkedTargetBasis: 'inferred'`, `linkedTargetConfidence` and `linkedTargetRule` on the result. Only targets for
 * the year after the result's are paired (the report's own year).
 */
export function linkResultsToTargets(context: ExtractionContext): number {
  const targetsByMetric = new Map<string, IndicatorEntry[]>();
  for (const entry of context.indicators) {
    if (entry.kind !== 'target' || entry.metric === null) continue;
    const list = targetsByMetric.get(entry.metric) ?? [];
    if (!list.some((known) => known.id === entry.id)) list.push(entry);
    targetsByMetric.set(entry.metric, list);
  }
  let linked = 0;
  const done = new Set<string>();
  for (const result of context.indicators) {
    if (result.kind !== 'result' || result.metric === null || result.year === null || done.has(result.id)) continue;
    const targets = (targetsByMetric.get(result.metric) ?? []).filter((target) => target.year === result.year! + 1);
    if (targets.length === 0) continue;
    const target = targets.reduce((first, candidate) => (candidate.start < first.start ? candidate : first));
    const confidence =
      targets.length > 1 ? CONFIDENCE_SEVERAL : direction(result.name) === direction(target.name) ? CONFIDENCE_SINGLE : CONFIDENCE_OTHER_DIRECTION;
    context.graph.addNode(
      result.id,
      'Indicator',
      result.name,
      {
        linkedTarget: target.id,
        linkedTargetBasis: 'inferred',
        linkedTargetConfidence: confidence,
        linkedTargetRule: SAME_METRIC_IN_REPORT,
      },
      [],
    );
    done.add(result.id);
    linked++;
  }
  return linked;
}

function direction(name: string): 'down' | 'up' {
  return /(下降|降低|减少|回落)$/.test(name) ? 'down' : 'up';
}
