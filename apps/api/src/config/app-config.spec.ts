import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { appConfigFromEnv } from './app-config';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe('appConfigFromEnv', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = appConfigFromEnv({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      logLevel: 'info',
      readCacheMs: 2_000,
      cypherConcurrency: 2,
      ingestSeedsWhenEmpty: true,
      neo4jConnectTimeoutMs: 60_000,
      gdsProjectionMaxAgeSeconds: 600,
    });
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
  });

  it('reads each variable with its type', () => {
    const config = appConfigFromEnv({
      PORT: '8080',
      LOG_LEVEL: 'debug',
      POLICYGRAPH_INGEST_SEEDS: '0',
      NEO4J_BOLT_PORT: '7700',
      NEO4J_DATABASE: '',
      READ_CACHE_MS: '',
      GDS_PROJECTION_MAX_AGE_SECONDS: '900',
    });
    expect(config).toMatchObject({ port: 8080, logLevel: 'debug', ingestSeedsWhenEmpty: false, readCacheMs: 2_000, gdsProjectionMaxAgeSeconds: 900 });
    expect(config.neo4j).toMatchObject({ uri: 'bolt://127.0.0.1:7700', database: undefined });
  });

  it('names every bad variable, what it must be and what it was', () => {
    expect(() =>
      appConfigFromEnv({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        CYPHER_ROW_CAP: '2.5',
        NEO4J_URI: 'http://db:7474',
        GRAPHQL_INTROSPECTION: 'yes',
        GDS_PROJECTION_MAX_AGE_SECONDS: '60',
      }),
    ).toThrow(
      [
        'invalid configuration:',
        "  PORT must be a whole number from 0 to 65535, got 'eighty'",
        "  GRAPHQL_INTROSPECTION must be true or false, got 'yes'",
        "  CYPHER_ROW_CAP must be a whole number from 1 to 100000, got '2.5'",
        "  GDS_PROJECTION_MAX_AGE_SECONDS must be a whole number from 300 to 604800, got '60'",
        "  LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got 'loud'",
        "  NEO4J_URI must be a bolt:// or neo4j:// URI (with +s or +ssc for TLS), got 'http://db:7474'",
      ].join('\n'),
    );
  });

  it('stops the API before it connects anywhere when a value is bad', () => {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps', 'api', 'src', 'main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], PORT: '70000', NEO4J_URI: 'bolt://127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("PORT must be a whole number from 0 to 65535, got '70000'");
    expect(run.stderr).not.toMatch(/Neo4j at|not reachable/);
  });
});
