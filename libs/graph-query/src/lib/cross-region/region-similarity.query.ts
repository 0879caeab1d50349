import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError, regionId, type RegionSimilarityRow, type SharedTarget } from '@policygraph/graph-types';
import neo4j from 'neo4j-driver';
import { isGdsMissing } from '../gds-availability';
import { readQuery } from '../read-query';
import { dropProjectionQuietly, TEMPORARY_PROJECTION_PREFIXES, temporaryProjectionName } from '../temporary-projections';

export type { RegionSimilarityRow, SharedTarget };

/**
 * What a region's plan holds, as (region, feature) rows: each Strategy its goals and projects apply (the node), and
 * each target it states (canonical metric, year and value, e.g. gdp-growth 2026 5).
 */
const FEATURES = `
  CALL {
    MATCH (t:Entity)-[:APPLIES]->(s:Strategy)
    WHERE t.region IS NOT NULL
    RETURN DISTINCT t.region AS region, 'strategy' AS kind, s.id AS key, s.name AS name, id(s) AS nodeId, null AS metric, null AS year, null AS value, null AS unit
    UNION
    MATCH (i:Indicator {kind: 'target'})
    WHERE i.region IS NOT NULL AND i.metric IS NOT NULL AND i.targetYear IS NOT NULL AND i.targetValue IS NOT NULL
    RETURN DISTINCT i.region AS region, 'target' AS kind, i.metric + ' ' + toString(i.targetYear) + ' ' + toString(i.targetValue) AS key, null AS name, null AS nodeId,
           i.metric AS metric, i.targetYear AS year, i.targetValue AS value, i.unit AS unit
  }
  WITH region, kind, key, name, nodeId, metric, year, value, unit
  MATCH (r:Region {name: region})
  RETURN id(r) AS regionNode, region, kind, key, name, nodeId, metric, year, value, unit`;

/**
 * Node similarity (Jaccard) of regions over their features, by Neo4j Graph Data Science: the (region, feature) edges
 * projected with the Cypher aggregation gds.graph.project, streamed with gds.nodeSimilarity (top $topK per region),
 * and the in-memory graph dropped, in one statement. A target is not a node: its key stands as a number above every
 * node id, so two regions stating the same target share a neighbour.
 */
const SIMILARITY = `
  UNWIND $edges AS edge
  WITH gds.graph.project($graphName, edge.source, edge.target) AS projected
  CALL gds.nodeSimilarity.stream($graphName, {topK: $topK, similarityCutoff: 0.0})
  YIELD node1, node2, similarity
  WITH collect({node1: node1, node2: node2, similarity: similarity}) AS pairs
  CALL gds.graph.drop($graphName, false) YIELD graphName
  UNWIND pairs AS pair
  RETURN pair.node1 AS node1, pair.node2 AS node2, pair.similarity AS similarity`;

/** Fingerprint of the stored documents: the similarity is computed again only when a document was added or changed. */
const DOCUMENTS = `MATCH (d:Document) WITH d ORDER BY d.documentId RETURN count(d) AS documents, collect(coalesce(d.contentHash, d.documentId) + coalesce(d.factsHash, "")) AS hashes`;

/** Above any node id of a store this size: target keys projected as ids never meet a real node. */
const TARGET_ID_BASE = 2 ** 40;

interface RegionFeatures {
  readonly node: number;
  readonly strategies: Map<string, string>;
  /** Strategy id → node id, for the projection. */
  readonly strategyNodes: Map<string, number>;
  readonly targets: Map<string, SharedTarget>;
}

interface SimilarityRun {
  readonly fingerprint: string;
  readonly features: Map<string, RegionFeatures>;
  /** Every (region, other) of the stream: both directions, top topK per region. */
  readonly pairs: { region: string; other: string; similarity: number }[];
}

/** The last run per connection: the graph changes only on ingest, and one GDS run serves every question until then. */
const lastRun = new WeakMap<GraphConnection, Promise<SimilarityRun>>();
const TOP_K = 10;

/**
 * Which regions' plans are closest: pairs ranked by node similarity (most similar first), each pair once, with the
 * strategies and targets the two share. With `region`, only that region's closest (its top ten). Needs the Graph
 * Data Science plugin (the local server has it; on Aura or Enterprise install GDS): without it, a clear error says so.
 */
export async function regionSimilarity(connection: GraphConnection, options: { region?: string | null; limit?: number } = {}): Promise<RegionSimilarityRow[]> {
  const limit = Math.min(Math.max(Math.floor(options.limit ?? 50), 1), 500);
  const run = await similarityRun(connection);
  const seen = new Set<string>();
  const rows: RegionSimilarityRow[] = [];
  for (const { region: a, other: b, similarity } of run.pairs) {
    if (options.region && a !== options.region) continue;
    const pairKey = [a, b].sort().join('\u0000');
    if (!options.region && seen.has(pairKey)) continue;
    seen.add(pairKey);
    const [region, other] = options.region ? [a, b] : [a, b].sort();
    rows.push(pairRow(region!, other!, similarity, run.features));
  }
  return rows.sort((x, y) => y.similarity - x.similarity || x.region.localeCompare(y.region) || x.other.localeCompare(y.other)).slice(0, limit);
}

