import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import neo4j from 'neo4j-driver';
import { isGdsMissing } from './gds-availability';
import { readQuery } from './read-query';
import { dropProjectionQuietly, TEMPORARY_PROJECTION_PREFIXES, temporaryProjectionName } from './temporary-projections';

/** Degree, PageRank and Louvain community of one node, within the projection it was computed over. */
export interface NodeStatistics {
  readonly id: string;
  /** Relationships touching the node in the projection (MENTIONS excluded), either direction. */
  readonly degree: number;
  readonly pageRank: number;
  /** Louvain community; numbered 0… by size within one result (0 = the largest), so equal numbers mean one community. */
  readonly community: number;
}

/** 'view': the given nodes and the relationships among them; 'graph': the whole stored graph. */
export type StatisticsScope = 'view' | 'graph';

export interface GraphStatistics {
  readonly scope: StatisticsScope;
  /** One row per requested node that exists, in the order asked. */
  readonly nodes: NodeStatistics[];
  /** How many communities the projection has (not only among the requested nodes). */
  readonly communities: number;
  /** Nodes and relationships projected. */
  readonly projectedNodes: number;
  readonly projectedRelationships: number;
}

/** A graph by position: nodes 0 … nodeCount-1 and (source, target) pairs, read undirected. */
export interface IndexedGraph {
  readonly nodeCount: number;
  readonly edges: readonly (readonly [number, number])[];
}

export interface IndexedStatistics {
  readonly degree: number[];
  readonly pageRank: number[];
  readonly community: number[];
}

/**
 * Degree, PageRank and Louvain by Neo4j Graph Data Science over a graph passed as rows: each node once (so isolated
 * nodes are projected too) and each edge, projected undirected (Louvain needs it; PageRank of an analyst's view should
 * not depend on which way a relationship was stored) with the Cypher aggregation gds.graph.project, then the three
 * streams, then the in-memory graph dropped, in one statement.
 */
const CENTRALITY_AND_COMMUNITIES = `
  UNWIND $rows AS row
  WITH gds.graph.project($graphName, row.source, row.target, {}, {undirectedRelationshipTypes: ['*']}) AS projected
  CALL gds.degree.stream($graphName) YIELD nodeId, score
  WITH collect([nodeId, score]) AS degrees
  CALL gds.pageRank.stream($graphName, {maxIterations: 40, dampingFactor: 0.85}) YIELD nodeId, score
  WITH degrees, collect([nodeId, score]) AS ranks
  CALL gds.louvain.stream($graphName, {concurrency: 1}) YIELD nodeId, communityId
  WITH degrees, ranks, collect([nodeId, communityId]) AS communities
  CALL gds.graph.drop($graphName, false) YIELD graphName
  RETURN degrees, ranks, communities`;

/** The view's nodes and the relationships among them. */
const VIEW_ELEMENTS = `
  MATCH (n:Entity) WHERE n.id IN $ids
  OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m.id IN $ids AND type(r) <> 'MENTIONS' AND m <> n
  RETURN n.id AS id, collect(m.id) AS targets`;

/** Every node and relationship but MENTIONS (a document's bookkeeping list of its facts, not a link between facts). */
const GRAPH_ELEMENTS = `
  MATCH (n:Entity)
  OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE type(r) <> 'MENTIONS' AND m <> n
  RETURN n.id AS id, collect(m.id) AS targets`;

const DOCUMENTS = `MATCH (d:Document) WITH d ORDER BY d.documentId RETURN count(d) AS documents, collect(coalesce(d.contentHash, d.documentId) + coalesce(d.factsHash, "")) AS hashes`;

export const MAX_VIEW_NODES = 5_000;

interface WholeGraphRun {
  readonly fingerprint: string;
  readonly byId: Map<string, NodeStatistics>;
  readonly communities: number;
  readonly projectedNodes: number;
  readonly projectedRelationships: number;
}

/** The whole graph changes only on ingest: one GDS run serves every question until then. */
const lastWholeGraphRun = new WeakMap<GraphConnection, Promise<WholeGraphRun>>();

/**
 * Degree, PageRank and community of the given nodes: computed over the view (those nodes and the relationships among
 * them) or over the whole graph (cached until a document changes). Unknown ids are left out. Needs the Graph Data
 * Science plugin (the local server has it): without it, a clear error says so.
 */
export async function graphStatistics(connection: GraphConnection, options: { ids: readonly string[]; scope?: StatisticsScope }): Promise<GraphStatistics> {
  const scope = options.scope ?? 'view';
  const ids = [...new Set(options.ids)];
  if (ids.length > MAX_VIEW_NODES)
    throw new PolicyGraphError('BAD_REQUEST', `graph statistics take at most ${MAX_VIEW_NODES} node ids (got ${ids.length})`, {});
  if (scope === 'graph') {
    const run = await wholeGraphRun(connection);
    return {
      scope,
      nodes: ids.flatMap((id) => run.byId.get(id) ?? []),
      communities: run.communities,
      projectedNodes: run.projectedNodes,
      projectedRelationships: run.projectedRelationships,
    };
  }
  if (ids.length === 0) return { scope, nodes: [], communities: 0, projectedNodes: 0, projectedRelationships: 0 };
  const { nodeIds, graph } = await readIndexedGraph(connection, VIEW_ELEMENTS, { ids }, 'reading the view for its statistics');
  const stats = await centralityAndCommunities(connection, graph);
  const byId = statisticsById(nodeIds, stats);
  return {
    scope,
    nodes: ids.flatMap((id) => byId.get(id) ?? []),
    communities: new Set(stats.community).size,
    projectedNodes: graph.nodeCount,
    projectedRelationships: graph.edges.length,
  };
}

