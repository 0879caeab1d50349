import { neo4jConfigFromEnv, openDriver } from '@policygraph/graph-store';
import { useTestNeo4j } from '@policygraph/testing-neo4j';
import { CypherConsole } from './cypher-console';

// An expression Neo4j evaluates in one go and stops only when done: ≈ 1.3 s per 1e8 steps on an idle machine, so 4e8
// outlasts the 1 s limit + 0.5 s grace with room, without burning a core for long after the test.
const DEAF_TO_TIMEOUT = 'RETURN reduce(s = 0, i IN range(1, 400000000) | s + i) AS n';

describe('CypherConsole', () => {
  const neo = useTestNeo4j();

  it('answers a query that does not stop at its timeout after timeout + grace, terminates it and drops its connection', async () => {
    const incidents: string[] = [];
    let opened = 0;
    const console = new CypherConsole(
      () => {
        opened++;
        return openDriver(neo4jConfigFromEnv(), { maxConnections: 2, acquisitionTimeoutMs: 2_000 });
      },
      neo.connection,
      { timeoutMs: 1_000, rowCap: 10, concurrency: 2, graceMs: 500 },
      (message) => incidents.push(message),
    );
    try {
      const started = performance.now();
      // Its text is a saved query's (trusted): the console's parser would have refused it before Neo4j saw it.
      await expect(console.run({ query: DEAF_TO_TIMEOUT, params: {}, savedQueryText: true })).rejects.toMatchObject({
        code: 'CYPHER_TIMEOUT',
        message: expect.stringMatching(/did not stop; it was terminated and its connection dropped/),
      });
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`console watchdog: answered after ${seconds.toFixed(2)} s\n`);
      expect(seconds).toBeLessThan(3);
      for (let waited = 0; incidents.length === 0 && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      process.stderr.write(`${incidents.join('\n')}\n`);
      expect(incidents.join('\n')).toMatch(/console watchdog: .*connection pool dropped/);
      expect(opened).toBe(2);
      // The next console query runs on the fresh pool.
      await expect(console.run({ query: 'RETURN 1 AS one', params: {} })).resolves.toMatchObject({ rows: [[1]] });
    } finally {
      await console.close();
    }
  });

  it('refuses a console query past the concurrency limit at once, with a clear message', async () => {
    const console = new CypherConsole(() => openDriver(neo4jConfigFromEnv(), { maxConnections: 2 }), neo.connection, {
      timeoutMs: 1_000,
      rowCap: 10,
      concurrency: 1,
      graceMs: 500,
    });
    try {
      const slow = console.run({ query: 'UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n', params: {} });
      await expect(console.run({ query: 'RETURN 1 AS one', params: {} })).rejects.toMatchObject({
        message: expect.stringMatching(/^The Cypher console is busy: 1 console queries are running/),
      });
      await slow.catch((error: unknown) => process.stderr.write(`slow: ${String(error)}\n`));
      await expect(console.run({ query: 'RETURN 1 AS one', params: {} })).resolves.toMatchObject({ rows: [[1]] });
    } finally {
      await console.close();
    }
  });
});
