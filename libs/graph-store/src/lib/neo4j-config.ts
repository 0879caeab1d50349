export interface Neo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

export const DEFAULT_NEO4J_PASSWORD = 'policygraph';

/** Reads the connection from the environment; NEO4J_URI unset means "the local server the project starts". */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env, localUri?: string): Neo4jConfig {
  return {
    uri: env['NEO4J_URI'] ?? localUri ?? `bolt://127.0.0.1:${env['NEO4J_BOLT_PORT'] ?? '7687'}`,
    user: env['NEO4J_USER'] ?? env['NEO4J_USERNAME'] ?? 'neo4j',
    password: env['NEO4J_PASSWORD'] ?? DEFAULT_NEO4J_PASSWORD,
    database: env['NEO4J_DATABASE'] || undefined,
  };
}
