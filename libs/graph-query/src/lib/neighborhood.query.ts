import type { GraphConnection } from '@policygraph/graph-store';
import { NODE_LABELS, PolicyGraphError, RELATIONSHIP_TYPES } from '@policygraph/graph-types';
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import {
  edgeView,
  nodeOrSummary,
  nodeView,
  relationshipOrSummary,
  type GraphEdgeView,
  type GraphNodeView,
  type NodeSummary,
  type RelationshipSummary,
} from './graph-elements';
import { readQuery } from './read-query';
import type { LeftOut, Subgraph } from '@policygraph/graph-types';
export type { LeftOut, Subgraph };

export interface NeighborhoodArgs {
  readonly id: string;
  readonly depth?: number;
  readonly labels?: readonly string[];
  readonly relTypes?: readonly string[];
  readonly limit?: number;
  /** Properties and evidence of every element (default true); false returns ids, labels, names and types only. */
  readonly details?: boolean;
}

/** One neighbour row as the hop queries return it (`m` is absent from the rows of EDGES_AMONG). */
interface HopRow {
  readonly r: Relationship | RelationshipSummary;
  readonly source: string;
  readonly target: string;
  readonly m: Node | NodeSummary;
}

export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURS = 2_000;
/** MENTIONS links a document to each of its facts; it is bookkeeping, so traversal skips it unless asked. */
const DEFAULT_REL_TYPES = RELATIONSHIP_TYPES.filter((t) => t !== 'MENTIONS');

const HOP = `
  MATCH (n:Entity) WHERE n.id IN $frontier
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $relTypes AND m.label IN $labels AND NOT m.id IN $seen
  WITH DISTINCT r, m
  ORDER BY type(r), m.name
  LIMIT $limit
  RETURN ${relationshipOrSummary('r')} AS r, startNode(r).id AS source, endNode(r).id AS target, ${nodeOrSummary('m')} AS m`;

/**
 * The first hop in one round trip: the start node (no row at all means the id does not exist), its neighbours up to
 * the limit, the per-type counts when the limit cut the list short, and, for a depth-1 request, the edges among the
 * neighbours, so the commonest expand costs a single query.
 */
const FIRST_HOP = `
  MATCH (s:Entity {id: $id})
  CALL (s) {
    MATCH (s)-[r]-(m:Entity)
    WHERE type(r) IN $relTypes AND m.label IN $labels AND m <> s
    WITH DISTINCT r, m
    ORDER BY type(r), m.name
    LIMIT $limit
    // node stays the node itself for the edges-among step; m is what the caller gets.
    RETURN collect({r: ${relationshipOrSummary('r')}, source: startNode(r).id, target: endNode(r).id, m: ${nodeOrSummary('m')}, node: m}) AS hop
  }
  CALL (s, hop) {
    WITH s WHERE size(hop) >= $limit
    MATCH (s)-[r]-(m:Entity)
    WHERE type(r) IN $relTypes AND m.label IN $labels AND m <> s
    WITH DISTINCT type(r) AS type, m.label AS label, m
    WITH type, label, count(m) AS count
    RETURN collect({type: type, label: label, count: count}) AS counts
  }
  CALL (hop) {
    WITH [x IN hop | x.node] AS ns WHERE $depth = 1
    UNWIND ns AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE b IN ns AND type(r) IN $relTypes
    RETURN collect({r: ${relationshipOrSummary('r')}, source: a.id, target: b.id}) AS among
  }
  RETURN ${nodeOrSummary('s')} AS s, [x IN hop | x {.r, .source, .target, .m}] AS hop, counts, among`;

const HOP_COUNTS = `
  MATCH (n:Entity) WHERE n.id IN $frontier
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $relTypes AND m.label IN $labels AND NOT m.id IN $seen
  WITH DISTINCT type(r) AS type, m.label AS label, m
  RETURN type, label, count(m) AS count`;

/**
 * Edges among already-collected nodes that the hop-by-hop walk does not return (e.g. between two neighbours). Each
 * edge is found from an endpoint that is not a hub: a node every document links to (a place, a department function)
 * has tens of thousands of relationships, and expanding it to find the two or three that stay inside the set was
 * most of a depth-2 request. Edges between two hubs are looked up pairwise, which is cheap because hubs are few.
 */
const EDGES_AMONG = `
  MATCH (n:Entity) WHERE n.id IN $ids
  WITH collect(n) AS ns
  WITH [n IN ns WHERE COUNT { (n)--() } <= $hubDegree] AS small, [n IN ns WHERE COUNT { (n)--() } > $hubDegree] AS hubs
  CALL (small) {
    UNWIND small AS a
    MATCH (a)-[r]-(b:Entity)
    WHERE type(r) IN $relTypes AND b.id IN $ids
    RETURN collect(DISTINCT r) AS fromSmall
  }
  CALL (hubs) {
    UNWIND hubs AS a
    UNWIND hubs AS b
    MATCH (a)-[r]->(b)
    WHERE type(r) IN $relTypes
    RETURN collect(r) AS betweenHubs
  }
  UNWIND fromSmall + betweenHubs AS r
  WITH DISTINCT r
  RETURN ${relationshipOrSummary('r')} AS r, startNode(r).id AS source, endNode(r).id AS target`;

