/**
 * bench/load: 50 concurrent clients on loopback running neighbourhood and search queries through GraphQL for 60 s
 * (autocannon, bounded in time), against the seed corpus. Reports throughput, p50/p95/p99 latency and errors.
 *   npm run bench:load             (BENCH_LOAD_SECONDS=20 for a quicker run)
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ingestPaths } from '@policygraph/ingest';
import { startBenchDatabase } from './support/bench-neo4j';
const { apiProcessArgs, apiProcessEnv } = require('../tools/scripts/api-process.cjs') as {
  apiProcessArgs(nodeOptions?: readonly string[]): string[];
  apiProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
};
import { round, writeBenchResult } from './support/bench-report';

const SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 60);
const CONNECTIONS = Number(process.env['BENCH_LOAD_CONNECTIONS'] ?? 50);
const SEARCH_TERMS = ['发改委', '物流', '养老', '商务厅', '金融', '文化旅游', '会展', '科技服务'];

async function main(): Promise<void> {
  const db = await startBenchDatabase({ heap: '2g', pageCacheMb: 512 });
  try {
    await ingestPaths(db.connection, [join(__dirname, '..', 'seeds')]);
    const { records } = await db.connection.driver.executeQuery('MATCH (d:Department) RETURN d.id AS id ORDER BY id LIMIT 100');
    const ids = records.map((r) => String(r.get('id')));
    // The API runs in its own process, as in production: the load generator must not share its event loop.
    const port = 3300 + Math.floor(Math.random() * 500);
    // BENCH_API_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the API under load.
    const api = spawn(process.execPath, apiProcessArgs(process.env['BENCH_API_NODE_OPTIONS']?.split(' ').filter(Boolean)), {
      cwd: join(__dirname, '..'),
      env: apiProcessEnv({ ...process.env, PORT: String(port), NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, POLICYGRAPH_INGEST_SEEDS: 'false' }),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      api.stdout!.on('data', (chunk: Buffer) => (chunk.toString().includes('PolicyGraph is ready') ? resolve() : undefined));
      api.once('exit', (code) => reject(new Error(`the API exited with code ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    // Half neighbourhood, half search, cycling through different ids and terms.
    const bodies = [
      ...ids.map((id) => JSON.stringify({ query: 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id label name } edges { id type source target } } }', variables: { id } })),
      ...ids.map((_, i) => JSON.stringify({ query: 'query($t: String!) { search(text: $t, limit: 10) { node { id name label } score } }', variables: { t: SEARCH_TERMS[i % SEARCH_TERMS.length] } })),
    ];
    let next = 0;
    let graphqlErrors = 0;
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          onResponse: (status, body) => {
            if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
          },
        },
      ],
    });
    api.kill('SIGTERM');
    writeBenchResult('load', {
      apiProcess: 'separate Node process (npm start layout)',
      connections: CONNECTIONS,
      seconds: SECONDS,
      requests: result.requests.total,
      requestsPerSecond: round(result.requests.average, 0),
      // autocannon's histogram reports p90 and p97.5, not p95: p95 lies between them.
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
      detail: { socketErrors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors },
      targets: { requestsPerSecond: 1000, p95Ms: 50, errors: 0 },
    });
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
