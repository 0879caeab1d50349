/**
 * bench/load: the API in its own process as `npm start` runs it (request logging on), the seed corpus, 50 clients on
 * loopback sending neighbourhood and search queries through GraphQL (200 distinct requests).
 *
 * 1. Saturation (autocannon, closed loop: each connection sends its next request when the last is answered), read cache
 *    on (default) and off: the most requests per second the machine serves. Latency here is queueing by construction
 *    (50 requests always in flight: mean latency = 50 / throughput), so it is reported, not judged.
 * 2. Latency at the target rate (#17: ≥ 1,000 requests/s, p95 < 50 ms, 0 errors): open loop (bench/support/paced-load),
 *    50 clients × 20 requests/s staggered evenly, latency from when each request was due. Baseline in the same run: the
 *    same load of `{ __typename }` (Express, logging and Apollo, no Neo4j), i.e. this machine's floor at that moment.
 * 3. Heavy console (#19): 50 clients × 2 requests/s, open loop, read cache off (every read reaches Neo4j), first alone
 *    (baseline) then beside one client looping a heavy console query. Target: p95 < 50 ms and 0 errors.
 * autocannon's `connectionRate`, used for 2 and 3 before, starts every connection's one-second window at the same
 * instant: 50 clients × 2 requests/s became a burst of 100 requests at each second, so it measured the time to drain a
 * 50-deep queue, not latency at 100 requests/s.
 * Every figure goes with the load average and the load generator's own timer lag (how late it sent requests): on a
 * shared machine, compare the ratios to the baseline, not the milliseconds.
 *   npm run bench:load   (BENCH_LOAD_SECONDS=20 for a quicker run; BENCH_LOAD_ONLY=saturation|target-rate|heavy-console)
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '@policygraph/ingest';
import { startBenchDatabase, type BenchDatabase } from './support/bench-neo4j';
import { percentile, round, writeBenchResult } from './support/bench-report';
import { runPacedLoad, type PacedLoadResult } from './support/paced-load';
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
/** Open-loop phases: seconds each, and requests per second per client at the #17 target rate and in #19's scenario. */
const PHASE_SECONDS = Number(process.env['BENCH_LOAD_SCENARIO_SECONDS'] ?? 30);
const TARGET_CLIENT_RATE = Number(process.env['BENCH_LOAD_TARGET_CLIENT_RATE'] ?? 20);
const NORMAL_CLIENT_RATE = Number(process.env['BENCH_LOAD_CLIENT_RATE'] ?? 2);
/** Every pair of nodes: runs until the console's 5 s timeout, the heaviest thing its parser lets through. */
const HEAVY_CONSOLE_QUERY = 'MATCH (a), (b) WHERE a.name + b.name = "x" RETURN count(*) AS n';
const SEARCH_TERMS = ['发改委', '物流', '养老', '商务厅', '金融', '文化旅游', '会展', '科技服务'];
const FLOOR_BODY = JSON.stringify({ query: '{ __typename }' });

type Percentiles = { p50: number; p90: number; p95: number; p99: number; max: number };

function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number => round(percentile(sorted, p), 1);
  return { p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: round(sorted.at(-1) ?? 0, 1) };
}

