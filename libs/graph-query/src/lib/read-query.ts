import type { GraphConnection } from '@policygraph/graph-store';
import { toPolicyGraphError } from '@policygraph/graph-store';
import neo4j, { isRetryableError, type Record as Neo4jRecord, type RecordShape } from 'neo4j-driver';

export const DEFAULT_READ_TIMEOUT_MS = 10_000;
/** Short, bounded retries: a request should fail fast with a clear error rather than wait out the driver's 30 s. */
const RETRY_DELAYS_MS = [50, 250] as const;

/**
 * Runs a read as one auto-commit query in a READ session (routed to a reader in a cluster) with a timeout.
 *
 * Why not `executeQuery`: a managed transaction costs three Bolt writes and two round trips (BEGIN, RUN+PULL, COMMIT)
 * where an auto-commit read costs one; under load those socket writes were the API's largest CPU cost. The session
 * shares the driver's executeQuery bookmark manager, so reads still see every write committed through it.
 */
export async function readQuery<T extends RecordShape = RecordShape>(
  connection: GraphConnection,
  cypher: string,
  params: Record<string, unknown>,
  context: string,
  timeoutMs: number = DEFAULT_READ_TIMEOUT_MS,
): Promise<Neo4jRecord<T>[]> {
  for (let attempt = 0; ; attempt++) {
    const session = connection.driver.session({
      database: connection.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: connection.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run<T>(cypher, params, { timeout: timeoutMs });
      return result.records;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !isRetryableError(error)) throw toPolicyGraphError(error, context);
      await new Promise((resolve) => setTimeout(resolve, delay));
    } finally {
      await session.close();
    }
  }
}
