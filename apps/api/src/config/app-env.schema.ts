import { z } from 'zod';
import { LOG_LEVELS } from '../logging/app-logger';

/** An empty variable (`PORT=`) means unset, as in a shell. */
const blankAsUnset = (value: unknown): unknown => (value === '' ? undefined : value);

function wholeNumber(min: number, max: number, fallback: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(blankAsUnset, z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback));
}

function flag(fallback: boolean) {
  return z.preprocess(
    blankAsUnset,
    z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1'),
  );
}

const text = z.preprocess(blankAsUnset, z.string().optional());

/**
 * Every environment variable the API reads, with its type, bounds and default: the one place they are named. Values
 * are checked all at once at start-up, and every bad one is reported (see appConfigFromEnv).
 */
export const APP_ENV_SCHEMA = z.object({
  HOST: z.preprocess(blankAsUnset, z.string().default('127.0.0.1')),
  PORT: wholeNumber(0, 65535, 3000),
  /** `read:<token>,write:<token>`: needed for mutations and the console when set; must be set when HOST is not loopback. */
  API_TOKENS: text,
  POLICYGRAPH_SEEDS: text,
  POLICYGRAPH_WEB_DIST: text,
  POLICYGRAPH_INGEST_SEEDS: flag(true),
  GRAPHQL_INTROSPECTION: flag(true),
  /** Comma-separated origins; default: the API's own address. */
  CORS_ORIGINS: text,
  CYPHER_TIMEOUT_MS: wholeNumber(100, 120_000, 5_000),
  CYPHER_ROW_CAP: wholeNumber(1, 100_000, 5_000),
  CYPHER_CONCURRENCY: wholeNumber(1, 16, 2),
  MAX_UPLOAD_BYTES: wholeNumber(1024, 64 * 1024 * 1024, 20 * 1024 * 1024),
  READ_CACHE_MS: wholeNumber(0, 60_000, 2_000),
  /**
   * Start-up drops our temporary GDS projections older than this (left by a process that ended mid-request). At least
   * 5 minutes: longer than a request holds one, so another live API instance's projections are never dropped.
   */
  GDS_PROJECTION_MAX_AGE_SECONDS: wholeNumber(300, 7 * 24 * 3600, 600),
  LOG_LEVEL: z.preprocess(blankAsUnset, z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
  /** How long start-up waits for Neo4j. */
  NEO4J_CONNECT_TIMEOUT_MS: wholeNumber(0, 600_000, 60_000),
  /** Unset: the local server the project starts (`npm run neo4j`), at NEO4J_BOLT_PORT. */
  NEO4J_URI: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must be a bolt:// or neo4j:// URI (with +s or +ssc for TLS)')
      .optional(),
  ),
  NEO4J_BOLT_PORT: z.preprocess(blankAsUnset, wholeNumber(1, 65535, 7687).transform(String)),
  NEO4J_USER: text,
  NEO4J_USERNAME: text,
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: text,
  /** Where the local server keeps its data and generated password. */
  NEO4J_HOME_DIR: text,
  /** Set by `npm start`: the supervisor's state file, so /health can say Neo4j is restarting rather than down. */
  NEO4J_SUPERVISOR_STATE_FILE: text,
});

export type AppEnv = z.infer<typeof APP_ENV_SCHEMA>;

/** One line per bad variable: its name, what it must be, what it was. */
export function describeEnvProblems(error: z.ZodError, env: NodeJS.ProcessEnv): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const issue of error.issues) {
    const key = String(issue.path[0]);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(`${key} ${issue.message}, got '${env[key]}'`);
  }
  return problems;
}
