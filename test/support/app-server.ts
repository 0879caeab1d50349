import { join } from 'node:path';
import { applySchema, connectWithRetry, neo4jConfigFromEnv, openDriver, type GraphConnection } from '@policygraph/graph-store';
import { documentIdFromFileName, FOLDER_MANIFEST, ingestPaths } from '@policygraph/ingest';
import { readdirSync } from 'node:fs';
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
 * The five hand-golded seed plans (the files directly in seeds/): the corpus the API and browser tests assert on. The
 * work reports in seeds/work-reports-2026/ are part of the default corpus of `npm start`; their extraction is tested
 * in libs/extract without a database.
 */
export const SEED_PLANS: readonly string[] = readdirSync(SEEDS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.toLowerCase() !== FOLDER_MANIFEST)
  .map((entry) => join(SEEDS_DIR, entry.name))
  .sort();

/** Makes the test database hold exactly the seed plans: kept when it already does, rebuilt otherwise. */
async function ensureSeedCorpus(connection: GraphConnection): Promise<void> {
  const wanted = SEED_PLANS.map(documentIdFromFileName).sort();
  const { records } = await connection.driver.executeQuery('MATCH (d:Document) RETURN d.documentId AS id ORDER BY id');
  const stored = records.map((r) => String(r.get('id')));
  if (JSON.stringify(stored) === JSON.stringify(wanted)) return;
  const session = connection.driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await ingestPaths(connection, SEED_PLANS);
}

/**
 * The real API on a free port on 127.0.0.1, on the test Neo4j from the global setup, with exactly the five seed plans
 * ingested (whatever an earlier spec left in the shared database).
 */
export async function startAppServer(overrides: Partial<AppConfig> = {}): Promise<AppServer> {
  const neo4jConfig = neo4jConfigFromEnv();
  const connection = await connectWithRetry(neo4jConfig, { timeoutMs: 30_000 });
  await applySchema(connection);
  await ensureSeedCorpus(connection);
  const config = { ...appConfigFromEnv({ PORT: '0' }), corsOrigins: [], ...overrides };
  const app = await createApp(config, connection, () => openDriver(neo4jConfig, { maxConnections: 4, acquisitionTimeoutMs: 2_000 }));
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
