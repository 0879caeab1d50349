import type { IndicatorComparison } from '../../api/graph-api.types';

export interface MetricBar {
  readonly key: string;
  readonly region: string;
  readonly label: string;
  /** 0–1 of the widest bar; null when the value cannot be drawn (no number, or another unit). */
  readonly share: number | null;
  readonly value: number | null;
  readonly unit: string | null;
}

/**
 * One bar per region statement, on a common scale. Values are compared in the normalized unit when there is one
 * (亿元 vs 万亿元), and only values in the most common unit are drawn, so bars never mix % with 亿元.
 */
export function metricBars(rows: readonly IndicatorComparison[]): MetricBar[] {
  const valueOf = (row: IndicatorComparison): number | null => row.normalizedValue ?? row.targetValue;
  const unitOf = (row: IndicatorComparison): string | null => row.normalizedUnit ?? row.unit;
  const unitCounts = new Map<string, number>();
  for (const row of rows) if (valueOf(row) !== null) unitCounts.set(unitOf(row) ?? '', (unitCounts.get(unitOf(row) ?? '') ?? 0) + 1);
  const unit = [...unitCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const comparable = rows.filter((row) => valueOf(row) !== null && (unitOf(row) ?? '') === unit);
  const max = Math.max(0, ...comparable.map((row) => Math.abs(valueOf(row)!)));
  return rows.map((row) => {
    const value = valueOf(row);
    const drawable = value !== null && (unitOf(row) ?? '') === unit && max > 0;
    return {
      key: row.indicatorId,
      region: row.region,
      label: `${row.region} ${row.targetYear ?? ''}`.trim(),
      share: drawable ? Math.abs(value!) / max : null,
      value,
      unit: unitOf(row),
    };
  });
}
