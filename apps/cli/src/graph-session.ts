import { applySchema, connectWithRetry, neo4jConfigFromEnv, type GraphConnection } from '@policygraph/graph-store';

interface LocalServer {
  uri: string;
  stop(): Promise<void>;
}

// The launcher is plain CommonJS shared with npm start and the test setup.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startLocalNeo4j } = require('../../../tools/neo4j/local-neo4j.cjs') as { startLocalNeo4j: (options?: object) => Promise<LocalServer> };

/**
 * Connects to NEO4J_URI, or to the local server if one is running (e.g. under npm start), or starts the local
 * server just for this command and stops it afterwards.
 */
export async function openGraphSession(): Promise<{ connection: GraphConnection; close(): Promise<void> }> {
  const config = neo4jConfigFromEnv();
  let local: LocalServer | undefined;
  let connection: GraphConnection;
  try {
    connection = await connectWithRetry(config, { timeoutMs: process.env['NEO4J_URI'] ? 30_000 : 1_000 });
  } catch (error) {
    if (process.env['NEO4J_URI']) throw error;
    local = await startLocalNeo4j();
    connection = await connectWithRetry({ ...config, uri: local.uri }, { timeoutMs: 30_000 });
  }
  await applySchema(connection);
  return {
    connection,
    async close() {
      await connection.close();
      await local?.stop();
    },
  };
}
