import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema, graphChecksum, openDriver, type GraphConnection } from '@policygraph/graph-store';
import { describeSummary, ingestPaths, type FileOutcome } from '@policygraph/ingest';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../apps/api/src/app.factory';
import { appConfigFromEnv } from '../../apps/api/src/config/app-config';
import { graphql, SEEDS_DIR } from '../support/app-server';
import { timedNeighborhood } from '../support/timed-neighborhood';
import { waitUntil } from '../support/wait-until';

interface SupervisedServer {
  readonly uri: string;
  readonly stateFile: string;
  readonly pid: number;
  readonly restarts: number;
  stop(): Promise<void>;
}
interface SupervisorEvent {
  type: string;
  signal?: string | null;
  outOfMemory?: boolean;
  reason?: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freePort } = require('../../tools/neo4j/local-neo4j.cjs') as { freePort: () => Promise<number> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { superviseLocalNeo4j } = require('../../tools/neo4j/supervise-neo4j.cjs') as { superviseLocalNeo4j: (options: object) => Promise<SupervisedServer> };

const PASSWORD = 'policygraph-supervision';
const QH_NDRC = 'department:青海省:省发展和改革委员会';
/** Finding 2 of the security issue: the console refuses it now, but a Neo4j that meets it (another client, a
 * saved query) exits on OutOfMemoryError: string doubling is not tracked by the transaction memory cap. */
const OUT_OF_MEMORY = "RETURN size(reduce(s = 'x', i IN range(1, 34) | s + s)) AS n";
/** The API must answer within about 2 s while Neo4j is down; 3 s leaves room for a machine whose cores are busy. */
const OUTAGE_ANSWER_MS = 3_000;
const PROVINCES = ['甘肃省', '宁夏回族自治区', '陕西省', '四川省', '贵州省'];
/** Back within 60 s of its death: a JVM start plus the 1 s backoff. */
const BACK_WITHIN_MS = 60_000;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Plans that differ in region (and so in content): the Qinghai seed rewritten for other provinces. */
function writeRegionVariants(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const seed = readFileSync(join(SEEDS_DIR, '004_6c3dd93e6ca21e83.txt'), 'utf8');
  return PROVINCES.map((province, index) => {
    const short = province.replace(/(省|回族自治区)$/, '');
    const path = join(folder, `${String(index).padStart(2, '0')}-${short}.txt`);
    writeFileSync(path, seed.split('青海省').join(province).split('青海').join(short).split('青政办').join(`${short[0]}政办`));
    return path;
  });
}

// Finding 2 of the security issue: Neo4j is restarted when its JVM dies, and the API stays up and clear meanwhile.
describe('a supervised Neo4j whose JVM dies', () => {
  const home = mkdtempSync(join(tmpdir(), 'policygraph-supervision-'));
  const logged: string[] = [];
  const events: SupervisorEvent[] = [];
  let server: SupervisedServer;
  let connection: GraphConnection;
  let app: INestApplication;
  let url: string;
  let checksum: string;
  let firstStartMs: number;

  beforeAll(async () => {
    const started = Date.now();
    server = await superviseLocalNeo4j({
      port: await freePort(),
      homeDir: join(home, 'neo4j'),
      password: PASSWORD,
      heap: '1g', // npm start's default; with 512 MB, recovery after a kill -9 itself ran out of heap now and then
      log: (line: string) => logged.push(line),
      onEvent: (event: SupervisorEvent) => events.push(event),
    });
    firstStartMs = Date.now() - started;
    const config = { uri: server.uri, user: 'neo4j', password: PASSWORD, database: undefined };
    connection = openDriver(config);
    await applySchema(connection);
    await ingestPaths(connection, [join(SEEDS_DIR, '004_6c3dd93e6ca21e83.txt')]);
    checksum = await graphChecksum(connection);
    // As npm start runs it: the API reads the supervisor's state file, so /health can say "restarting".
    app = await createApp({ ...appConfigFromEnv({ PORT: '0' }), corsOrigins: [], readCacheMs: 0, neo4jSupervisorStateFile: server.stateFile }, connection, () =>
      openDriver(config, { maxConnections: 4, acquisitionTimeoutMs: 2_000 }),
    );
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    expect((await timedNeighborhood(url, QH_NDRC)).ok).toBe(true);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await connection?.close();
    await server?.stop();
    process.stderr.write(`supervisor log:\n${logged.join('\n')}\n`);
    rmSync(home, { recursive: true, force: true });
  });

  /**
   * While Neo4j is down after its JVM died: /health says "restarting" and, like a graph read, answers quickly, with a
   * stable code and no host in the text.
   */
  async function expectClearOutage(): Promise<void> {
    const health = await timed(() => fetch(`${url}/health`));
    const body = (await health.value.json()) as { neo4j: string; code: string; error: string };
    const read = await timed(() => graphql(url, 'query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id } } }', { id: QH_NDRC }));
    process.stderr.write(
      `outage: /health ${health.value.status} in ${health.ms.toFixed(0)} ms; neighbourhood ${read.value.errors?.[0]?.extensions?.code} in ${read.ms.toFixed(0)} ms\n`,
    );
    expect(health.value.status).toBe(503);
    expect(body).toMatchObject({ neo4j: 'restarting', code: 'NEO4J_UNAVAILABLE', error: expect.stringContaining('restarting') });
    expect(health.ms).toBeLessThan(OUTAGE_ANSWER_MS);
    expect(read.value.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'NEO4J_UNAVAILABLE' });
    expect(read.value.errors?.[0]?.message).not.toMatch(/127\.0\.0\.1|bolt:/);
    expect(read.ms).toBeLessThan(OUTAGE_ANSWER_MS);
  }

  /**
   * Back by itself within 60 s of the death, serving the same graph through the same API and driver. A restart is a
   * JVM start: when other work loads the 2 cores so much that the first start of this very server took longer than
   * 30 s, the bound is twice that start (the figure is printed either way).
   */
  async function expectBackUnchanged(diedAt: number, oldPid: number, restarts: number): Promise<void> {
    const limit = Math.max(BACK_WITHIN_MS, 2 * firstStartMs);
    // Bolt accepts a moment before the launcher reports ready (it sets the password first): wait for both.
    const back = await waitUntil(async () => server.restarts === restarts && (await fetch(`${url}/health`)).status === 200, limit - (Date.now() - diedAt));
    process.stderr.write(
      `back after ${((Date.now() - diedAt) / 1000).toFixed(1)} s (first start took ${(firstStartMs / 1000).toFixed(1)} s; limit ${limit / 1000} s)\n`,
    );
    expect(back).toBe(true);
    expect(server.pid).not.toBe(oldPid);
    expect(await graphChecksum(connection)).toBe(checksum);
    const query = await timedNeighborhood(url, QH_NDRC);
    expect(query.ok).toBe(true);
  }

  it("is restarted after kill -9 and serves the unchanged graph within 60 s; meanwhile the API answers at once with NEO4J_UNAVAILABLE, /health saying 'restarting'", async () => {
    const pid = server.pid;
    const restarts = server.restarts;
    const exits = events.filter((e) => e.type === 'exit').length;
    process.kill(pid, 'SIGKILL');
    const diedAt = Date.now();
    // The first request after the kill may still be racing the socket close, and the supervisor learns of the exit a
    // moment after the socket closes ("down" until then): "restarting" must be visible soon after.
    expect(await waitUntil(async () => ((await (await fetch(`${url}/health`)).json()) as { neo4j?: string }).neo4j === 'restarting', 5_000)).toBe(true);
    await expectClearOutage();
    await expectBackUnchanged(diedAt, pid, restarts + 1);
    expect(events.filter((e) => e.type === 'exit')[exits]).toMatchObject({ signal: 'SIGKILL', outOfMemory: false });
    expect(logged.join('\n')).toMatch(/Neo4j was killed by SIGKILL after [\d.]+ s up/);
  }, 300_000);

  it('is restarted after its JVM exits on OutOfMemoryError (finding 2), and the log says so', async () => {
    const pid = server.pid;
    const restarts = server.restarts;
    const exits = events.filter((e) => e.type === 'exit').length;
    const direct = connection.driver.session();
    // Sent straight to Neo4j, past the console's parser, which refuses it (read-only-cypher.int.spec.ts).
    const outcome = await direct.run(OUT_OF_MEMORY).then(
      () => 'answered',
      (error: unknown) => String(error),
    );
    await direct.close().catch(() => undefined);
    process.stderr.write(`out-of-memory query: ${outcome}\n`);
    expect(outcome).not.toBe('answered');
    // With a 1 GB heap the JVM collects garbage for a while before it gives up (≈ 31 s in the probe).
    expect(await waitUntil(async () => events.filter((e) => e.type === 'exit').length > exits, 180_000)).toBe(true);
    const diedAt = Date.now();
    expect(events.filter((e) => e.type === 'exit')[exits]).toMatchObject({ outOfMemory: true, signal: null });
    expect(logged.join('\n')).toMatch(/Neo4j exited with code \d+ after [\d.]+ s up: java\.lang\.OutOfMemoryError/);
    await expectBackUnchanged(diedAt, pid, restarts + 1);
  }, 400_000);

  it('answers /health 503 within about 2 s while the JVM is paused (finding 8), and 200 once it runs again', async () => {
    const pid = server.pid;
    process.kill(pid, 'SIGSTOP');
    try {
      const health = await timed(() => fetch(`${url}/health`));
      process.stderr.write(`paused: /health ${health.value.status} in ${health.ms.toFixed(0)} ms\n`);
      expect(health.value.status).toBe(503);
      expect(await health.value.json()).toMatchObject({ neo4j: 'down', code: 'NEO4J_UNAVAILABLE' });
      expect(health.ms).toBeLessThan(OUTAGE_ANSWER_MS);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect(await waitUntil(async () => (await fetch(`${url}/health`)).status === 200, 30_000)).toBe(true);
    expect(server.pid).toBe(pid); // a pause is no exit: nothing restarted
  }, 60_000);

  it('after a kill -9 in the middle of an ingest, reports every file as what the graph holds and runs the inference (finding 8)', async () => {
    const folder = join(home, 'plans');
    const files = writeRegionVariants(folder);
    const restarts = server.restarts;
    let killed = false;
    const waits: string[] = [];
    const summary = await ingestPaths(connection, [folder], {
      reconnectWaitMs: Math.max(BACK_WITHIN_MS, 2 * firstStartMs),
      onReconnectWait: (path) => waits.push(path),
      onFileDone: (outcome: FileOutcome, index: number) => {
        // While the next document is read and stored.
        if (index === 1 && !killed) {
          killed = true;
          process.kill(server.pid, 'SIGKILL');
        }
      },
    });
    const line = describeSummary(summary);
    process.stderr.write(`ingest across a kill -9: ${line}; waited for Neo4j at ${waits.join(', ') || 'no file'}\n`);
    expect(killed).toBe(true);
    expect(server.restarts).toBe(restarts + 1);
    // Every file stored, each reported as stored once, and the inference ran on the whole corpus afterwards.
    expect(summary.outcomes.map((o) => o.ok)).toEqual(files.map(() => true));
    expect(summary).toMatchObject({ files: files.length, added: files.length, failed: 0 });
    expect(summary.ownership).toMatchObject({ ok: true });
    expect(line).toMatch(/ownership inference: \d+ inferred edges/);
    const { records } = await connection.driver.executeQuery('MATCH (d:Document) RETURN d.fileName AS file');
    const stored = records.map((r) => String(r.get('file')));
    for (const file of files) expect(stored).toContain(file.slice(folder.length + 1));
  }, 400_000);
});