/** Above this many relationships a node is expanded only towards other hubs (see EDGES_AMONG). */
const HUB_DEGREE = neo4j.int(1_000);

/** Breadth-first, one bounded query per hop, so a hub node cannot make one query explode. */
export async function neighborhood(connection: GraphConnection, args: NeighborhoodArgs): Promise<Subgraph> {
  const depth = args.depth ?? 1;
  const limit = args.limit ?? 200;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new PolicyGraphError('BAD_REQUEST', `depth must be 1 to ${MAX_DEPTH}, got ${depth}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBOURS)
    throw new PolicyGraphError('BAD_REQUEST', `limit must be 1 to ${MAX_NEIGHBOURS}, got ${limit}`);
  const labels = args.labels?.length ? args.labels : NODE_LABELS;
  const relTypes = args.relTypes?.length ? args.relTypes : DEFAULT_REL_TYPES;
  const details = args.details ?? true;
  const [first] = await readQuery(
    connection,
    FIRST_HOP,
    { id: args.id, relTypes, labels, limit: neo4j.int(limit), depth: neo4j.int(depth), details },
    `expanding ${args.id}`,
  );
  if (!first) throw new PolicyGraphError('NOT_FOUND', `no node with id ${args.id}`);

  const nodes = new Map<string, GraphNodeView>([[args.id, nodeView(first.get('s'))]]);
  const edges = new Map<string, GraphEdgeView>();
  const leftOut = new Map<string, LeftOut>();
  const addEdge = (row: Omit<HopRow, 'm'>): void => {
    const edge = edgeView(row.r, row.source, row.target);
    edges.set(edge.id, edge);
  };
  /** Adds one hop's rows and what its limit left out; returns the ids new on this hop (the next frontier). */
  const addHop = (rows: readonly HopRow[], counts: readonly LeftOut[]): string[] => {
    const next: string[] = [];
    const included = new Map<string, number>();
    for (const row of rows) {
      const m = nodeView(row.m);
      if (!nodes.has(m.id)) {
        nodes.set(m.id, m);
        next.push(m.id);
        const key = `${row.r.type}|${m.label}`;
        included.set(key, (included.get(key) ?? 0) + 1);
      }
      addEdge(row);
    }
    for (const count of counts) {
      const key = `${count.type}|${count.label}`;
      const missing = Number(count.count) - (included.get(key) ?? 0);
      if (missing > 0) leftOut.set(key, { type: count.type, label: count.label, count: (leftOut.get(key)?.count ?? 0) + missing });
    }
    return next;
  };
  const result = (): Subgraph => ({ nodes: [...nodes.values()], edges: [...edges.values()], leftOut: [...leftOut.values()] });

  let frontier = addHop(first.get('hop'), first.get('counts'));
  if (depth === 1) {
    for (const row of first.get('among') as Omit<HopRow, 'm'>[]) addEdge(row);
    return result();
  }
  for (let hop = 2; hop <= depth && frontier.length > 0 && nodes.size <= limit; hop++) {
    const remaining = limit - (nodes.size - 1);
    const params = { frontier, relTypes, labels, seen: [...nodes.keys()], limit: neo4j.int(remaining), details };
    const rows = await readQuery(connection, HOP, params, `expanding ${args.id}`);
    const counts =
      rows.length >= remaining ? await readQuery(connection, HOP_COUNTS, { ...params, limit: undefined }, `counting neighbours of ${args.id}`) : [];
    frontier = addHop(
      rows.map((row) => row.toObject() as HopRow),
      counts.map((row) => row.toObject() as LeftOut),
    );
  }
  const among = await readQuery(connection, EDGES_AMONG, { ids: [...nodes.keys()], relTypes, details, hubDegree: HUB_DEGREE }, `expanding ${args.id}`);
  for (const row of among) addEdge(row.toObject() as Omit<HopRow, 'm'>);
  return result();
}

/** Per relationship type and neighbour label, how many neighbours a node has: the explorer's expand menu. */
export async function expansionCounts(connection: GraphConnection, id: string): Promise<LeftOut[]> {
  const rows = await readQuery(
    connection,
    `MATCH (n:Entity {id: $id})-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS'
     RETURN type(r) AS type, m.label AS label, count(*) AS count ORDER BY count DESC`,
    { id },
    `counting neighbours of ${id}`,
  );
  return rows.map((r) => ({ type: r.get('type'), label: r.get('label'), count: Number(r.get('count')) }));
}

export const MAX_SUBGRAPH_IDS = 1_000;

/** Nodes by id and the edges among them: restores a saved view in one request. */
export async function subgraphOf(connection: GraphConnection, ids: readonly string[]): Promise<Subgraph> {
  if (ids.length > MAX_SUBGRAPH_IDS) throw new PolicyGraphError('BAD_REQUEST', `at most ${MAX_SUBGRAPH_IDS} ids`);
  const found = await readQuery(connection, 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n', { ids }, 'reading a subgraph');
  const edges = await readQuery(connection, EDGES_AMONG, { ids, relTypes: DEFAULT_REL_TYPES, details: true, hubDegree: HUB_DEGREE }, 'reading a subgraph');
  return {
    nodes: found.map((r) => nodeView(r.get('n'))),
    edges: edges.map((r) => edgeView(r.get('r'), r.get('source'), r.get('target'))),
    leftOut: [],
  };
}
