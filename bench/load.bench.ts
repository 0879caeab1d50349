/**
 * bench/load: 50 concurrent clients on loopback running neighbourhood and search queries through GraphQL for 60 s
 * (autocannon, bounded in time) against the seed corpus, with the API in its own process as `npm start` runs it.
 * Two runs in one go: the API as configured by default (read cache on, READ_CACHE_MS=2000) and the same API with
 * the read cache off (every request reaches Neo4j), the baseline the ratio is taken against. Each run starts with a
 * warm-up that is not counted. Reports throughput, p50/p95/p99 latency (measured per request) and errors.
 *   npm run bench:load             (BENCH_LOAD_SECONDS=20 for a quicker run)
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ingestPaths } from '@policygraph/ingest';
import { startBenchDatabase, type BenchDatabase } from './support/bench-neo4j';
import { percentile, round, writeBenchResult } from './support/bench-report';
// The API's process settings are plain CommonJS shared with npm start.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { apiProcessArgs, apiProcessEnv } = require('../tools/scripts/api-process.cjs') as {
  apiProcessArgs(nodeOptions?: readonly string[]): string[];
  apiProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
};

const SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 60);
const CONNECTIONS = Number(process.env['BENCH_LOAD_CONNECTIONS'] ?? 50);
const WARMUP_SECONDS = Number(process.env['BENCH_LOAD_WARMUP_SECONDS'] ?? 15);
const SEARCH_TERMS = ['发改委', '物流', '养老', '商务厅', '金融', '文化旅游', '会展', '科技服务'];

interface LoadRun {
  readonly readCacheMs: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { p50: number; p90: number; p95: number; p99: number; max: number };
  readonly errors: number;
  readonly detail: { socketErrors: number; timeouts: number; non2xx: number; graphqlErrors: number; warmupErrors: number };
}

async function startApi(db: BenchDatabase, readCacheMs: number): Promise<{ url: string; stop: () => void }> {
  const port = 3300 + Math.floor(Math.random() * 500);
  // BENCH_API_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the API under load.
  const api = spawn(process.execPath, apiProcessArgs(process.env['BENCH_API_NODE_OPTIONS']?.split(' ').filter(Boolean)), {
    cwd: join(__dirname, '..'),
    env: apiProcessEnv({ ...process.env, PORT: String(port), NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, POLICYGRAPH_INGEST_SEEDS: 'false', READ_CACHE_MS: String(readCacheMs) }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    api.stdout!.on('data', (chunk: Buffer) => (chunk.toString().includes('PolicyGraph is ready') ? resolve() : undefined));
    api.once('exit', (code) => reject(new Error(`the API exited with code ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => api.kill('SIGTERM') };
}

async function measure(db: BenchDatabase, bodies: readonly string[], readCacheMs: number): Promise<LoadRun> {
  const api = await startApi(db, readCacheMs);
  try {
    let next = 0;
    let graphqlErrors = 0;
    let latencies: number[] = [];
    const run = (seconds: number): Promise<autocannon.Result> =>
      autocannon({
        url: api.url,
        connections: CONNECTIONS,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            // One request at a time per connection, so the connection's context can time each request exactly.
            setupRequest: (request, context) => {
              (context as { sentAt?: number }).sentAt = performance.now();
              return { ...request, body: bodies[next++ % bodies.length] };
            },
            onResponse: (status, body, context) => {
              latencies.push(performance.now() - (context as { sentAt: number }).sentAt);
              if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      });
    // Both JITs (the JVM's under Neo4j and V8's under the API) need a few thousand requests before figures settle.
    const warmup = await run(WARMUP_SECONDS);
    const warmupErrors = warmup.errors + warmup.timeouts + warmup.non2xx + graphqlErrors;
    graphqlErrors = 0;
    latencies = [];
    const result = await run(SECONDS);
    const sorted = latencies.sort((a, b) => a - b);
    const at = (p: number): number => round(percentile(sorted, p), 1);
    const latencyMs = { p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: round(sorted.at(-1) ?? 0, 1) };
    process.stderr.write(`bench:load read cache ${readCacheMs} ms: ${round(result.requests.average, 0)} req/s, p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms\n`);
    return {
      readCacheMs,
      requests: result.requests.total,
      requestsPerSecond: round(result.requests.average, 0),
      latencyMs,
      errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
      detail: { socketErrors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors, warmupErrors },
    };
  } finally {
    api.stop();
  }
}

async function main(): Promise<void> {
  const db = await startBenchDatabase({ heap: '2g', pageCacheMb: 512 });
  try {
    await ingestPaths(db.connection, [join(__dirname, '..', 'seeds')]);
    const { records } = await db.connection.driver.executeQuery('MATCH (d:Department) RETURN d.id AS id ORDER BY id LIMIT 100');
    const ids = records.map((r) => String(r.get('id')));
    // Half neighbourhood, half search, cycling through different ids and terms.
    const bodies = [
      ...ids.map((id) => JSON.stringify({ query: 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id label name } edges { id type source target } } }', variables: { id } })),
      ...ids.map((_, i) => JSON.stringify({ query: 'query($t: String!) { search(text: $t, limit: 10) { node { id name label } score } }', variables: { t: SEARCH_TERMS[i % SEARCH_TERMS.length] } })),
    ];
    const uncached = await measure(db, bodies, 0);
    const cached = await measure(db, bodies, 2_000);
    writeBenchResult('load', {
      apiProcess: 'separate Node process (npm start layout, NODE_ENV=production)',
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_SECONDS,
      seconds: SECONDS,
      distinctRequests: bodies.length,
      default: cached,
      readCacheOff: uncached,
      defaultOverReadCacheOffThroughput: round(cached.requestsPerSecond / uncached.requestsPerSecond, 2),
      targets: { requestsPerSecond: 1000, p95Ms: 50, errors: 0 },
      meetsTargets: {
        default: cached.requestsPerSecond >= 1000 && cached.latencyMs.p95 < 50 && cached.errors === 0,
        readCacheOff: uncached.requestsPerSecond >= 1000 && uncached.latencyMs.p95 < 50 && uncached.errors === 0,
      },
    });
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
