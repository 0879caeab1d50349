import type { SharedStrategy } from '../../api/graph-api.types';
import { DEFAULT_VIEW, encodeView } from '../../app/view-url';

export interface StrategyHeatMap {
  /** Regions that apply at least one of the columns' strategies, by name. */
  readonly regions: string[];
  /** Strategies applied by at least minRegions regions, most regions first. */
  readonly strategies: SharedStrategy[];
  /** Goals and projects applying a strategy in a region: `${strategyId}\u0000${region}` → count. */
  readonly tasks: ReadonlyMap<string, number>;
  readonly maxTasks: number;
}

export const cellKey = (strategyId: string, region: string): string => `${strategyId}\u0000${region}`;

/** Region × strategy counts for the strategies shared by at least minRegions regions. */
export function strategyHeatMap(all: readonly SharedStrategy[], minRegions: number): StrategyHeatMap {
  const strategies = all.filter((s) => s.regions.length >= minRegions);
  const tasks = new Map<string, number>();
  const regions = new Set<string>();
  for (const strategy of strategies) {
    for (const entry of strategy.regions) {
      tasks.set(cellKey(strategy.strategy.id, entry.region), entry.tasks);
      regions.add(entry.region);
    }
  }
  return { regions: [...regions].sort((a, b) => a.localeCompare(b, 'zh')), strategies, tasks, maxTasks: Math.max(1, ...tasks.values()) };
}

/** Per region, the strategies no other region applies, with that region's wording. */
export function onlyThisRegion(all: readonly SharedStrategy[]): Map<string, SharedStrategy[]> {
  const byRegion = new Map<string, SharedStrategy[]>();
  for (const strategy of all) {
    if (strategy.regions.length !== 1) continue;
    const region = strategy.regions[0]!.region;
    byRegion.set(region, [...(byRegion.get(region) ?? []), strategy]);
  }
  return new Map([...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh')));
}

/** The explorer opened on a strategy and one goal or project of each region quoting it (at most maxTasks), the strategy selected. */
export function strategyGraphLink(strategy: SharedStrategy, maxTasks = 12): string {
  const taskIds = strategy.regions.flatMap((region) => region.quotes.slice(0, 1).map((quote) => quote.taskId)).slice(0, maxTasks);
  return encodeView({ ...DEFAULT_VIEW, nodeIds: [strategy.strategy.id, ...taskIds], selected: strategy.strategy.id }) || '?';
}
