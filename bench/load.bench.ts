/**
 * bench/load: 50 concurrent clients on loopback running neighbourhood and search queries through GraphQL for 60 s
 * (autocannon, bounded in time) against the seed corpus, with the API in its own process as `npm start` runs it.
 * Two runs in one go: the API as configured by default (read cache on, READ_CACHE_MS=2000) and the same API with
 * the read cache off (every request reaches Neo4j), the baseline the ratio is taken against. Each run starts with a
 * warm-up that is not counted. Reports throughput, p50/p95/p99 latency (measured per request) and errors.
 *
 * Then the heavy-console scenario (security issue #19): 50 normal clients, each sending a neighbourhood or search
 * query 2 times a second (an analyst clicks far less), with the read cache off so every read reaches Neo4j; first
 * alone (the baseline), then beside one client looping a heavy console query (a cartesian product that runs until
 * the console's timeout) in the same run on the same API. Target: normal reads keep p95 < 50 ms and 0 errors.
 * Written to bench/results/load-heavy-console.json with the load average of the machine during each phase.
 *   npm run bench:load             (BENCH_LOAD_SECONDS=20 for a quicker run; BENCH_LOAD_ONLY=heavy-console for
 *                                   the scenario alone)
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
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
const ONLY = process.env['BENCH_LOAD_ONLY'];
/** The heavy-console scenario: requests per second of each normal client, and seconds per phase. */
const NORMAL_CLIENT_RATE = Number(process.env['BENCH_LOAD_CLIENT_RATE'] ?? 2);
const SCENARIO_SECONDS = Number(process.env['BENCH_LOAD_SCENARIO_SECONDS'] ?? 30);
/** Every pair of nodes: runs until the console's 5 s timeout, the heaviest thing its parser lets through. */
const HEAVY_CONSOLE_QUERY = 'MATCH (a), (b) WHERE a.name + b.name = "x" RETURN count(*) AS n';
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

/** autocannon over the bodies; latencies measured per request from when it is sent (no coordinated-omission fix). */
function loadRunner(url: string, bodies: readonly string[], connectionRate?: number) {
  let next = 0;
  const state = { graphqlErrors: 0, latencies: [] as number[] };
  const run = (seconds: number): Promise<autocannon.Result> =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      ...(connectionRate ? { connectionRate } : {}),
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request, context) => {
            (context as { sentAt?: number }).sentAt = performance.now();
            return { ...request, body: bodies[next++ % bodies.length] };
          },
          onResponse: (status, body, context) => {
            state.latencies.push(performance.now() - (context as { sentAt: number }).sentAt);
            if (status !== 200 || body.includes('"errors"')) state.graphqlErrors++;
          },
        },
      ],
    });
  return { run, state };
}

interface ScenarioPhase {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { p50: number; p90: number; p95: number; p99: number; max: number };
  readonly errors: number;
  readonly detail: { socketErrors: number; timeouts: number; non2xx: number; graphqlErrors: number };
  readonly loadAverage: { before: number; after: number };
  readonly heavyClient?: { queries: number; answered: number; timedOut: number; busy: number; otherErrors: number; otherMessages: string[]; medianSeconds: number };
}

/** One client sending the heavy console query again as soon as the last one is answered, until told to stop. */
function heavyConsoleClient(url: string): { stop: () => Promise<NonNullable<ScenarioPhase['heavyClient']>> } {
  let stopped = false;
  const outcome = { queries: 0, answered: 0, timedOut: 0, busy: 0, otherErrors: 0, otherMessages: [] as string[] };
  const seconds: number[] = [];
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($q: String!) { cypher(query: $q) { rows } }', variables: { q: HEAVY_CONSOLE_QUERY } }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      seconds.push((performance.now() - started) / 1000);
      outcome.queries++;
      const error = body.errors?.[0];
      if (!error) outcome.answered++;
      else if (error.extensions?.code === 'TIMEOUT') outcome.timedOut++;
      else if (/busy/.test(error.message)) outcome.busy++;
      else {
        outcome.otherErrors++;
        if (!outcome.otherMessages.includes(error.message)) outcome.otherMessages.push(error.message);
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { ...outcome, medianSeconds: round(percentile([...seconds].sort((a, b) => a - b), 50), 2) };
    },
  };
}

