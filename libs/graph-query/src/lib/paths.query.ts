import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { isGdsMissing } from './gds-availability';
import { GraphCollector } from './graph-elements';
import { readQuery } from './read-query';
import { dropProjectionQuietly, TEMPORARY_PROJECTION_PREFIXES, temporaryProjectionName } from './temporary-projections';
import type { PathAlgorithm, PathsResult } from '@policygraph/graph-types';
export type { PathAlgorithm, PathsResult };

export interface PathsArgs {
  readonly fromId: string;
  readonly toId: string;
  readonly maxHops?: number;
  readonly limit?: number;
  /** Labels no path may pass through (the two ends excepted): Strategy, DepartmentFunction … */
  readonly excludeLabels?: readonly string[];
  /** Leaves out relationships an inference wrote (basis 'inferred'), so only what documents state connects. */
  readonly excludeInferred?: boolean;
}

export const MAX_PATH_HOPS = 8;

/** What Yen's algorithm searches: only the nodes a path of at most maxHops can reach (the default), or the whole graph. */
export type PathProjection = 'bounded' | 'whole';

/** The labels a path may be told to avoid: hubs that join everything (a shared strategy, a department function). */
export const PATH_EXCLUDABLE_LABELS = ['Strategy', 'DepartmentFunction'] as const;

