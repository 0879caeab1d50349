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

/** A target as a short label: gdp-growth 2026: 5%. */
export function targetLabel(target: RegionSimilarity['sharedTargets'][number]): string {
  return `${target.metric} ${target.year}: ${target.value}${target.unit ?? ''}`;
}
