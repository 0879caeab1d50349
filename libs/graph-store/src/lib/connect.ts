import neo4j, { type Driver } from 'neo4j-driver';
import { PolicyGraphError } from '@policygraph/graph-types';
import type { Neo4jConfig } from './neo4j-config';

export interface GraphConnection {
  readonly driver: Driver;
  readonly database: string | undefined;
  close(): Promise<void>;
}

/** Where the driver's own warnings go (pool exhaustion, routing, deprecations); without it they are dropped. */
export type DriverLog = (level: 'error' | 'warn' | 'info' | 'debug', message: string) => void;

/**
 * A driver and its pool; `pool` sizes it (100 for graph reads; a handful for the Cypher console, so it cannot starve
 * them) and `pool.log` receives the driver's warnings and errors.
 */
export function openDriver(config: Neo4jConfig, pool: { maxConnections?: number; acquisitionTimeoutMs?: number; log?: DriverLog } = {}): GraphConnection {
  const acquisitionTimeoutMs = pool.acquisitionTimeoutMs ?? 10_000;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: pool.maxConnections ?? 100,
    connectionAcquisitionTimeout: acquisitionTimeoutMs,
    // Opening a connection is part of acquiring one: a longer connect timeout would never apply (the driver warns).
    connectionTimeout: acquisitionTimeoutMs,
    logging: pool.log ? { level: 'warn', logger: pool.log } : { level: 'error', logger: () => undefined },
  });
  return { driver, database: config.database, close: () => driver.close() };
}

/**
 * Connects, retrying with exponential backoff for a bounded time so a server that is still starting is waited for;
 * gives up with a message that names the URI and says what to do.
 */
export async function connectWithRetry(
  config: Neo4jConfig,
  options: { timeoutMs?: number; onRetry?: (attempt: number, delayMs: number, reason: string) => void; log?: DriverLog } = {},
): Promise<GraphConnection> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    const connection = openDriver(config, { log: options.log });
    try {
      await connection.driver.verifyConnectivity({ database: config.database });
      return connection;
    } catch (error) {
      await connection.close();
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      if (/unauthorized|authentication/i.test(reason)) {
        throw new PolicyGraphError(
          'NEO4J_UNAVAILABLE',
          `Neo4j at ${config.uri} refused the credentials for user ${config.user}: check NEO4J_USER and NEO4J_PASSWORD.`,
        );
      }
      if (Date.now() + delay > deadline) {
        throw new PolicyGraphError(
          'NEO4J_UNAVAILABLE',
          `cannot reach Neo4j at ${config.uri} (${reason}). Start it with 'npm run neo4j', or set NEO4J_URI to a running server.`,
        );
      }
      options.onRetry?.(attempt, delay, reason);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5_000);
    }
  }
}

/**
 * Waits until Neo4j answers on an open connection again (a supervised server restarting after a crash), polling
 * every `pollMs`; false when it is still unreachable after `timeoutMs`.
 */
export async function waitForGraph(connection: GraphConnection, timeoutMs: number, pollMs = 1_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await connection.driver.verifyConnectivity({ database: connection.database });
      return true;
    } catch {
      if (Date.now() + pollMs > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
