import 'reflect-metadata';
import { applySchema, connectWithRetry, graphCounts, openDriver } from '@policygraph/graph-store';
import { isPolicyGraphError } from '@policygraph/graph-types';
import { describeSummary, ingestPaths, progressReporter } from '@policygraph/ingest';
import { createApp } from './app.factory';
import { appConfigFromEnv } from './config/app-config';
import { createAppLogger, driverLog } from './logging/app-logger';

/** Boot order: config → logger → Neo4j (waiting for it) → schema → seeds if the graph is empty → HTTP. */
async function bootstrap(): Promise<void> {
  const config = appConfigFromEnv();
  const logger = createAppLogger(config.logLevel);
  const log = driverLog(logger);
  const { neo4j } = config;
  const connection = await connectWithRetry(neo4j, {
    timeoutMs: config.neo4jConnectTimeoutMs,
    onRetry: (attempt, delay, reason) => logger.warn(`Neo4j at ${neo4j.uri} not reachable yet (${reason}); retry ${attempt} in ${delay} ms`),
    log,
  });
  await applySchema(connection);
  if (config.ingestSeedsWhenEmpty && (await graphCounts(connection)).documents === 0) {
    process.stderr.write(`api: the graph is empty; ingesting the seed documents from ${config.seedsDir}\n`);
    const progress = progressReporter();
    const summary = await ingestPaths(connection, [config.seedsDir], progress);
    progress.stop();
    process.stderr.write(`api: ${describeSummary(summary)}\n`);
  }
  // The console's own pool: four connections, so console abuse can never hold the ones graph reads need.
  const app = await createApp(config, connection, () => openDriver(neo4j, { maxConnections: 4, acquisitionTimeoutMs: 2_000, log }), logger);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  process.stdout.write(`PolicyGraph is ready: ${url.replace('[::1]', 'localhost')} (explorer), ${url}/graphql (GraphQL), ${url}/health\n`);
  const shutdown = async (): Promise<void> => {
    await app.close();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`api: ${isPolicyGraphError(error) ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
