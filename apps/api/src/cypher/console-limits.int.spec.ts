import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphChecksum } from '@policygraph/graph-store';
import { graphql, startAppServer, type AppServer } from '../../../../test/support/app-server';
import { timedNeighborhood } from '../../../../test/support/timed-neighborhood';

const QH_NDRC = 'department:青海省:省发展和改革委员会';
const CYPHER = 'query($q: String!) { cypher(query: $q) { columns rows } }';

/** The test server's debug.log (the global setup's data folder; NEO4J_TEST_URI servers keep theirs elsewhere). */
function neo4jDebugLog(): string {
  const home = process.env['POLICYGRAPH_TEST_NEO4J_HOME'];
  if (!home) throw new Error('this test reads the debug.log of the Neo4j the global setup starts; unset NEO4J_TEST_URI');
  const file = join(home, 'logs', 'debug.log');
  if (!existsSync(file)) throw new Error(`no debug.log at ${file}: Neo4j logs elsewhere now, and this test checks nothing`);
  return readFileSync(file, 'utf8');
}

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

  it('refuses the reported queries (OOM, SHOW and TERMINATE behind comment and quote tricks, SHOW SETTINGS, CPU-bound reduce) at once, while neighbourhood queries answer in < 1 s', async () => {
    for (const query of [
      "RETURN size(reduce(s='x', i IN range(1,34) | s + s)) AS n", // finding 2: the JVM exited on OutOfMemory
      "/* ' */ SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS q /* ' */", // finding 3
      "/* ' */ TERMINATE TRANSACTIONS 'neo4j-transaction-128' /* ' */",
      'SHOW SETTINGS',
      "RETURN size(reduce(s='', i IN range(1,20000000) | s + 'a')) AS n", // finding 5: burnt a core for minutes
      'UNWIND range(1, 100000000) AS i RETURN collect(i) AS all', // finding 5: ran 41 s against a 5 s limit
    ]) {
      const started = performance.now();
      const [{ errors }, neighbourhood] = await Promise.all([graphql(server.url, CYPHER, { q: query }), timedNeighborhood(server.url, QH_NDRC)]);
      const ms = performance.now() - started;
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'CYPHER_REJECTED' } });
      expect(ms).toBeLessThan(2_000);
      expect(neighbourhood.ok).toBe(true);
      expect(neighbourhood.ms).toBeLessThan(1_000);
    }
  });

  it('refuses 110 deeply nested queries (three attackers in a loop) within seconds, while neighbourhood queries answer in < 1 s', async () => {
    const nested = `RETURN ${'['.repeat(400)}1${']'.repeat(400)} AS x`;
    const logBefore = neo4jDebugLog().length;
    expect(logBefore).toBeGreaterThan(0); // Neo4j has logged its start there
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
    process.stderr.write(
      `${answers.length} nesting attacks refused in ${seconds.toFixed(2)} s; ${timings.length} neighbourhood queries meanwhile, slowest ${Math.max(...timings).toFixed(0)} ms\n`,
    );
    expect(answers.every((a) => /nests brackets more than 20 levels/.test(a))).toBe(true);
    expect(seconds).toBeLessThan(10);
    expect(Math.max(...timings)).toBeLessThan(1_000);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    // Finding 8: each such query reaching Neo4j wrote ≈ 1,000 stack lines to debug.log; refused first, none do.
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // Neo4j's log writer flushes asynchronously
    const written = neo4jDebugLog().slice(logBefore);
    const lines = written.split('\n').filter(Boolean);
    process.stderr.write(
      `debug.log during the nesting attacks: ${lines.length} lines, ${(written.match(/StackOverflowError/g) ?? []).length} StackOverflowError\n`,
    );
    expect(written).not.toMatch(/StackOverflowError|\bat org\.neo4j\.cypher/);
    expect(lines.length).toBeLessThan(50);
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
    process.stderr.write(
      `6 heavy console queries: ${messages.filter((m) => /busy/.test(m)).length} refused as busy; neighbourhood meanwhile ≤ ${Math.max(...timings).toFixed(0)} ms\n`,
    );
    expect(messages.filter((m) => /^The Cypher console is busy: 2 console queries are running/.test(m)).length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...timings)).toBeLessThan(1_000);
  });
});