async function startApi(db: BenchDatabase, readCacheMs: number): Promise<{ url: string; stop: () => void }> {
  const port = 3300 + Math.floor(Math.random() * 500);
  // BENCH_API_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the API under load.
  const api = spawn(process.execPath, apiProcessArgs(process.env['BENCH_API_NODE_OPTIONS']?.split(' ').filter(Boolean)), {
    cwd: join(__dirname, '..'),
    env: apiProcessEnv({
      ...process.env,
      PORT: String(port),
      NEO4J_URI: db.uri,
      NEO4J_PASSWORD: db.password,
      POLICYGRAPH_INGEST_SEEDS: 'false',
      READ_CACHE_MS: String(readCacheMs),
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    api.stdout!.on('data', (chunk: Buffer) => (chunk.toString().includes('PolicyGraph is ready') ? resolve() : undefined));
    api.once('exit', (code) => reject(new Error(`the API exited with code ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => api.kill('SIGTERM') };
}

interface SaturationRun {
  readonly readCacheMs: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: Percentiles;
  readonly errors: number;
  readonly detail: { socketErrors: number; timeouts: number; non2xx: number; graphqlErrors: number; warmupErrors: number };
  readonly loadAverage: { before: number; after: number };
}

/** Closed loop: 50 connections, each sending its next request as soon as the last is answered. */
function floodRunner(url: string, bodies: readonly string[]) {
  let next = 0;
  const state = { graphqlErrors: 0, latencies: [] as number[] };
  const run = (seconds: number): Promise<autocannon.Result> =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          // Runs just before the request is written (one request in flight per connection), so this times it exactly.
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

async function measureSaturation(db: BenchDatabase, bodies: readonly string[], readCacheMs: number): Promise<SaturationRun> {
  const api = await startApi(db, readCacheMs);
  try {
    const { run, state } = floodRunner(api.url, bodies);
    // Both JITs (the JVM's under Neo4j and V8's under the API) need a few thousand requests before figures settle.
    const warmup = await run(WARMUP_SECONDS);
    const warmupErrors = warmup.errors + warmup.timeouts + warmup.non2xx + state.graphqlErrors;
    state.graphqlErrors = 0;
    state.latencies = [];
    const before = loadavg()[0]!;
    const result = await run(SECONDS);
    const latencyMs = percentiles(state.latencies);
    const figures: SaturationRun = {
      readCacheMs,
      requests: result.requests.total,
      requestsPerSecond: round(result.requests.average, 0),
      latencyMs,
      errors: result.errors + result.timeouts + result.non2xx + state.graphqlErrors,
      detail: { socketErrors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors: state.graphqlErrors, warmupErrors },
      loadAverage: { before: round(before, 2), after: round(loadavg()[0]!, 2) },
    };
    process.stderr.write(`bench:load saturation, read cache ${readCacheMs} ms: ${JSON.stringify(figures)}\n`);
    return figures;
  } finally {
    api.stop();
  }
}

interface PacedPhase {
  readonly offeredRequestsPerSecond: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** From when each request was due (what a user waits). */
  readonly latencyMs: Percentiles;
  /** From when it was written on the socket. */
  readonly serviceMs: Percentiles;
  /** How late the load generator's own timers fired: when its p95 is large, the machine, not the API, set the figures. */
  readonly timerLagMs: Percentiles;
  /** Requests due while their client still waited for its previous answer: the API fell behind the offered rate. */
  readonly sentLate: number;
  readonly errors: number;
  readonly detail: PacedLoadResult['errors'];
  readonly loadAverage: { before: number; after: number };
  readonly heavyClient?: HeavyClientOutcome;
}

async function pacedPhase(
  name: string,
  url: string,
  bodies: readonly string[],
  ratePerClient: number,
  seconds: number,
  beside?: () => Promise<HeavyClientOutcome>,
): Promise<PacedPhase> {
  const before = loadavg()[0]!;
  const result = await runPacedLoad({ url, clients: CONNECTIONS, ratePerClient, seconds, bodies });
  const heavyClient = await beside?.();
  const { errors } = result;
  const figures: PacedPhase = {
    offeredRequestsPerSecond: CONNECTIONS * ratePerClient,
    requests: result.requests,
    requestsPerSecond: round(result.requestsPerSecond, 0),
    latencyMs: percentiles(result.fromScheduleMs),
    serviceMs: percentiles(result.fromSendMs),
    timerLagMs: percentiles(result.timerLagMs),
    sentLate: result.sentLate,
    errors: errors.socket + errors.timeouts + errors.non2xx + errors.graphql,
    detail: errors,
    loadAverage: { before: round(before, 2), after: round(loadavg()[0]!, 2) },
    ...(heavyClient ? { heavyClient } : {}),
  };
  process.stderr.write(`bench:load ${name}: ${JSON.stringify(figures)}\n`);
  return figures;
}

/** #17 at the target rate: 1,000 requests/s of real reads against the same rate of `{ __typename }` (the floor). */
async function measureTargetRate(db: BenchDatabase, bodies: readonly string[]): Promise<Record<string, unknown>> {
  const api = await startApi(db, 2_000);
  try {
    await floodRunner(api.url, bodies).run(WARMUP_SECONDS);
    const floor = await pacedPhase('target rate, floor ({ __typename })', api.url, [FLOOR_BODY], TARGET_CLIENT_RATE, PHASE_SECONDS);
    const reads = await pacedPhase('target rate, reads', api.url, bodies, TARGET_CLIENT_RATE, PHASE_SECONDS);
    return {
      clients: CONNECTIONS,
      requestsPerSecondPerClient: TARGET_CLIENT_RATE,
      readCacheMs: 2_000,
      secondsPerPhase: PHASE_SECONDS,
      reads,
      floor,
      p95OverFloor: round(reads.latencyMs.p95 / floor.latencyMs.p95, 2),
      targets: { requestsPerSecond: 1000, p95Ms: 50, errors: 0 },
      meetsTargets: reads.requestsPerSecond >= 1000 && reads.latencyMs.p95 < 50 && reads.errors === 0,
    };
  } finally {
    api.stop();
  }
}

type HeavyClientOutcome = {
  queries: number;
  answered: number;
  timedOut: number;
  busy: number;
  otherErrors: number;
  otherMessages: string[];
  medianSeconds: number;
};

/** One client sending the heavy console query again as soon as the last one is answered, until told to stop. */
function heavyConsoleClient(url: string): () => Promise<HeavyClientOutcome> {
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
  return async () => {
    stopped = true;
    await loop;
    return {
      ...outcome,
      medianSeconds: round(
        percentile(
          [...seconds].sort((a, b) => a - b),
          50,
        ),
        2,
      ),
    };
  };
}

/** #19: normal clients alone (baseline), then the same clients beside the heavy console client, on the same API. */
async function measureHeavyConsole(db: BenchDatabase, bodies: readonly string[]): Promise<Record<string, unknown>> {
  const api = await startApi(db, 0);
  try {
    await runPacedLoad({ url: api.url, clients: CONNECTIONS, ratePerClient: NORMAL_CLIENT_RATE, seconds: WARMUP_SECONDS, bodies });
    const baseline = await pacedPhase('heavy-console baseline', api.url, bodies, NORMAL_CLIENT_RATE, PHASE_SECONDS);
    const withHeavy = await pacedPhase('heavy-console with the heavy client', api.url, bodies, NORMAL_CLIENT_RATE, PHASE_SECONDS, heavyConsoleClient(api.url));
    return {
      normalClients: CONNECTIONS,
      requestsPerSecondPerClient: NORMAL_CLIENT_RATE,
      pacing: 'open loop, clients staggered evenly, latency from when each request was due',
      readCacheMs: 0,
      heavyConsoleQuery: HEAVY_CONSOLE_QUERY,
      warmupSeconds: WARMUP_SECONDS,
      secondsPerPhase: PHASE_SECONDS,
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

/** Saturation: default API (read cache on) against the read cache off, both flooded by 50 connections. */
async function measureSaturationPair(db: BenchDatabase, bodies: readonly string[]): Promise<Record<string, unknown>> {
  const uncached = await measureSaturation(db, bodies, 0);
  const cached = await measureSaturation(db, bodies, 2_000);
  return {
    apiProcess: 'separate Node process (npm start layout, NODE_ENV=production, request logging on)',
    connections: CONNECTIONS,
    warmupSeconds: WARMUP_SECONDS,
    seconds: SECONDS,
    distinctRequests: bodies.length,
    default: cached,
    readCacheOff: uncached,
    defaultOverReadCacheOffThroughput: round(cached.requestsPerSecond / uncached.requestsPerSecond, 2),
    // The former reading of #17's target, kept visible: closed-loop p95 is queueing, so it is a throughput target in disguise.
    closedLoopMeets1000AndP95Under50: cached.requestsPerSecond >= 1000 && cached.latencyMs.p95 < 50 && cached.errors === 0,
    note: 'closed loop: latency is queueing (50 in flight, mean = 50 / throughput); #17 judged at the target rate (load-target-rate.json)',
  };
}

async function main(): Promise<void> {
  const db = await startBenchDatabase({ heap: '2g', pageCacheMb: 512 });
  try {
    await ingestPaths(db.connection, [join(__dirname, '..', 'seeds')]);
    const { records } = await db.connection.driver.executeQuery('MATCH (d:Department) RETURN d.id AS id ORDER BY id LIMIT 100');
    const ids = records.map((r) => String(r.get('id')));
    // Half neighbourhood, half search, cycling through different ids and terms.
    const bodies = [
      ...ids.map((id) =>
        JSON.stringify({
          query: 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id label name } edges { id type source target } } }',
          variables: { id },
        }),
      ),
      ...ids.map((_, i) =>
        JSON.stringify({
          query: 'query($t: String!) { search(text: $t, limit: 10) { node { id name label } score } }',
          variables: { t: SEARCH_TERMS[i % SEARCH_TERMS.length] },
        }),
      ),
    ];
    if (!ONLY || ONLY === 'saturation') writeBenchResult('load', await measureSaturationPair(db, bodies));
    if (!ONLY || ONLY === 'target-rate') writeBenchResult('load-target-rate', await measureTargetRate(db, bodies));
    if (!ONLY || ONLY === 'heavy-console') writeBenchResult('load-heavy-console', await measureHeavyConsole(db, bodies));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
