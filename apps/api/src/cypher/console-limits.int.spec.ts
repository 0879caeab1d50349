import { graphChecksum } from '@policygraph/graph-store';
import { graphql, startAppServer, type AppServer } from '../../../../test/support/app-server';
import { timedNeighborhood } from '../../../../test/support/timed-neighborhood';

const QH_NDRC = 'department:青海省:省发展和改革委员会';
const CYPHER = 'query($q: String!) { cypher(query: $q) { columns rows } }';

// Findings 3, 4 and 5 of the security issue, through the API: the console parses before Neo4j sees anything, and its
// cost is bounded (own pool, concurrency limit), so graph reads keep answering.
describe('Cypher console limits', () => {
  let server: AppServer;
  let checksum: string;

  beforeAll(async () => {
    server = await startAppServer({ readCacheMs: 0, cypherTimeoutMs: 1_500, cypherConcurrency: 2 });
    checksum = await graphChecksum(server.connection);
    for (let i = 0; i < 5; i++) await timedNeighborhood(server.url, QH_NDRC);
  });
  afterAll(async () => {
    expect(await graphChecksum(server.connection)).toBe(checksum);
    await server.close();
  });

  it('refuses SHOW and TERMINATE behind comment and quote tricks, and SHOW SETTINGS', async () => {
    for (const query of [
      "/* ' */ SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS q /* ' */",
      "/* ' */ TERMINATE TRANSACTIONS 'neo4j-transaction-128' /* ' */",
      'SHOW SETTINGS',
    ]) {
      const { errors } = await graphql(server.url, CYPHER, { q: query });
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'CYPHER_REJECTED' } });
    }
  });

  it('refuses 110 deeply nested queries (three attackers in a loop) within seconds, while neighbourhood queries answer in < 1 s', async () => {
    const nested = `RETURN ${'['.repeat(400)}1${']'.repeat(400)} AS x`;
    const started = performance.now();
    const answers: string[] = [];
    const attacker = async (): Promise<void> => {
      while (answers.length < 110) answers.push((await graphql(server.url, CYPHER, { q: nested })).errors?.[0]?.message ?? 'answered');
    };
    let done = false;
    const attack = Promise.all(Array.from({ length: 3 }, attacker)).finally(() => (done = true));
    const timings: number[] = [];
    while (!done) {
      const { ms, ok } = await timedNeighborhood(server.url, QH_NDRC);
      expect(ok).toBe(true);
      timings.push(ms);
    }
    await attack;
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`${answers.length} nesting attacks refused in ${seconds.toFixed(2)} s; ${timings.length} neighbourhood queries meanwhile, slowest ${Math.max(...timings).toFixed(0)} ms\n`);
    expect(answers.every((a) => /nests brackets more than 20 levels/.test(a))).toBe(true);
    expect(seconds).toBeLessThan(10);
    expect(Math.max(...timings)).toBeLessThan(1_000);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  });

  it('runs at most two console queries at once and refuses the rest clearly; graph reads keep answering', async () => {
    const heavy = 'MATCH (a), (b) WHERE a.name + b.name = "x" RETURN count(*) AS n';
    const attack = Promise.all(Array.from({ length: 6 }, () => graphql(server.url, CYPHER, { q: heavy })));
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { ms, ok } = await timedNeighborhood(server.url, QH_NDRC);
      expect(ok).toBe(true);
      timings.push(ms);
    }
    const answers = await attack;
    const messages = answers.map((a) => a.errors?.[0]?.message ?? 'answered');
    process.stderr.write(`6 heavy console queries: ${messages.filter((m) => /busy/.test(m)).length} refused as busy; neighbourhood meanwhile ≤ ${Math.max(...timings).toFixed(0)} ms\n`);
    expect(messages.filter((m) => /^The Cypher console is busy: 2 console queries are running/.test(m)).length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...timings)).toBeLessThan(1_000);
  });
});
