import { join } from 'node:path';
import { applySchema, connectWithRetry, graphCounts, neo4jConfigFromEnv, type GraphConnection } from '@policygraph/graph-store';
import { ingestPaths } from '@policygraph/ingest';
import { createApp } from '../../apps/api/src/app.factory';
import { appConfigFromEnv, type AppConfig } from '../../apps/api/src/config/app-config';

export const ROOT = join(__dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

export interface AppServer {
  readonly url: string;
  readonly connection: GraphConnection;
  close(): Promise<void>;
}

/**
 * The real API on a free port on 127.0.0.1, on the test Neo4j from the global setup, with the five seeds ingested
 * (once per database: an ingest of the same content is a no-op anyway).
 */
export async function startAppServer(overrides: Partial<AppConfig> = {}): Promise<AppServer> {
  const connection = await connectWithRetry(neo4jConfigFromEnv(), { timeoutMs: 30_000 });
  await applySchema(connection);
  if ((await graphCounts(connection)).documents < 5) await ingestPaths(connection, [SEEDS_DIR]);
  const config = { ...appConfigFromEnv({ PORT: '0' }), corsOrigins: [], ...overrides };
  const app = await createApp(config, connection);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    connection,
    async close() {
      await app.close();
      await connection.close();
    },
  };
}

export interface GraphQLResponse<T> {
  readonly status: number;
  readonly data?: T;
  readonly errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

export async function graphql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
