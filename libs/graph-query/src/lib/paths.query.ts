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
}

export const MAX_PATH_HOPS = 8;

// Variable-length bounds cannot be parameters; one statement per allowed bound, chosen from a closed range.
const SHORTEST: Record<number, string> = Object.fromEntries(
  Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1).map((hops) => [
    hops,
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
     WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
     RETURN p LIMIT $limit`,
  ]),
);

export async function shortestPaths(connection: GraphConnection, args: PathsArgs): Promise<PathsResult> {
  const maxHops = args.maxHops ?? 6;
  const limit = args.limit ?? 10;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new PolicyGraphError('BAD_REQUEST', `maxHops must be 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new PolicyGraphError('BAD_REQUEST', `limit must be 1 to 100, got ${limit}`);
  if (args.fromId === args.toId) throw new PolicyGraphError('BAD_REQUEST', 'a path needs two different nodes');
  const records = await readQuery(connection, SHORTEST[maxHops]!, { fromId: args.fromId, toId: args.toId, limit: neo4j.int(limit) }, 'finding paths');
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
    return { nodeIds, edgeIds };
  });
  return { paths, ...collector.result() };
}
