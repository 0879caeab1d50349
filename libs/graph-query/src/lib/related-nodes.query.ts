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

// The relationship type is a parameter compared with type(r), so one statement per direction serves every type.
const RELATED: Record<Direction, string> = {
  out: `MATCH (n:Entity {id: $id})-[r]->(m:Entity)
        WHERE type(r) = $type AND ($labels IS NULL OR m.label IN $labels) AND ($basis IS NULL OR r.basis IN $basis)
        WITH r, m ORDER BY m.name, m.id
        WITH collect({r: r, m: m}) AS items
        RETURN size(items) AS total, items[$offset..($offset + $first)] AS page`,
  in: `MATCH (n:Entity {id: $id})<-[r]-(m:Entity)
       WHERE type(r) = $type AND ($labels IS NULL OR m.label IN $labels) AND ($basis IS NULL OR r.basis IN $basis)
       WITH r, m ORDER BY m.name, m.id
       WITH collect({r: r, m: m}) AS items
       RETURN size(items) AS total, items[$offset..($offset + $first)] AS page`,
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

/** One page of a node's neighbours along one relationship type and direction (typed GraphQL fields use this). */
export async function relatedNodes(connection: GraphConnection, args: RelatedArgs): Promise<RelatedPage> {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(args.type)) throw new PolicyGraphError('BAD_REQUEST', `unknown relationship type ${args.type}`);
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) throw new PolicyGraphError('BAD_REQUEST', `first must be 1 to ${MAX_PAGE}`);
  const offset = decodeCursor(args.after);
  const records = await readQuery(
    connection,
    RELATED[args.direction],
    { id: args.id, type: args.type, labels: args.labels ?? null, basis: args.basis ?? null, offset: neo4j.int(offset), first: neo4j.int(args.first) },
    `reading ${args.type} of ${args.id}`,
  );
  const record = records[0];
  if (!record) return { totalCount: 0, edges: [], hasNextPage: false, endCursor: null };
  const total = Number(record.get('total'));
  const page = record.get('page') as { r: Relationship; m: Node }[];
  const edges = page.map((item, index) => {
    const node = nodeView(item.m);
    const [source, target] = args.direction === 'out' ? [args.id, node.id] : [node.id, args.id];
    return { node, relationship: edgeView(item.r, source, target), cursor: encodeCursor(offset + index + 1) };
  });
  const end = offset + edges.length;
  return { totalCount: total, edges, hasNextPage: end < total, endCursor: edges.length > 0 ? encodeCursor(end) : null };
}