async function similarityRun(connection: GraphConnection): Promise<SimilarityRun> {
  const [record] = await readQuery(connection, DOCUMENTS, {}, 'checking the stored documents');
  const fingerprint = `${String(record?.get('documents'))}:${JSON.stringify(record?.get('hashes') ?? [])}`;
  const previous = lastRun.get(connection);
  if (previous) {
    const run = await previous.catch(() => null);
    if (run && run.fingerprint === fingerprint) return run;
  }
  const next = computeSimilarity(connection, fingerprint);
  lastRun.set(connection, next);
  next.catch(() => lastRun.delete(connection));
  return next;
}

async function computeSimilarity(connection: GraphConnection, fingerprint: string): Promise<SimilarityRun> {
  const features = await regionFeatures(connection);
  const targetIds = new Map<string, number>();
  const edges: { source: number; target: number }[] = [];
  for (const entry of features.values()) {
    for (const node of entry.strategyNodes.values()) edges.push({ source: entry.node, target: node });
    for (const key of entry.targets.keys()) {
      if (!targetIds.has(key)) targetIds.set(key, TARGET_ID_BASE + targetIds.size);
      edges.push({ source: entry.node, target: targetIds.get(key)! });
    }
  }
  const graphName = temporaryProjectionName(TEMPORARY_PROJECTION_PREFIXES.regionSimilarity);
  let records;
  try {
    records = await readQuery(
      connection,
      SIMILARITY,
      { graphName, topK: neo4j.int(TOP_K), edges: edges.map((edge) => ({ source: neo4j.int(edge.source), target: neo4j.int(edge.target) })) },
      'ranking regions by plan similarity',
      30_000,
    );
  } catch (error) {
    await dropProjectionQuietly(connection, graphName, 'dropping the similarity graph');
    if (isGdsMissing(error)) {
      throw new PolicyGraphError(
        'NEO4J_ERROR',
        'ranking regions by plan similarity needs the Neo4j Graph Data Science plugin (gds.*), which this database does not have: install GDS (Enterprise) or use Aura with Graph Analytics',
        {},
      );
    }
    throw error;
  }
  const byNode = new Map([...features.entries()].map(([region, entry]) => [entry.node, region]));
  const pairs = records.flatMap((record) => {
    const region = byNode.get(Number(record.get('node1')));
    const other = byNode.get(Number(record.get('node2')));
    return region && other ? [{ region, other, similarity: Number(record.get('similarity')) }] : [];
  });
  return { fingerprint, features, pairs };
}

function pairRow(region: string, other: string, similarity: number, features: Map<string, RegionFeatures>): RegionSimilarityRow {
  const mine = features.get(region)!;
  const theirs = features.get(other)!;
  const sharedStrategies = [...mine.strategies.entries()].filter(([id]) => theirs.strategies.has(id)).map(([id, name]) => ({ id, name }));
  const sharedTargets = [...mine.targets.entries()].filter(([key]) => theirs.targets.has(key)).map(([, target]) => target);
  return {
    region,
    regionId: regionId(region),
    other,
    otherId: regionId(other),
    similarity,
    sharedStrategies: sharedStrategies.sort((x, y) => x.name.localeCompare(y.name)),
    sharedTargets: sharedTargets.sort((x, y) => x.metric.localeCompare(y.metric)),
    features: mine.strategies.size + mine.targets.size,
    otherFeatures: theirs.strategies.size + theirs.targets.size,
  };
}

/** Each region's strategies and targets, the sets the similarity is computed over. */
async function regionFeatures(connection: GraphConnection): Promise<Map<string, RegionFeatures>> {
  const records = await readQuery(connection, FEATURES, {}, 'reading what each region’s plan holds');
  const features = new Map<string, RegionFeatures>();
  for (const record of records) {
    const region = String(record.get('region'));
    const entry = features.get(region) ?? {
      node: Number(record.get('regionNode')),
      strategies: new Map<string, string>(),
      strategyNodes: new Map<string, number>(),
      targets: new Map<string, SharedTarget>(),
    };
    features.set(region, entry);
    const key = String(record.get('key'));
    if (record.get('kind') === 'strategy') {
      entry.strategies.set(key, String(record.get('name')));
      entry.strategyNodes.set(key, Number(record.get('nodeId')));
    } else
      entry.targets.set(key, {
        metric: String(record.get('metric')),
        year: Number(record.get('year')),
        value: Number(record.get('value')),
        unit: (record.get('unit') as string | null) ?? null,
      });
  }
  return features;
}
