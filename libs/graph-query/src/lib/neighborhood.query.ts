import type { GraphConnection } from '@policygraph/graph-store';
import { NODE_LABELS, PolicyGraphError, RELATIONSHIP_TYPES } from '@policygraph/graph-types';
import neo4j from 'neo4j-driver';
import { edgeView, nodeView, type GraphEdgeView, type GraphNodeView } from './graph-elements';
import { readQuery } from './read-query';

export interface NeighborhoodArgs {
  readonly id: string;
  readonly depth?: number;
  readonly labels?: readonly string[];
  readonly relTypes?: readonly string[];
  readonly limit?: number;
}

export interface LeftOut {
  readonly type: string;
  readonly label: string;
  readonly count: number;
}

export interface Subgraph {
  readonly nodes: GraphNodeView[];
  readonly edges: GraphEdgeView[];
  /** Per relationship type and neighbour label, how many neighbours the limit left out. */
  readonly leftOut: LeftOut[];
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
  RETURN r, startNode(r).id AS source, endNode(r).id AS target, m
  ORDER BY type(r), m.name
  LIMIT $limit`;

/** The first hop also returns the start node, saving a round trip; no row at all means the id does not exist. */
const FIRST_HOP = `
  MATCH (s:Entity {id: $id})
  OPTIONAL CALL (s) {
    MATCH (s)-[r]-(m:Entity)
    WHERE type(r) IN $relTypes AND m.label IN $labels AND m <> s
    WITH DISTINCT r, m
    RETURN r, startNode(r).id AS source, endNode(r).id AS target, m
    ORDER BY type(r), m.name
    LIMIT $limit
  }
  RETURN s, r, source, target, m`;

const HOP_COUNTS = `
  MATCH (n:Entity) WHERE n.id IN $frontier
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $relTypes AND m.label IN $labels AND NOT m.id IN $seen
  WITH DISTINCT type(r) AS type, m.label AS label, m
  RETURN type, label, count(m) AS count`;

/** Edges among already-collected nodes that the hop-by-hop walk does not return (e.g. between two neighbours). */
const EDGES_AMONG = `
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relTypes
  RETURN r, a.id AS source, b.id AS target`;

/** Breadth-first, one bounded query per hop, so a hub node cannot make one query explode. */
export async function neighborhood(connection: GraphConnection, args: NeighborhoodArgs): Promise<Subgraph> {
  const depth = args.depth ?? 1;
  const limit = args.limit ?? 200;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new PolicyGraphError('BAD_REQUEST', `depth must be 1 to ${MAX_DEPTH}, got ${depth}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBOURS) throw new PolicyGraphError('BAD_REQUEST', `limit must be 1 to ${MAX_NEIGHBOURS}, got ${limit}`);
  const labels = args.labels?.length ? args.labels : NODE_LABELS;
  const relTypes = args.relTypes?.length ? args.relTypes : DEFAULT_REL_TYPES;
  const first = await readQuery(connection, FIRST_HOP, { id: args.id, relTypes, labels, limit: neo4j.int(limit) }, `expanding ${args.id}`);
  if (first.length === 0) throw new PolicyGraphError('NOT_FOUND', `no node with id ${args.id}`);

  const nodes = new Map<string, GraphNodeView>([[args.id, nodeView(first[0]!.get('s'))]]);
  const edges = new Map<string, GraphEdgeView>();
  const leftOut = new Map<string, LeftOut>();
  let frontier = [args.id];
  for (let hop = 1; hop <= depth && frontier.length > 0 && nodes.size <= limit; hop++) {
    const remaining = limit - (nodes.size - 1);
    const params = { frontier, relTypes, labels, seen: [...nodes.keys()], limit: neo4j.int(remaining) };
    const rows = hop === 1 ? first.filter((row) => row.get('r') !== null) : await readQuery(connection, HOP, params, `expanding ${args.id}`);
    const next: string[] = [];
    const included = new Map<string, number>();
    for (const row of rows) {
      const m = nodeView(row.get('m'));
      if (!nodes.has(m.id)) {
        nodes.set(m.id, m);
        next.push(m.id);
        const key = `${row.get('r').type}|${m.label}`;
        included.set(key, (included.get(key) ?? 0) + 1);
      }
      const edge = edgeView(row.get('r'), row.get('source'), row.get('target'));
      edges.set(edge.id, edge);
    }
    if (rows.length >= remaining) {
      const counts = await readQuery(connection, HOP_COUNTS, { ...params, limit: undefined }, `counting neighbours of ${args.id}`);
      for (const row of counts) {
        const key = `${row.get('type')}|${row.get('label')}`;
        const missing = Number(row.get('count')) - (included.get(key) ?? 0);
        if (missing > 0) {
          const prior = leftOut.get(key)?.count ?? 0;
          leftOut.set(key, { type: row.get('type'), label: row.get('label'), count: prior + missing });
        }
      }
    }
    frontier = next;
  }
  const among = await readQuery(connection, EDGES_AMONG, { ids: [...nodes.keys()], relTypes }, `expanding ${args.id}`);
  for (const row of among) {
    const edge = edgeView(row.get('r'), row.get('source'), row.get('target'));
    edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], leftOut: [...leftOut.values()] };
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
  const edges = await readQuery(connection, EDGES_AMONG, { ids, relTypes: DEFAULT_REL_TYPES }, 'reading a subgraph');
  return {
    nodes: found.map((r) => nodeView(r.get('n'))),
    edges: edges.map((r) => edgeView(r.get('r'), r.get('source'), r.get('target'))),
    leftOut: [],
  };
}