/** Runs degree, PageRank and Louvain over a graph given by position; results by position. */
export async function centralityAndCommunities(connection: GraphConnection, graph: IndexedGraph): Promise<IndexedStatistics> {
  if (graph.nodeCount === 0) return { degree: [], pageRank: [], community: [] };
  const rows: { source: ReturnType<typeof neo4j.int>; target: ReturnType<typeof neo4j.int> | null }[] = [];
  for (let node = 0; node < graph.nodeCount; node++) rows.push({ source: neo4j.int(node), target: null });
  for (const [source, target] of graph.edges) rows.push({ source: neo4j.int(source), target: neo4j.int(target) });
  const graphName = temporaryProjectionName(TEMPORARY_PROJECTION_PREFIXES.graphStatistics);
  let records;
  try {
    records = await readQuery(connection, CENTRALITY_AND_COMMUNITIES, { graphName, rows }, 'computing degree, PageRank and communities', 60_000);
  } catch (error) {
    await dropProjectionQuietly(connection, graphName, 'dropping the statistics graph');
    if (isGdsMissing(error)) {
      throw new PolicyGraphError(
        'NEO4J_ERROR',
        'graph statistics need the Neo4j Graph Data Science plugin (gds.*), which this database does not have: install GDS (Enterprise) or use Aura with Graph Analytics',
        {},
      );
    }
    throw error;
  }
  const record = records[0];
  const degree = new Array<number>(graph.nodeCount).fill(0);
  const pageRank = new Array<number>(graph.nodeCount).fill(0);
  const rawCommunity = new Array<number>(graph.nodeCount).fill(0);
  for (const [node, score] of (record?.get('degrees') ?? []) as [unknown, unknown][]) degree[Number(node)] = Number(score);
  for (const [node, score] of (record?.get('ranks') ?? []) as [unknown, unknown][]) pageRank[Number(node)] = Number(score);
  for (const [node, community] of (record?.get('communities') ?? []) as [unknown, unknown][]) rawCommunity[Number(node)] = Number(community);
  return { degree, pageRank, community: renumberBySize(rawCommunity) };
}

/** GDS community ids are arbitrary node ids: 0 for the largest community, 1 for the next, … (ties by first member). */
export function renumberBySize(communities: readonly number[]): number[] {
  const sizes = new Map<number, { size: number; first: number }>();
  communities.forEach((community, index) => {
    const entry = sizes.get(community);
    if (entry) entry.size++;
    else sizes.set(community, { size: 1, first: index });
  });
  const order = [...sizes.entries()].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first).map(([community]) => community);
  const number = new Map(order.map((community, index) => [community, index]));
  return communities.map((community) => number.get(community)!);
}

async function wholeGraphRun(connection: GraphConnection): Promise<WholeGraphRun> {
  const [record] = await readQuery(connection, DOCUMENTS, {}, 'checking the stored documents');
  const fingerprint = `${String(record?.get('documents'))}:${JSON.stringify(record?.get('hashes') ?? [])}`;
  const previous = lastWholeGraphRun.get(connection);
  if (previous) {
    const run = await previous.catch(() => null);
    if (run && run.fingerprint === fingerprint) return run;
  }
  const next = (async (): Promise<WholeGraphRun> => {
    const { nodeIds, graph } = await readIndexedGraph(connection, GRAPH_ELEMENTS, {}, 'reading the graph for its statistics');
    const stats = await centralityAndCommunities(connection, graph);
    return {
      fingerprint,
      byId: statisticsById(nodeIds, stats),
      communities: new Set(stats.community).size,
      projectedNodes: graph.nodeCount,
      projectedRelationships: graph.edges.length,
    };
  })();
  lastWholeGraphRun.set(connection, next);
  next.catch(() => lastWholeGraphRun.delete(connection));
  return next;
}

async function readIndexedGraph(
  connection: GraphConnection,
  cypher: string,
  params: Record<string, unknown>,
  context: string,
): Promise<{ nodeIds: string[]; graph: IndexedGraph }> {
  const records = await readQuery(connection, cypher, params, context, 30_000);
  const nodeIds = records.map((record) => String(record.get('id')));
  const index = new Map(nodeIds.map((id, position) => [id, position]));
  const edges: [number, number][] = [];
  records.forEach((record, source) => {
    for (const target of record.get('targets') as string[]) {
      const position = index.get(target);
      if (position !== undefined) edges.push([source, position]);
    }
  });
  return { nodeIds, graph: { nodeCount: nodeIds.length, edges } };
}

function statisticsById(nodeIds: readonly string[], stats: IndexedStatistics): Map<string, NodeStatistics> {
  return new Map(
    nodeIds.map((id, position) => [id, { id, degree: stats.degree[position]!, pageRank: stats.pageRank[position]!, community: stats.community[position]! }]),
  );
}
