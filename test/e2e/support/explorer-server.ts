import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applySchema, connectWithRetry, graphCounts, neo4jConfigFromEnv, type GraphConnection } from '@policygraph/graph-store';
import { ingestPaths } from '@policygraph/ingest';
import { createApp } from '../../../apps/api/src/app.factory';
import { appConfigFromEnv } from '../../../apps/api/src/config/app-config';

const ROOT = join(__dirname, '..', '..', '..');
const WEB_DIST = join(ROOT, 'dist', 'web');

export interface ExplorerServer {
  readonly url: string;
  readonly connection: GraphConnection;
  close(): Promise<void>;
}

/** Builds the explorer when its sources are newer than dist/web, so browser tests always see current code. */
export function ensureWebBuilt(): void {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
      const path = join(dir, entry.name);
      return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  const index = join(WEB_DIST, 'index.html');
  const sources = Math.max(newest(join(ROOT, 'apps', 'web')), newest(join(ROOT, 'libs', 'graph-types', 'src')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', join(ROOT, 'apps', 'web', 'vite.config.ts')], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * The real app for browser tests: the test Neo4j from the global setup, the seeds ingested (once per database),
 * the built explorer served, on a free port on 127.0.0.1.
 */
export async function startExplorerServer(): Promise<ExplorerServer> {
  ensureWebBuilt();
  const connection = await connectWithRetry(neo4jConfigFromEnv(), { timeoutMs: 30_000 });
  await applySchema(connection);
  if ((await graphCounts(connection)).documents < 5) await ingestPaths(connection, [join(ROOT, 'seeds')]);
  const config = { ...appConfigFromEnv({ PORT: '0' }), webDist: WEB_DIST, corsOrigins: [] };
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
