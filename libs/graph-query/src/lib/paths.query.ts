import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import neo4j, { type Path } from 'neo4j-driver';
import { GraphCollector } from './graph-elements';
import { readQuery } from './read-query';
import type { PathsResult } from '@policygraph/graph-types';
export type { PathsResult };

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

/** The labels a path may be told to avoid: hubs that join everything (a shared strategy, a department function). */
export const PATH_EXCLUDABLE_LABELS = ['Strategy', 'DepartmentFunction'] as const;

// All shortest paths, filtered while they are searched: the predicates hold for every node and relationship of the
// path (universal), so Neo4j keeps its fast bidirectional breadth-first search. (SHORTEST k, which would also list
// longer paths, ran past the query time limit between two projects of the seed plans on a loaded machine.)
// Variable-length bounds cannot be parameters; one statement per allowed bound, chosen from a closed range.
const SHORTEST: Record<number, string> = Object.fromEntries(
  Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1).map((hops) => [
    hops,
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
     WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS' OR ($excludeInferred AND coalesce(r.basis, '') = 'inferred'))
       AND none(n IN nodes(p) WHERE n <> a AND n <> b AND any(l IN labels(n) WHERE l IN $excludeLabels))
     RETURN p LIMIT $limit`,
  ]),
);

export async function shortestPaths(connection: GraphConnection, args: PathsArgs): Promise<PathsResult> {
  const maxHops = args.maxHops ?? 6;
  const limit = args.limit ?? 10;
  const excludeLabels = args.excludeLabels ?? [];
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new PolicyGraphError('BAD_REQUEST', `maxHops must be 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new PolicyGraphError('BAD_REQUEST', `limit must be 1 to 100, got ${limit}`);
  if (args.fromId === args.toId) throw new PolicyGraphError('BAD_REQUEST', 'a path needs two different nodes');
  const unknown = excludeLabels.filter((label) => !(PATH_EXCLUDABLE_LABELS as readonly string[]).includes(label));
  if (unknown.length > 0) throw new PolicyGraphError('BAD_REQUEST', `excludeLabels may hold only ${PATH_EXCLUDABLE_LABELS.join(', ')}; got ${unknown.join(', ')}`);
  const records = await readQuery(
    connection,
    SHORTEST[maxHops]!,
    { fromId: args.fromId, toId: args.toId, limit: neo4j.int(limit), excludeLabels, excludeInferred: args.excludeInferred ?? false },
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
  return { paths, ...collector.result() };
}
