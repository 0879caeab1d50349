import type { GraphConnection } from '@policygraph/graph-store';
import { toPolicyGraphError } from '@policygraph/graph-store';
import neo4j, { type EagerResult, type Record as Neo4jRecord, type RecordShape } from 'neo4j-driver';

export const DEFAULT_READ_TIMEOUT_MS = 10_000;

/** Runs a read in a READ transaction (routed to a reader in a cluster) with a timeout; maps driver errors once. */
export async function readQuery<T extends RecordShape = RecordShape>(
  connection: GraphConnection,
  cypher: string,
  params: Record<string, unknown>,
  context: string,
  timeoutMs: number = DEFAULT_READ_TIMEOUT_MS,
): Promise<Neo4jRecord<T>[]> {
  try {
    const { records } = await connection.driver.executeQuery<EagerResult<T>>(cypher, params, {
      database: connection.database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: timeoutMs },
    });
    return records;
  } catch (error) {
    throw toPolicyGraphError(error, context);
  }
}
