import type { GraphConnection } from '@policygraph/graph-store';
import { regionId, type GraphNodeView, type RegionResult, type RegionTargetRow } from '@policygraph/graph-types';
import neo4j from 'neo4j-driver';
import { nodeView } from '../graph-elements';
import { readQuery } from '../read-query';

export type { RegionResult, RegionTargetRow };

/**
 * Targets of a metric with the results of the year before stated in the same document. A result is only paired
 * with a target of its own report: another document's figure for that year may be a different estimate.
 */
const REGION_TARGETS = `
  MATCH (t:Indicator {metric: $metric, kind: 'target'})
  WHERE t.region IS NOT NULL AND t.targetYear IS NOT NULL AND ($year IS NULL OR t.targetYear = $year)
  OPTIONAL MATCH (r:Indicator {metric: $metric, kind: 'result', documentId: t.documentId})
  WHERE r.observedYear = t.targetYear - 1 AND r.observedValue IS NOT NULL
  RETURN t, collect(r) AS results`;

const num = (view: GraphNodeView, key: string): number | null => (typeof view.properties[key] === 'number' ? (view.properties[key] as number) : null);
const str = (view: GraphNodeView, key: string): string | null => (typeof view.properties[key] === 'string' ? (view.properties[key] as string) : null);
/** Document order: a report states its target list (and its headline results) before repeating a figure in running text. */
const position = (view: GraphNodeView): number => view.evidence[0]?.start ?? Number.MAX_SAFE_INTEGER;

function resultOf(view: GraphNodeView): RegionResult {
  return {
    indicatorId: view.id,
    year: num(view, 'observedYear')!,
    value: num(view, 'observedValue')!,
    high: num(view, 'observedHigh'),
    unit: str(view, 'unit'),
    quote: view.evidence[0]?.quote ?? null,
  };
}

/** Differences of percentages like 5 − 5.4 print as 5 − 5.4 = -0.4, not -0.40000000000000036. */
const roundGap = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Every region's target for a metric, one row per region and target year (only the given year when set, else each
 * region's latest), with last year's stated result and the gap where both are in the same unit. When a report
 * states the target twice, the first statement (the 主要预期目标 list comes before the running text) is kept.
 */
export async function regionTargets(connection: GraphConnection, metric: string, options: { year?: number | null } = {}): Promise<RegionTargetRow[]> {
  const year = options.year === undefined || options.year === null ? null : neo4j.int(Math.floor(options.year));
  const records = await readQuery(connection, REGION_TARGETS, { metric, year }, `listing the regions' targets for ${metric}`);
  const byRegion = new Map<string, { target: GraphNodeView; results: GraphNodeView[] }>();
  for (const record of records) {
    const target = nodeView(record.get('t'));
    const results = (record.get('results') as unknown[]).map((r) => nodeView(r as Parameters<typeof nodeView>[0]));
    const region = String(target.properties['region']);
    const known = byRegion.get(region);
    const later = known ? (num(target, 'targetYear') ?? 0) - (num(known.target, 'targetYear') ?? 0) : 1;
    const sameYearEarlier =
      known !== undefined &&
      later === 0 &&
      (known.target.properties['documentId'] === target.properties['documentId']
        ? position(target) < position(known.target)
        : results.length > known.results.length);
    if (later > 0 || sameYearEarlier) byRegion.set(region, { target, results });
  }
  return [...byRegion.entries()]
    .map(([region, { target, results }]) => {
      const first = results.sort((a, b) => position(a) - position(b))[0];
      const result = first ? resultOf(first) : null;
      const low = num(target, 'targetValue');
      const unit = str(target, 'unit');
      return {
        region,
        regionId: regionId(region),
        documentId: String(target.properties['documentId'] ?? ''),
        metric,
        indicatorId: target.id,
        name: target.name,
        year: num(target, 'targetYear')!,
        low,
        high: num(target, 'targetHigh'),
        qualifier: str(target, 'qualifier'),
        unit,
        measure: str(target, 'measure'),
        quote: target.evidence[0]?.quote ?? null,
        result,
        gap: result && low !== null && result.unit === unit && result.high === null ? roundGap(low - result.value) : null,
      };
    })
    .sort((a, b) => a.region.localeCompare(b.region, 'zh'));
}
