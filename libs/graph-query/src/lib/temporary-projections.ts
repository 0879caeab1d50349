import type { GraphConnection } from '@policygraph/graph-store';
import neo4j from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { isGdsMissing } from './gds-availability';
import { readQuery } from './read-query';

/**
 * Prefixes of the in-memory GDS graphs this code projects for one request (named prefix + random UUID, since the
 * catalogue is server-wide) and drops when the request is done. Only names starting with one of these are ever swept.
 */
export const TEMPORARY_PROJECTION_PREFIXES = {
  graphStatistics: 'graph-statistics-',
  paths: 'paths-',
  regionSimilarity: 'region-similarity-',
} as const;

export type TemporaryProjectionPrefix = (typeof TEMPORARY_PROJECTION_PREFIXES)[keyof typeof TEMPORARY_PROJECTION_PREFIXES];

export function temporaryProjectionName(prefix: TemporaryProjectionPrefix): string {
  return `${prefix}${randomUUID()}`;
}

/** Drops one projection if it is there; a failure is not reported (the error that matters is the caller's). */
export async function dropProjectionQuietly(connection: GraphConnection, graphName: string, context: string): Promise<void> {
  try {
    await readQuery(connection, 'CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName', { graphName }, context);
  } catch {
    // Nothing projected, or no GDS at all.
  }
}

/**
 * Our projections created before the cutoff (server clock unless `$nowMillis` is given), each dropped. A graph another
 * request dropped meanwhile is skipped (failIfMissing false). Yielding only name and creation time keeps the listing
 * cheap (the degree distribution is computed only when yielded).
 */
const SWEEP = `
  WITH CASE WHEN $nowMillis IS NULL THEN datetime() ELSE datetime({epochMillis: $nowMillis}) END - duration({seconds: $maxAgeSeconds}) AS cutoff
  CALL gds.graph.list() YIELD graphName, creationTime
  WHERE creationTime < cutoff AND any(prefix IN $prefixes WHERE graphName STARTS WITH prefix)
  CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
  RETURN dropped`;

export interface ProjectionSweepOptions {
  /**
   * Only projections older than this are dropped: longer than any request holds one, so a sweep by one API instance
   * never drops a projection another live instance is using.
   */
  readonly maxAgeSeconds: number;
  /** The time ages are measured from (default: the Neo4j server's clock, the one that stamped creationTime). */
  readonly now?: Date;
  /** Default: every prefix of TEMPORARY_PROJECTION_PREFIXES. */
  readonly prefixes?: readonly string[];
  readonly timeoutMs?: number;
}

export interface ProjectionSweep {
  /** False when the server has no Graph Data Science plugin: then there is nothing to sweep. */
  readonly gdsAvailable: boolean;
  readonly dropped: string[];
}

/**
 * Drops the temporary projections a request left behind when its process ended before its `finally` ran (they would
 * hold memory until Neo4j restarts). Other projections on the server are never touched.
 */
export async function sweepStaleProjections(connection: GraphConnection, options: ProjectionSweepOptions): Promise<ProjectionSweep> {
  if (!Number.isInteger(options.maxAgeSeconds) || options.maxAgeSeconds < 0)
    throw new RangeError(`maxAgeSeconds must be a whole number of seconds ≥ 0, got ${options.maxAgeSeconds}`);
  const prefixes = [...(options.prefixes ?? Object.values(TEMPORARY_PROJECTION_PREFIXES))];
  if (prefixes.some((prefix) => prefix.length === 0)) throw new RangeError('an empty prefix would match every projection');
  try {
    const records = await readQuery(
      connection,
      SWEEP,
      { prefixes, maxAgeSeconds: neo4j.int(options.maxAgeSeconds), nowMillis: options.now ? neo4j.int(options.now.getTime()) : null },
      'dropping stale graph projections',
      options.timeoutMs,
    );
    return { gdsAvailable: true, dropped: records.map((record) => String(record.get('dropped'))) };
  } catch (error) {
    if (isGdsMissing(error)) return { gdsAvailable: false, dropped: [] };
    throw error;
  }
}
