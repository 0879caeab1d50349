import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { applySchema, connectWithRetry, neo4jConfigFromEnv, openDriver, type GraphConnection } from '@policygraph/graph-store';
import { documentIdFromFileName, FOLDER_MANIFEST, ingestPaths } from '@policygraph/ingest';
import { readdirSync } from 'node:fs';
import { createApp } from '../../apps/api/src/app.factory';
import type { AppConfig } from '../../apps/api/src/config/app-config';
import { testAppConfig } from './test-app-config';

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

export const WORK_REPORTS_DIR = join(SEEDS_DIR, 'work-reports-2026');

/** The 31 provincial 2026 work reports (seeds/work-reports-2026, named after their province). */
export const WORK_REPORTS: readonly string[] = readdirSync(WORK_REPORTS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => join(WORK_REPORTS_DIR, name))
  .sort();

/** 'seed-plans': the five golded plans; 'default': everything `npm start` ingests (plans and the 31 work reports). */
export type TestCorpus = 'seed-plans' | 'default';

const CORPUS_FILES: Record<TestCorpus, readonly string[]> = { 'seed-plans': SEED_PLANS, default: [...SEED_PLANS, ...WORK_REPORTS] };

/** Makes the test database hold exactly the corpus: kept when it already does, rebuilt otherwise. */
async function ensureCorpus(connection: GraphConnection, corpus: TestCorpus): Promise<void> {
  const files = CORPUS_FILES[corpus];
  const wanted = files.map(documentIdFromFileName).sort();
  const { records } = await connection.driver.executeQuery('MATCH (d:Document) RETURN d.documentId AS id ORDER BY id');
  const stored = records.map((r) => String(r.get('id')));
  if (JSON.stringify(stored) === JSON.stringify(wanted)) return;
  const session = connection.driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await ingestPaths(connection, corpus === 'default' ? [...SEED_PLANS, WORK_REPORTS_DIR] : files);
}

/** Starts an app on a free port of 127.0.0.1; its base URL. */
export async function listenOnFreePort(app: NestExpressApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
}

/**
 * The real API on a free port on 127.0.0.1, on the test Neo4j from the global setup, with exactly the five seed plans
 * ingested, or the whole default corpus when asked (whatever an earlier spec left in the shared database).
 */
export async function startAppServer(overrides: Partial<AppConfig> = {}, corpus: TestCorpus = 'seed-plans'): Promise<AppServer> {
  const neo4jConfig = neo4jConfigFromEnv();
  const connection = await connectWithRetry(neo4jConfig, { timeoutMs: 30_000 });
  await applySchema(connection);
  await ensureCorpus(connection, corpus);
  const config = testAppConfig(overrides);
  const app = await createApp(config, connection, () => openDriver(neo4jConfig, { maxConnections: 4, acquisitionTimeoutMs: 2_000 }));
  const url = await listenOnFreePort(app);
  return {
    url,
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
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
