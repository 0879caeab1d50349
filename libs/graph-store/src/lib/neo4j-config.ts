import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
export interface Neo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

const ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * The local server's password, generated on its first start and kept in its data folder (tools/neo4j/local-neo4j.cjs);
 * empty when there is none yet.
 */
function localServerPassword(env: NodeJS.ProcessEnv): string {
  const file = join(resolve(ROOT, env['NEO4J_HOME_DIR'] ?? '.data/neo4j'), 'policygraph-password');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

/** Reads the connection from the environment; NEO4J_URI unset means "the local server the project starts". */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env, localUri?: string): Neo4jConfig {
  return {
    uri: env['NEO4J_URI'] ?? localUri ?? `bolt://127.0.0.1:${env['NEO4J_BOLT_PORT'] ?? '7687'}`,
    user: env['NEO4J_USER'] ?? env['NEO4J_USERNAME'] ?? 'neo4j',
    password: env['NEO4J_PASSWORD'] ?? localServerPassword(env),
    database: env['NEO4J_DATABASE'] || undefined,
  };
}