// Fallback without Graph Data Science: all shortest paths, filtered while they are searched: the predicates hold for
// every node and relationship of the path (universal), so Neo4j keeps its fast bidirectional breadth-first search.
// (SHORTEST k, which would also list longer paths, ran past the query time limit between two projects of the seed
// plans on a loaded machine.) Variable-length bounds cannot be parameters; one statement per allowed bound, chosen
// from a closed range.
const ALL_SHORTEST: Record<number, string> = Object.fromEntries(
  Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1).map((hops) => [
    hops,
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
     WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS' OR ($excludeInferred AND coalesce(r.basis, '') = 'inferred'))
       AND none(n IN nodes(p) WHERE n <> a AND n <> b AND any(l IN labels(n) WHERE l IN $excludeLabels))
     RETURN p LIMIT $limit`,
  ]),
);

/** A relationship a path may take, to a node it may pass through (the two ends always). */
const ALLOWED_STEP = `type(r) <> 'MENTIONS' AND NOT ($excludeInferred AND coalesce(r.basis, '') = 'inferred')
      AND (m.id IN $ends OR none(l IN labels(m) WHERE l IN $excludeLabels))`;

/**
 * The graph the k shortest paths are searched in, as a GDS Cypher projection: every pair of the given nodes joined by
 * a relationship the constraints allow (MENTIONS never; inferred ones unless told; no node of an excluded label but
 * the two ends), once per pair (parallel relationships would make Yen's algorithm list one route twice), undirected,
 * plus the two ends themselves so they are in the projection even when no allowed relationship touches them.
 * `$within` null projects the whole graph.
 */
const PROJECT_ALLOWED = `
  CALL () {
    MATCH (n:Entity) WHERE n.id IN $ends RETURN n, null AS m
    UNION
    MATCH (n:Entity)-[r]-(m:Entity)
    WHERE ($within IS NULL OR (elementId(n) IN $within AND elementId(m) IN $within))
      AND elementId(n) < elementId(m) AND (n.id IN $ends OR none(l IN labels(n) WHERE l IN $excludeLabels))
      AND ${ALLOWED_STEP}
    RETURN DISTINCT n, m
  }
  WITH gds.graph.project($graphName, n, m, {}, {undirectedRelationshipTypes: ['*']}) AS projected
  RETURN projected.nodeCount AS nodes`;

/** One breadth-first step over what a path may take: the allowed neighbours of the frontier. */
const NEXT_RING = `
  UNWIND $frontier AS id
  MATCH (n:Entity) WHERE elementId(n) = id
  MATCH (n)-[r]-(m:Entity) WHERE ${ALLOWED_STEP}
  RETURN DISTINCT elementId(m) AS id`;

/**
 * Yen's k shortest loopless paths (GDS), shortest first, then for each hop the stored relationship it stands for
 * (a stated one before an inferred one when both join the pair).
 */
const YENS = `
  MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
  CALL gds.shortestPath.yens.stream($graphName, {sourceNode: a, targetNode: b, k: $limit, concurrency: 1})
  YIELD index, nodeIds
  WITH index, [nodeId IN nodeIds | gds.util.asNode(nodeId)] AS nodes
  WHERE size(nodes) - 1 <= $maxHops
  UNWIND range(0, size(nodes) - 2) AS hop
  CALL (nodes, hop) {
    WITH nodes[hop] AS x, nodes[hop + 1] AS y
    MATCH (x)-[r]-(y)
    WHERE type(r) <> 'MENTIONS' AND NOT ($excludeInferred AND coalesce(r.basis, '') = 'inferred')
    RETURN r ORDER BY coalesce(r.basis, '') = 'inferred', type(r) LIMIT 1
  }
  WITH index, nodes, hop, r ORDER BY index, hop
  RETURN index, nodes, collect(r) AS relationships ORDER BY index`;

/** Said in the response when the server has no GDS and only the shortest paths (all of one length) are listed. */
export const NO_GDS_NOTICE = 'this database has no Graph Data Science plugin (gds.*): only the shortest paths are listed, all of one length';

export async function shortestPaths(connection: GraphConnection, args: PathsArgs): Promise<PathsResult> {
  const maxHops = args.maxHops ?? 6;
  const limit = args.limit ?? 10;
  const excludeLabels = args.excludeLabels ?? [];
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS)
    throw new PolicyGraphError('BAD_REQUEST', `maxHops must be 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new PolicyGraphError('BAD_REQUEST', `limit must be 1 to 100, got ${limit}`);
  if (args.fromId === args.toId) throw new PolicyGraphError('BAD_REQUEST', 'a path needs two different nodes');
  const unknown = excludeLabels.filter((label) => !(PATH_EXCLUDABLE_LABELS as readonly string[]).includes(label));
  if (unknown.length > 0)
    throw new PolicyGraphError('BAD_REQUEST', `excludeLabels may hold only ${PATH_EXCLUDABLE_LABELS.join(', ')}; got ${unknown.join(', ')}`);
  const checked: PathsArgs = { ...args, maxHops, limit, excludeLabels, excludeInferred: args.excludeInferred ?? false };
  try {
    return await kShortestPaths(connection, checked);
  } catch (error) {
    if (!isGdsMissing(error)) throw error;
    return { ...(await allShortestPaths(connection, checked)), notice: NO_GDS_NOTICE };
  }
}

/**
 * Up to `limit` paths of increasing length (Yen's k shortest paths, Neo4j Graph Data Science) of at most `maxHops`,
 * over a projection of what the constraints allow; the projection is named uniquely (projections are server-wide) and
 * dropped whatever happens. Arguments are checked by `shortestPaths`.
 */
export async function kShortestPaths(connection: GraphConnection, args: PathsArgs, projection: PathProjection = 'bounded'): Promise<PathsResult> {
  const graphName = temporaryProjectionName(TEMPORARY_PROJECTION_PREFIXES.paths);
  const constraints = { ends: [args.fromId, args.toId], excludeLabels: args.excludeLabels ?? [], excludeInferred: args.excludeInferred ?? false };
  try {
    const within = projection === 'bounded' ? await nodesWithinReach(connection, args.fromId, args.toId, args.maxHops ?? 6, constraints) : null;
    await readQuery(connection, PROJECT_ALLOWED, { graphName, ...constraints, within }, 'projecting the graph for paths', 30_000);
    const records = await readQuery(
      connection,
      YENS,
      {
        graphName,
        fromId: args.fromId,
        toId: args.toId,
        limit: neo4j.int(args.limit ?? 10),
        maxHops: neo4j.int(args.maxHops ?? 6),
        excludeInferred: constraints.excludeInferred,
      },
      'finding the k shortest paths',
      30_000,
    );
    const collector = new GraphCollector();
    const paths = records.map((record) => {
      const nodes = record.get('nodes') as Node[];
      const relationships = record.get('relationships') as Relationship[];
      collector.add(nodes);
      collector.add(relationships);
      const idOf = new Map(nodes.map((node) => [node.elementId, String(node.properties['id'])]));
      const edgeIds = relationships.map((r) => `${idOf.get(r.startNodeElementId)}>${r.type}>${idOf.get(r.endNodeElementId)}`);
      return { nodeIds: nodes.map((node) => String(node.properties['id'])), edgeIds, length: edgeIds.length };
    });
    return { paths, ...collector.result(), algorithm: 'k-shortest', notice: null };
  } finally {
    await dropProjectionQuietly(connection, graphName, 'dropping the paths graph');
  }
}

/**
 * The nodes a path of at most `maxHops` between the two ends can pass through, or more (never fewer): a node at
 * position i of such a path is within i hops of the start and maxHops - i of the end, so within ⌈maxHops/2⌉ of one of
 * them; one only the start reaches in ⌈maxHops/2⌉ is more than ⌈maxHops/2⌉ from the end, so on such a path it is at
 * most ⌊maxHops/2⌋ - 1 from the start (and the other way round); one both reach needs d(start) + d(end) ≤ maxHops.
 * Distances are breadth-first over the allowed steps, so the whole graph is never projected for a short question.
 */
async function nodesWithinReach(
  connection: GraphConnection,
  fromId: string,
  toId: string,
  maxHops: number,
  constraints: { ends: string[]; excludeLabels: readonly string[]; excludeInferred: boolean },
): Promise<string[]> {
  const radius = Math.ceil(maxHops / 2);
  const [fromStart, fromEnd] = [await distancesFrom(connection, fromId, radius, constraints), await distancesFrom(connection, toId, radius, constraints)];
  const kept: string[] = [];
  for (const [node, d] of fromStart) {
    const e = fromEnd.get(node);
    if (e === undefined ? d <= Math.floor(maxHops / 2) - 1 : d + e <= maxHops) kept.push(node);
  }
  for (const [node, e] of fromEnd) if (!fromStart.has(node) && e <= Math.floor(maxHops / 2) - 1) kept.push(node);
  return kept;
}

/** Breadth-first hop counts from one node (its element id → hops), up to `radius`. */
async function distancesFrom(
  connection: GraphConnection,
  id: string,
  radius: number,
  constraints: { ends: string[]; excludeLabels: readonly string[]; excludeInferred: boolean },
): Promise<Map<string, number>> {
  const start = await readQuery(connection, 'MATCH (n:Entity {id: $id}) RETURN elementId(n) AS id', { id }, 'finding a path end');
  const distances = new Map<string, number>(start.map((record) => [String(record.get('id')), 0]));
  let frontier = [...distances.keys()];
  for (let hops = 1; hops <= radius && frontier.length > 0; hops++) {
    const ring = await readQuery(connection, NEXT_RING, { frontier, ...constraints }, 'finding the nodes a path can reach', 30_000);
    frontier = ring.map((record) => String(record.get('id'))).filter((node) => !distances.has(node));
    for (const node of frontier) distances.set(node, hops);
  }
  return distances;
}

/** All shortest paths (one length) by Cypher alone: what a server without GDS can answer. */
export async function allShortestPaths(connection: GraphConnection, args: PathsArgs): Promise<PathsResult> {
  const records = await readQuery(
    connection,
    ALL_SHORTEST[args.maxHops ?? 6]!,
    {
      fromId: args.fromId,
      toId: args.toId,
      limit: neo4j.int(args.limit ?? 10),
      excludeLabels: args.excludeLabels ?? [],
      excludeInferred: args.excludeInferred ?? false,
    },
    'finding paths',
  );
  const collector = new GraphCollector();
  const paths = records.map((record) => {
    const path = record.get('p') as Path;
    collector.add(path);
    const nodeIds = [path.start, ...path.segments.map((s) => s.end)].map((n) => String(n.properties['id']));
    const edgeIds = path.segments.map((s) => {
      const source = s.relationship.startNodeElementId === s.start.elementId ? s.start : s.end;
      const target = source === s.start ? s.end : s.start;
      return `${source.properties['id']}>${s.relationship.type}>${target.properties['id']}`;
    });
    return { nodeIds, edgeIds, length: edgeIds.length };
  });
  return { paths, ...collector.result(), algorithm: 'all-shortest', notice: null };
}
