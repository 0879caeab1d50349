/**
 * bench/query: p50/p95 latency of search, neighbourhood (depth 1 and 2), shortest paths and ownership tracing on a
 * large synthetic graph (BENCH_NODES, default 1,000,000 nodes), through GraphQL over HTTP and, in the same run, the
 * same query functions called directly on the driver (the baseline), so the API's overhead is a measured ratio.
 *   npm run bench:query            (BENCH_NODES=100000 for a quicker run)
 */
import { neighborhood, search, shortestPaths, traceOwnership } from '@policygraph/graph-query';
import { graphCounts } from '@policygraph/graph-store';
import { createApp } from '../apps/api/src/app.factory';
import { appConfigFromEnv } from '../apps/api/src/config/app-config';
import { startBenchDatabase } from './support/bench-neo4j';
import { percentile, round, writeBenchResult } from './support/bench-report';
import { graphqlPoster } from './support/graphql-client';
import { loadSyntheticCorpus, seedExtractions } from './support/build-corpus';

const TARGET_NODES = Number(process.env['BENCH_NODES'] ?? 1_000_000);
const ITERATIONS = Number(process.env['BENCH_ITERATIONS'] ?? 200);
/** Per case and side: the API's code path (Express, Nest, Apollo) needs a few hundred requests before V8 has optimized it. */
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 300);
const SEARCH_TERMS = ['发改委', '物流', '养老', '商务厅', '金融', '文化旅游', '会展', '检验检测', '科技服务', '电子商务'];

interface Case {
  readonly name: string;
  readonly graphql: (i: number) => { query: string; variables: Record<string, unknown> };
  readonly direct: (i: number) => Promise<unknown>;
}

async function timeIt(run: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    await run(i + WARMUP);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const db = await startBenchDatabase();
  try {
    const seeds = seedExtractions();
    const load = await loadSyntheticCorpus(db.connection, seeds, {
      targetNodes: TARGET_NODES,
      targetRelationships: 3 * TARGET_NODES,
      documentsPerTransaction: 25,
      label: 'bench:query',
    });
    const counts = await graphCounts(db.connection);
    await db.connection.driver.executeQuery('CALL db.awaitIndexes(600)');

    // Sample ids to query: departments with owned projects, and pairs of departments in one region.
    const { records } = await db.connection.driver.executeQuery(
      `MATCH (d:Department)<-[:RESPONSIBLE]-(p:Project) WITH d, count(p) AS n WHERE n >= 2
       WITH d ORDER BY d.id LIMIT 400
       MATCH (d)-[:OF_REGION]->(r:Region)<-[:OF_REGION]-(e:Department) WHERE e.id > d.id
       WITH d, r, collect(e.id)[0] AS other WHERE other IS NOT NULL
       RETURN d.id AS department, other, r.id AS region`,
    );
    const departments = records.map((r) => String(r.get('department')));
    const pairs = records.map((r) => [String(r.get('department')), String(r.get('other'))] as const);
    if (departments.length < 20) throw new Error(`too few sample departments (${departments.length}); is the corpus empty?`);
    const pick = <T>(list: readonly T[], i: number): T => list[(i * 7919) % list.length]!;

    // Read cache off: every request must reach Neo4j, or repeated search terms would be timed from memory.
    const app = await createApp({ ...appConfigFromEnv({ PORT: '0', LOG_LEVEL: 'warn' }), corsOrigins: [], readCacheMs: 0 }, db.connection);
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
    const post = graphqlPoster(url);

    const cases: Case[] = [
      {
        name: 'search',
        graphql: (i) => ({
          query: 'query($t: String!) { search(text: $t, limit: 20) { node { id name label } score } }',
          variables: { t: pick(SEARCH_TERMS, i) },
        }),
        // details: false is what the API asks for when, as here, no properties or evidence are selected.
        direct: (i) => search(db.connection, { text: pick(SEARCH_TERMS, i), limit: 20, details: false }),
      },
      {
        name: 'neighborhoodDepth1',
        graphql: (i) => ({
          query: 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) { nodes { id label name } edges { id type source target } } }',
          variables: { id: pick(departments, i) },
        }),
        direct: (i) => neighborhood(db.connection, { id: pick(departments, i), depth: 1, limit: 200, details: false }),
      },
      {
        name: 'neighborhoodDepth2',
        graphql: (i) => ({
          query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) { nodes { id label name } edges { id type source target } } }',
          variables: { id: pick(departments, i) },
        }),
        direct: (i) => neighborhood(db.connection, { id: pick(departments, i), depth: 2, limit: 500, details: false }),
      },
      {
        name: 'paths',
        graphql: (i) => ({
          query: 'query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxHops: 6, limit: 5) { paths { nodeIds } } }',
          variables: { a: pick(pairs, i)[0], b: pick(pairs, i)[1] },
        }),
        direct: (i) => shortestPaths(db.connection, { fromId: pick(pairs, i)[0], toId: pick(pairs, i)[1], maxHops: 6, limit: 5 }),
      },
      {
        name: 'ownershipTrace',
        graphql: (i) => ({
          query: 'query($id: ID!) { ownership(id: $id) { stated { project { id name } role evidence { quote } } inferred { role } } }',
          variables: { id: pick(departments, i) },
        }),
        direct: (i) => traceOwnership(db.connection, pick(departments, i)),
      },
    ];

    const figures: Record<string, unknown> = {};
    for (const c of cases) {
      const direct = await timeIt(c.direct);
      const viaApi = await timeIt((i) => post(c.graphql(i)));
      const p50d = percentile(direct, 50);
      const p50g = percentile(viaApi, 50);
      figures[c.name] = {
        graphql: { p50Ms: round(p50g), p95Ms: round(percentile(viaApi, 95)) },
        driver: { p50Ms: round(p50d), p95Ms: round(percentile(direct, 95)) },
        graphqlOverheadP50Ms: round(p50g - p50d),
        graphqlOverP50Ratio: round(p50g / p50d),
      };
      process.stderr.write(`bench:query ${c.name}: graphql p50 ${round(p50g)} ms, driver p50 ${round(p50d)} ms\n`);
    }
    await app.close();
    writeBenchResult('query', {
      graph: counts,
      corpusLoadSeconds: round(load.seconds, 1),
      iterations: ITERATIONS,
      ...figures,
      targets: { neighborhoodDepth1P95Ms: 10, neighborhoodDepth2P95Ms: 50, searchP95Ms: 50, pathsP95Ms: 100, graphqlOverheadRatio: 1.25 },
    });
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:query failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
