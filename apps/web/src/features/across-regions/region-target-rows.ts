import { documentNodeId } from '@policygraph/graph-types';
import type { RegionTarget } from '../../api/graph-api.types';
import { encodeView, DEFAULT_VIEW } from '../../app/view-url';

export type RegionTargetColumn = 'region' | 'target' | 'result' | 'gap';
export interface RegionTargetSort {
  readonly column: RegionTargetColumn;
  readonly descending: boolean;
}

const valueOf = (row: RegionTarget, column: RegionTargetColumn): number | string | null => {
  switch (column) {
    case 'region':
      return row.region;
    case 'target':
      return row.low;
    case 'result':
      return row.result?.value ?? null;
    case 'gap':
      return row.gap;
  }
};

/** Rows sorted on one column; rows without a value go last in either direction, ties by region. */
export function sortRegionTargets(rows: readonly RegionTarget[], sort: RegionTargetSort): RegionTarget[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, sort.column);
    const y = valueOf(b, sort.column);
    if (x === null || y === null) return x === y ? a.region.localeCompare(b.region, 'zh') : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
    return order !== 0 ? order * direction : a.region.localeCompare(b.region, 'zh');
  });
}

/** A target as the report writes it: 4.5%—5%, 5%以上, 按5%安排, 7%以上. */
export function writtenRange(row: Pick<RegionTarget, 'low' | 'high' | 'qualifier' | 'unit'>): string {
  if (row.low === null) return '—';
  const unit = row.unit ?? '';
  const value = row.high !== null ? `${row.low}${unit}—${row.high}${unit}` : `${row.low}${unit}`;
  if (!row.qualifier) return value;
  if (row.qualifier.includes('…')) return row.qualifier.replace('…', value);
  return /^(左右|以上|以下|以内)$/.test(row.qualifier) ? `${value}${row.qualifier}` : `${row.qualifier}${value}`;
}

/** The explorer opened on the region, the target and last year's result, the target selected (its evidence shown). */
export function graphLinkOf(row: RegionTarget): string {
  const nodeIds = [row.regionId, documentNodeId(row.documentId), row.indicatorId, ...(row.result ? [row.result.indicatorId] : [])];
  return encodeView({ ...DEFAULT_VIEW, nodeIds, selected: row.indicatorId }) || '?';
}