/** The heavy-console scenario: baseline (normal clients alone) then the same clients beside the heavy client. */
async function measureHeavyConsole(db: BenchDatabase, bodies: readonly string[]): Promise<Record<string, unknown>> {
  const api = await startApi(db, 0);
  try {
    const { run, state } = loadRunner(api.url, bodies, NORMAL_CLIENT_RATE);
    await run(WARMUP_SECONDS);
    const phase = async (heavy: boolean): Promise<ScenarioPhase> => {
      state.graphqlErrors = 0;
      state.latencies = [];
      const before = loadavg()[0]!;
      const client = heavy ? heavyConsoleClient(api.url) : undefined;
      const result = await run(SCENARIO_SECONDS);
      const heavyClient = await client?.stop();
      const sorted = state.latencies.sort((a, b) => a - b);
      const at = (p: number): number => round(percentile(sorted, p), 1);
      const figures: ScenarioPhase = {
        requests: result.requests.total,
        requestsPerSecond: round(result.requests.average, 0),
        latencyMs: { p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: round(sorted.at(-1) ?? 0, 1) },
        errors: result.errors + result.timeouts + result.non2xx + state.graphqlErrors,
        detail: { socketErrors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors: state.graphqlErrors },
        loadAverage: { before: round(before, 2), after: round(loadavg()[0]!, 2) },
        ...(heavyClient ? { heavyClient } : {}),
      };
      process.stderr.write(`bench:load heavy-console ${heavy ? 'with the heavy client' : 'baseline'}: ${JSON.stringify(figures)}\n`);
      return figures;
    };
    const baseline = await phase(false);
    const withHeavy = await phase(true);
    return {
      normalClients: CONNECTIONS,
      requestsPerSecondPerClient: NORMAL_CLIENT_RATE,
      readCacheMs: 0,
      heavyConsoleQuery: HEAVY_CONSOLE_QUERY,
      warmupSeconds: WARMUP_SECONDS,
      secondsPerPhase: SCENARIO_SECONDS,
      baseline,
      withHeavyConsoleClient: withHeavy,
      p95Ratio: round(withHeavy.latencyMs.p95 / baseline.latencyMs.p95, 2),
      p50Ratio: round(withHeavy.latencyMs.p50 / baseline.latencyMs.p50, 2),
      targets: { p95Ms: 50, errors: 0 },
      meetsTargets: withHeavy.latencyMs.p95 < 50 && withHeavy.errors === 0,
    };
  } finally {
    api.stop();
  }
}

async function measure(db: BenchDatabase, bodies: readonly string[], readCacheMs: number): Promise<LoadRun> {
  const api = await startApi(db, readCacheMs);
  try {
    // One request at a time per connection, so the connection's context can time each request exactly.
    const { run, state } = loadRunner(api.url, bodies);
    // Both JITs (the JVM's under Neo4j and V8's under the API) need a few thousand requests before figures settle.
    const warmup = await run(WARMUP_SECONDS);
    const warmupErrors = warmup.errors + warmup.timeouts + warmup.non2xx + state.graphqlErrors;
    state.graphqlErrors = 0;
    state.latencies = [];
    const result = await run(SECONDS);
    const graphqlErrors = state.graphqlErrors;
    const sorted = state.latencies.sort((a, b) => a - b);
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
    if (ONLY !== 'heavy-console') await measureThroughput(db, bodies);
    writeBenchResult('load-heavy-console', await measureHeavyConsole(db, bodies));
  } finally {
    await db.close();
  }
}

/** The throughput runs: default API (read cache on) against the read cache off, both flooded by 50 connections. */
async function measureThroughput(db: BenchDatabase, bodies: readonly string[]): Promise<void> {
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
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
