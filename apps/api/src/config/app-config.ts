import { join } from 'node:path';
import { PolicyGraphError } from '@policygraph/graph-types';
import { isLoopbackHost, parseApiTokens, type ApiToken } from '../auth/api-tokens';
import { LOG_LEVELS, type LogLevel } from '../logging/app-logger';

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
  /** LOG_LEVEL: the least severe log line written (info: one line per request). */
  readonly logLevel: LogLevel;
}

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Reads the environment once at boot; every bad value is listed in one error. */
export function appConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = env[key];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${key} must be a whole number from ${min} to ${max}, got '${raw}'`);
      return fallback;
    }
    return value;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const raw = env[key];
    if (raw === undefined || raw === '') return fallback;
    if (!['true', 'false', '1', '0'].includes(raw)) problems.push(`${key} must be true or false, got '${raw}'`);
    return raw === 'true' || raw === '1';
  };
  const logLevel = env['LOG_LEVEL'] || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);
  const port = int('PORT', 3000, 0, 65535);
  const host = env['HOST'] ?? '127.0.0.1';
  const tokens = parseApiTokens(env['API_TOKENS']);
  problems.push(...tokens.problems);
  if (!isLoopbackHost(host) && tokens.tokens.length === 0 && tokens.problems.length === 0) {
    problems.push(`HOST ${host} is reachable from other machines, so API_TOKENS must be set (e.g. API_TOKENS=write:$(openssl rand -base64 32)): without a token anyone on the network could ingest documents and run console queries`);
  }
  const config: AppConfig = {
    host,
    port,
    seedsDir: env['POLICYGRAPH_SEEDS'] ?? join(ROOT, 'seeds'),
    webDist: env['POLICYGRAPH_WEB_DIST'] ?? join(ROOT, 'dist', 'web'),
    ingestSeedsWhenEmpty: bool('POLICYGRAPH_INGEST_SEEDS', true),
    introspection: bool('GRAPHQL_INTROSPECTION', true),
    corsOrigins: (env['CORS_ORIGINS'] ?? `http://${host}:${port},http://localhost:${port}`).split(',').map((o) => o.trim()).filter(Boolean),
    cypherTimeoutMs: int('CYPHER_TIMEOUT_MS', 5_000, 100, 120_000),
    cypherRowCap: int('CYPHER_ROW_CAP', 5_000, 1, 100_000),
    cypherConcurrency: int('CYPHER_CONCURRENCY', 2, 1, 16),
    apiTokens: tokens.tokens,
    maxUploadBytes: int('MAX_UPLOAD_BYTES', 20 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    readCacheMs: int('READ_CACHE_MS', 2_000, 0, 60_000),
    logLevel: logLevel as LogLevel,
  };
  if (problems.length > 0) throw new PolicyGraphError('BAD_REQUEST', `invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}
