import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import type { Path } from 'neo4j-driver';
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

// The k shortest paths (SHORTEST k: the shortest, then the next shortest …, so lengths differ), filtered while they
// are searched: the inline predicates of the quantified pattern prune each step. Neither the variable-length bound
// nor k may be a parameter in Neo4j 5.26, so both are written in from closed, validated integer ranges (1–8, 1–100);
// everything else stays a parameter.
function shortestStatement(hops: number, k: number): string {
  return `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     MATCH p = SHORTEST ${k} (a)
       (()-[r WHERE type(r) <> 'MENTIONS' AND NOT ($excludeInferred AND coalesce(r.basis, '') = 'inferred')]-(x WHERE x = b OR none(l IN labels(x) WHERE l IN $excludeLabels))){1,${hops}}
       (b)
     RETURN p ORDER BY length(p)`;
}

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
    shortestStatement(maxHops, limit),
    { fromId: args.fromId, toId: args.toId, excludeLabels, excludeInferred: args.excludeInferred ?? false },
    'finding paths',
  );
  const collector = new GraphCollector();
  // Paths are trails (no relationship twice), so a longer one may come back through a node: those say nothing new.
  const simple = records.map((record) => record.get('p') as Path).filter((path) => new Set([path.start, ...path.segments.map((s) => s.end)].map((n) => n.elementId)).size === path.length + 1);
  const paths = simple.map((path) => {
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
