import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema, connectWithRetry, type GraphConnection } from '@policygraph/graph-store';

interface LocalServer {
  uri: string;
  password: string;
  stop(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startLocalNeo4j, freePort } = require('../../tools/neo4j/local-neo4j.cjs') as {
  startLocalNeo4j: (options: object) => Promise<LocalServer>;
  freePort: () => Promise<number>;
};

export interface BenchDatabase {
  readonly connection: GraphConnection;
  readonly uri: string;
  readonly password: string;
  close(): Promise<void>;
}

/** A throwaway Neo4j for one benchmark run (or NEO4J_BENCH_URI), never the user's data. */
export async function startBenchDatabase(options: { heap?: string; pageCacheMb?: number } = {}): Promise<BenchDatabase> {
  const external = process.env['NEO4J_BENCH_URI'];
  let server: LocalServer | undefined;
  let home: string | undefined;
  let uri = external;
  let password = process.env['NEO4J_PASSWORD'] ?? 'policygraph';
  if (!uri) {
    home = mkdtempSync(join(tmpdir(), 'policygraph-bench-'));
    process.env['NEO4J_PAGECACHE_MB'] = String(options.pageCacheMb ?? 2048);
    server = await startLocalNeo4j({ port: await freePort(), homeDir: home, password: 'policygraph-bench', heap: options.heap ?? '4g' });
    uri = server.uri;
    password = server.password;
  }
  const connection = await connectWithRetry({ uri, user: 'neo4j', password, database: undefined }, { timeoutMs: 30_000 });
  await applySchema(connection);
  return {
    connection,
    uri,
    password,
    async close() {
      await connection.close();
      await server?.stop();
      if (home) rmSync(home, { recursive: true, force: true });
    },
  };
}
