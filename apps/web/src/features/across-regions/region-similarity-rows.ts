import type { RegionSimilarity } from '../../api/graph-api.types';
import { DEFAULT_VIEW, encodeView } from '../../app/view-url';

/** The explorer opened on both regions and the strategies they share (the first few), the first region selected. */
export function similarityGraphLink(pair: RegionSimilarity, maxStrategies = 8): string {
  const nodeIds = [pair.regionId, pair.otherId, ...pair.sharedStrategies.slice(0, maxStrategies).map((strategy) => strategy.id)];
  return encodeView({ ...DEFAULT_VIEW, nodeIds, selected: pair.regionId }) || '?';
}

/** Every region that appears in a pair, in Chinese collation order: the choices of "closest to …". */
export function regionsOfPairs(pairs: readonly RegionSimilarity[]): string[] {
  return [...new Set(pairs.flatMap((pair) => [pair.region, pair.other]))].sort((a, b) => a.localeCompare(b, 'zh'));
}

/** A target as a short label: 地区生产总值增长 2026: 5% (the metric by `metricName`, by its key when it has none). */
export function targetLabel(target: RegionSimilarity['sharedTargets'][number], metricName: (metric: string) => string | undefined = () => undefined): string {
  return `${metricName(target.metric) ?? target.metric} ${target.year}: ${target.value}${target.unit ?? ''}`;
}
