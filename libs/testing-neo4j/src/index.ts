import { applySchema, neo4jConfigFromEnv, openDriver, type GraphConnection } from '@policygraph/graph-store';

export interface TestNeo4j {
  readonly connection: GraphConnection;
  reset(): Promise<void>;
}

/**
 * Attaches a spec file to the Neo4j the global setup started (or NEO4J_TEST_URI). Community edition has one
 * database, so each spec resets the graph in beforeAll; int specs run in band.
 */
export function useTestNeo4j(): TestNeo4j {
  let connection: GraphConnection | undefined;
  const handle: TestNeo4j = {
    get connection(): GraphConnection {
      if (!connection) throw new Error('useTestNeo4j: connection used before beforeAll ran');
      return connection;
    },
    async reset() {
      // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run rather than executeQuery.
      const session = handle.connection.driver.session({ database: handle.connection.database });
      try {
        await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
    },
  };
  beforeAll(async () => {
    connection = openDriver(neo4jConfigFromEnv());
    await applySchema(connection);
    await handle.reset();
  });
  afterAll(async () => {
    await connection?.close();
  });
  return handle;
}
export * from './sample-plan';
