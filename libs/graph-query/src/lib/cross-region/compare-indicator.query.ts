import type { GraphConnection } from '@policygraph/graph-store';
import type { IndicatorComparisonRow, MetricSummary } from '@policygraph/graph-types';
import { nodeView } from '../graph-elements';
import { readQuery } from '../read-query';

/**
 * Every region's statement of a canonical metric (services-share-of-gdp …). A plan often states the same target
 * twice (a 专栏 row with base and target, and a sentence with the target): per region and target year the row that
 * says most (base value, growth) is kept.
 */
export async function compareIndicator(connection: GraphConnection, metric: string): Promise<IndicatorComparisonRow[]> {
  const records = await readQuery(
    connection,
    'MATCH (i:Indicator {metric: $metric}) WHERE i.region IS NOT NULL RETURN i ORDER BY i.region, i.targetYear, i.id',
    { metric },
    `comparing ${metric} across regions`,
  );
  const best = new Map<string, { row: IndicatorComparisonRow; detail: number }>();
  for (const record of records) {
    const view = nodeView(record.get('i'));
    const p = view.properties;
    const num = (key: string): number | null => (typeof p[key] === 'number' ? (p[key] as number) : null);
    const str = (key: string): string | null => (typeof p[key] === 'string' ? (p[key] as string) : null);
    const row: IndicatorComparisonRow = {
      region: String(p['region']),
      indicatorId: view.id,
      documentId: String(p['documentId'] ?? ''),
      name: view.name,
      baseYear: num('baseYear'),
      baseValue: num('baseValue'),
      targetYear: num('targetYear'),
      targetValue: num('targetValue'),
      targetValueText: str('targetValueText'),
      comparator: str('comparator'),
      growth: str('growth'),
      unit: str('unit'),
      normalizedValue: num('normalizedValue'),
      normalizedBaseValue: num('normalizedBaseValue'),
      normalizedUnit: str('normalizedUnit'),
      quote: view.evidence[0]?.quote ?? null,
    };
    const detail = (row.targetValue !== null ? 4 : 0) + (row.baseValue !== null ? 2 : 0) + (row.growth !== null ? 1 : 0);
    const key = `${row.region}\u0000${row.targetYear ?? ''}`;
    const known = best.get(key);
    if (!known || detail > known.detail) best.set(key, { row, detail });
  }
  return [...best.values()].map((entry) => entry.row).sort((a, b) => a.region.localeCompare(b.region) || (a.targetYear ?? 0) - (b.targetYear ?? 0));
}

const METRICS = `
  MATCH (i:Indicator) WHERE i.metric IS NOT NULL AND i.region IS NOT NULL
  WITH i.metric AS metric, collect(DISTINCT i.region) AS regionNames, count(i) AS indicators, head(collect(i.name)) AS example
  RETURN metric, size(regionNames) AS regions, regionNames, indicators, example
  ORDER BY regions DESC, metric`;

/** Canonical metric keys in the graph with how many regions state each. */
export async function listMetrics(connection: GraphConnection): Promise<MetricSummary[]> {
  const records = await readQuery(connection, METRICS, {}, 'listing metrics');
  return records.map((r) => ({
    metric: String(r.get('metric')),
    regions: Number(r.get('regions')),
    regionNames: (r.get('regionNames') as string[]).slice().sort(),
    indicators: Number(r.get('indicators')),
    example: String(r.get('example')),
  }));
}

export type { IndicatorComparisonRow, MetricSummary };
