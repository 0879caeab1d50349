import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError, RELATIONSHIP_TYPES } from '@policygraph/graph-types';
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { edgeView, nodeView, type GraphEdgeView, type GraphNodeView } from './graph-elements';
import { readQuery } from './read-query';

export type Direction = 'out' | 'in';

export interface RelatedArgs {
  readonly id: string;
  readonly type: string;
  readonly direction: Direction;
  /** Only neighbours with one of these labels. */
  readonly labels?: readonly string[];
  /** Only relationships whose `basis` is one of these (RESPONSIBLE: stated, inferred). */
  readonly basis?: readonly string[];
  readonly first: number;
  /** Opaque cursor from a previous page's endCursor. */
  readonly after?: string | null;
}

export interface RelatedPage {
  readonly totalCount: number;
  readonly edges: { readonly node: GraphNodeView; readonly relationship: GraphEdgeView; readonly cursor: string }[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export const MAX_PAGE = 500;

/** The same page request for several nodes at once: one statement answers a whole list of parents. */
export interface RelatedOfManyArgs extends Omit<RelatedArgs, 'id'> {
  readonly ids: readonly string[];
}

// The relationship type is a parameter compared with type(r), so one statement per direction serves every type.
// OPTIONAL MATCH keeps a row for a node without neighbours; collect drops the null the CASE makes of it.
const RELATED: Record<Direction, string> = {
  out: `UNWIND $ids AS id
        OPTIONAL MATCH (n:Entity {id: id})-[r]->(m:Entity)
        WHERE type(r) = $type AND ($labels IS NULL OR m.label IN $labels) AND ($basis IS NULL OR r.basis IN $basis)
        WITH id, r, m ORDER BY m.name, m.id
        WITH id, collect(CASE WHEN m IS NULL THEN null ELSE {r: r, m: m} END) AS items
        RETURN id, size(items) AS total, items[$offset..($offset + $first)] AS page`,
  in: `UNWIND $ids AS id
       OPTIONAL MATCH (n:Entity {id: id})<-[r]-(m:Entity)
       WHERE type(r) = $type AND ($labels IS NULL OR m.label IN $labels) AND ($basis IS NULL OR r.basis IN $basis)
       WITH id, r, m ORDER BY m.name, m.id
       WITH id, collect(CASE WHEN m IS NULL THEN null ELSE {r: r, m: m} END) AS items
       RETURN id, size(items) AS total, items[$offset..($offset + $first)] AS page`,
};

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new PolicyGraphError('BAD_REQUEST', 'invalid cursor: pass the endCursor of the previous page');
  return Number(match[1]);
}

const EMPTY_PAGE: RelatedPage = { totalCount: 0, edges: [], hasNextPage: false, endCursor: null };

/** One page of a node's neighbours along one relationship type and direction. */
export async function relatedNodes(connection: GraphConnection, args: RelatedArgs): Promise<RelatedPage> {
  const [page] = await relatedNodesOfMany(connection, { ...args, ids: [args.id] });
  return page!;
}

/**
 * The same page of neighbours for each of `ids`, in one query, in the order of `ids` (typed GraphQL fields use this
 * through a per-request DataLoader, so a list of N parents costs one query per field, not N).
 */
export async function relatedNodesOfMany(connection: GraphConnection, args: RelatedOfManyArgs): Promise<RelatedPage[]> {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(args.type)) throw new PolicyGraphError('BAD_REQUEST', `unknown relationship type ${args.type}`);
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) throw new PolicyGraphError('BAD_REQUEST', `first must be 1 to ${MAX_PAGE}`);
  const offset = decodeCursor(args.after);
  const records = await readQuery(
    connection,
    RELATED[args.direction],
    { ids: args.ids, type: args.type, labels: args.labels ?? null, basis: args.basis ?? null, offset: neo4j.int(offset), first: neo4j.int(args.first) },
    args.ids.length === 1 ? `reading ${args.type} of ${args.ids[0]}` : `reading ${args.type} of ${args.ids.length} nodes`,
  );
  const pages = new Map<string, RelatedPage>();
  for (const record of records) {
    const id = String(record.get('id'));
    const total = Number(record.get('total'));
    const page = record.get('page') as { r: Relationship; m: Node }[];
    const edges = page.map((item, index) => {
      const node = nodeView(item.m);
      const [source, target] = args.direction === 'out' ? [id, node.id] : [node.id, id];
      return { node, relationship: edgeView(item.r, source, target), cursor: encodeCursor(offset + index + 1) };
    });
    const end = offset + edges.length;
    pages.set(id, { totalCount: total, edges, hasNextPage: end < total, endCursor: edges.length > 0 ? encodeCursor(end) : null });
  }
  return args.ids.map((id) => pages.get(id) ?? EMPTY_PAGE);
}
