import type { GraphConnection } from '@policygraph/graph-store';
import type { StrategyQuote } from '@policygraph/graph-types';
import neo4j from 'neo4j-driver';
import { nodeView } from '../graph-elements';
import { readQuery } from '../read-query';
import type { StrategyInRegion, SharedStrategy } from '@policygraph/graph-types';
export type { StrategyInRegion, SharedStrategy };

/** Quotes shown per region: enough to compare wordings side by side without flooding the view. */
const QUOTES_PER_REGION = 3;

const SHARED_STRATEGIES = `
  MATCH (t:Entity)-[a:APPLIES]->(s:Strategy)
  WHERE t.region IS NOT NULL
  WITH s, t.region AS region, count(DISTINCT t) AS tasks,
       collect({taskId: t.id, taskName: t.name, documentId: t.documentId, term: a.term, quote: a.quote})[..$quotesPerRegion] AS quotes
  ORDER BY region
  WITH s, collect({region: region, tasks: tasks, quotes: quotes}) AS regions
  WHERE size(regions) >= $minRegions
  RETURN s, regions
  ORDER BY size(regions) DESC, reduce(n = 0, r IN regions | n + r.tasks) DESC, s.name
  LIMIT $limit`;

/** Strategies two or more regions apply (minRegions), each region with its own wording side by side. */
export async function sharedStrategies(connection: GraphConnection, options: { minRegions?: number; limit?: number } = {}): Promise<SharedStrategy[]> {
  const minRegions = Math.max(1, Math.floor(options.minRegions ?? 2));
  const limit = Math.min(Math.max(Math.floor(options.limit ?? 100), 1), 500);
  const records = await readQuery(
    connection,
    SHARED_STRATEGIES,
    { minRegions: neo4j.int(minRegions), limit: neo4j.int(limit), quotesPerRegion: neo4j.int(QUOTES_PER_REGION) },
    'listing shared strategies',
  );
  return records.map((record) => {
    const strategy = nodeView(record.get('s'));
    const regions = (record.get('regions') as { region: string; tasks: number; quotes: StrategyQuote[] }[]).map((entry) => ({
      region: entry.region,
      tasks: Number(entry.tasks),
      quotes: entry.quotes.map((quote) => ({ ...quote, term: quote.term ?? null, quote: quote.quote ?? null })),
    }));
    return { strategy, source: String(strategy.properties['source'] ?? 'lexicon'), regions };
  });
}
