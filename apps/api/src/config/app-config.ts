import { join } from 'node:path';
import { neo4jConfigFromEnv, type Neo4jConfig } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import { isLoopbackHost, parseApiTokens, type ApiToken } from '../auth/api-tokens';
import type { LogLevel } from '../logging/app-logger';
import { APP_ENV_SCHEMA, describeEnvProblems } from './app-env.schema';

export interface AppConfig {
  readonly host: string;
  readonly port: number;
  readonly seedsDir: string;
  readonly webDist: string;
  readonly ingestSeedsWhenEmpty: boolean;
  readonly introspection: boolean;
  readonly corsOrigins: string[];
  readonly cypherTimeoutMs: number;
  readonly cypherRowCap: number;
  /** Console queries running at once (each on the console's own small pool); more are refused. */
  readonly cypherConcurrency: number;
  /** API_TOKENS: needed for mutations and the console when set; must be set when HOST is not loopback. */
  readonly apiTokens: readonly ApiToken[];
  readonly maxUploadBytes: number;
  /** How long a graph read may be answered from memory (0 = never); see ReadCache. */
  readonly readCacheMs: number;
  /** Our GDS projections older than this are dropped at start-up (left by a process that ended mid-request). */
  readonly gdsProjectionMaxAgeSeconds: number;
  /** LOG_LEVEL: the least severe log line written (info: one line per request). */
  readonly logLevel: LogLevel;
  readonly neo4j: Neo4jConfig;
  /** How long start-up waits for Neo4j to answer. */
  readonly neo4jConnectTimeoutMs: number;
  /** The Neo4j supervisor's state file (npm start sets it), read by /health; unset when Neo4j is not ours. */
  readonly neo4jSupervisorStateFile?: string;
}

const ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Reads the environment once at boot through APP_ENV_SCHEMA; a bad value stops start-up with one error that names
 * every bad variable, what it must be and what it was.
 */
export function appConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = APP_ENV_SCHEMA.safeParse(env);
  const problems = parsed.success ? [] : describeEnvProblems(parsed.error, env);
  const tokens = parseApiTokens(env['API_TOKENS']);
  problems.push(...tokens.problems);
  const host = parsed.data?.HOST ?? env['HOST'] ?? '127.0.0.1';
  if (!isLoopbackHost(host) && tokens.tokens.length === 0 && tokens.problems.length === 0) {
    problems.push(
      `HOST ${host} is reachable from other machines, so API_TOKENS must be set (e.g. API_TOKENS=write:$(openssl rand -base64 32)): without a token anyone on the network could ingest documents and run console queries`,
    );
  }
  if (!parsed.success || problems.length > 0) throw new PolicyGraphError('BAD_REQUEST', `invalid configuration:\n  ${problems.join('\n  ')}`);
  const e = parsed.data;
  return {
    host,
    port: e.PORT,
    seedsDir: e.POLICYGRAPH_SEEDS ?? join(ROOT, 'seeds'),
    webDist: e.POLICYGRAPH_WEB_DIST ?? join(ROOT, 'dist', 'web'),
    ingestSeedsWhenEmpty: e.POLICYGRAPH_INGEST_SEEDS,
    introspection: e.GRAPHQL_INTROSPECTION,
    corsOrigins: (e.CORS_ORIGINS ?? `http://${host}:${e.PORT},http://localhost:${e.PORT}`)
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    cypherTimeoutMs: e.CYPHER_TIMEOUT_MS,
    cypherRowCap: e.CYPHER_ROW_CAP,
    cypherConcurrency: e.CYPHER_CONCURRENCY,
    apiTokens: tokens.tokens,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    readCacheMs: e.READ_CACHE_MS,
    gdsProjectionMaxAgeSeconds: e.GDS_PROJECTION_MAX_AGE_SECONDS,
    logLevel: e.LOG_LEVEL,
    // The connection's defaults (local server, its generated password) live with the driver code in graph-store.
    neo4j: neo4jConfigFromEnv({
      NEO4J_URI: e.NEO4J_URI,
      NEO4J_BOLT_PORT: e.NEO4J_BOLT_PORT,
      NEO4J_USER: e.NEO4J_USER,
      NEO4J_USERNAME: e.NEO4J_USERNAME,
      NEO4J_PASSWORD: e.NEO4J_PASSWORD,
      NEO4J_DATABASE: e.NEO4J_DATABASE,
      NEO4J_HOME_DIR: e.NEO4J_HOME_DIR,
    }),
    neo4jConnectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
    ...(e.NEO4J_SUPERVISOR_STATE_FILE ? { neo4jSupervisorStateFile: e.NEO4J_SUPERVISOR_STATE_FILE } : {}),
  };
}
