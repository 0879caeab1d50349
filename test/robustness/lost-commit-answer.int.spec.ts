import { join } from 'node:path';
import { graphCounts, openDriver, type GraphConnection } from '@policygraph/graph-store';
import { describeSummary, ingestPaths } from '@policygraph/ingest';
import { useTestNeo4j } from '@policygraph/testing-neo4j';
import { Neo4jError, type Driver, type Session } from 'neo4j-driver';
import { SEEDS_DIR } from '../support/app-server';

const QINGHAI = join(SEEDS_DIR, '004_6c3dd93e6ca21e83.txt');

/**
 * The connection as a client sees it when Neo4j dies right after committing: the first write transaction commits,
 * and its answer never arrives (the driver reports the connection closed).
 */
function losingFirstCommitAnswer(connection: GraphConnection): { connection: GraphConnection; lost: () => number } {
  let lost = 0;
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'executeWrite') {
          return async (...args: Parameters<Session['executeWrite']>) => {
            const result = await target.executeWrite(...args);
            if (lost++ === 0) throw new Neo4jError('Connection was closed by server', 'ServiceUnavailable', '08000', 'connection exception');
            return result;
          };
        }
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const driver = new Proxy(connection.driver, {
    get(target, property) {
      if (property === 'session') return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { connection: { driver, database: connection.database, close: () => Promise.resolve() }, lost: () => lost };
}

// Finding 8 of the security issue: after Neo4j was killed mid-ingest, the CLI reported a committed document as failed
// and skipped that run's inference.
describe('an ingest whose commit answer is lost with the connection', () => {
  const neo = useTestNeo4j();

  it('reports the committed document as added (not failed, not unchanged) and still runs the ownership inference', async () => {
    const { connection, lost } = losingFirstCommitAnswer(neo.connection);
    const waits: string[] = [];
    const summary = await ingestPaths(connection, [QINGHAI], { reconnectWaitMs: 10_000, onReconnectWait: (path) => waits.push(path) });
    const line = describeSummary(summary);
    process.stderr.write(`${line}\n`);

    expect(lost()).toBeGreaterThanOrEqual(2); // the lost answer, then the attempt after reconnecting
    expect(waits).toEqual([QINGHAI]);
    expect(summary.outcomes).toEqual([expect.objectContaining({ path: QINGHAI, ok: true, report: expect.objectContaining({ status: 'added' }) })]);
    expect(summary).toMatchObject({ added: 1, unchanged: 0, failed: 0 });
    expect(summary.ownership).toMatchObject({ ok: true });
    expect(line).toMatch(/1 added, 0 replaced, 0 unchanged, 0 duplicate, 0 failed;.*ownership inference: \d+ inferred edges/);
    expect((await graphCounts(neo.connection)).documents).toBe(1);
  });

  it('says why the inference did not run when Neo4j stays unreachable, instead of dropping it silently', async () => {
    await neo.reset();
    // A driver pointed at a port nobody listens on: every write fails as unavailable (after the driver's 30 s of
    // retries), and stays so.
    const nowhere = openDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused-password', database: undefined });
    try {
      const summary = await ingestPaths(nowhere, [QINGHAI], { reconnectWaitMs: 1_000 });
      expect(summary.outcomes[0]).toMatchObject({ ok: false, code: 'NEO4J_UNAVAILABLE' });
      expect(describeSummary(summary)).toMatch(/ownership inference not done: skipped: the graph database is unavailable; run the same ingest again/);
      expect((await graphCounts(neo.connection)).documents).toBe(0);
    } finally {
      await nowhere.close();
    }
  });
});
