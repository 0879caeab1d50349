import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '@policygraph/extract';
import { applySchema, graphChecksum, openDriver, type GraphConnection } from '@policygraph/graph-store';
import { ingestPaths, type FileOutcome } from '@policygraph/ingest';
import { createApp } from '../../apps/api/src/app.factory';
import { testAppConfig } from '../support/test-app-config';
import { graphql, listenOnFreePort, SEEDS_DIR } from '../support/app-server';
import { waitUntil } from '../support/wait-until';

interface LocalServer {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startLocalNeo4j, freePort } = require('../../tools/neo4j/local-neo4j.cjs') as {
  startLocalNeo4j: (options: object) => Promise<LocalServer>;
  freePort: () => Promise<number>;
};

const PASSWORD = 'policygraph-outage';
const PROVINCES = ['甘肃省', '宁夏回族自治区', '陕西省', '四川省', '贵州省', '山西省', '河北省', '吉林省'];

/** Plans that differ in region (and so in content): the Qinghai seed rewritten for other provinces. */
function writeRegionVariants(folder: string): string[] {
  const seed = readFileSync(join(SEEDS_DIR, '004_6c3dd93e6ca21e83.txt'), 'utf8');
  return PROVINCES.map((province, index) => {
    const short = province.replace(/(省|回族自治区)$/, '');
    const path = join(folder, `${String(index).padStart(2, '0')}-${short}.txt`);
    writeFileSync(path, seed.split('青海省').join(province).split('青海').join(short).split('青政办').join(`${short[0]}政办`));
    return path;
  });
}

async function reset(connection: GraphConnection): Promise<void> {
  const session = connection.driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

describe('Neo4j killed in the middle of an ingest, down longer than the driver retry window, then restarted', () => {
  const home = mkdtempSync(join(tmpdir(), 'policygraph-outage-'));
  const folder = join(home, 'plans');
  let server: LocalServer;
  let port: number;
  let connection: GraphConnection;

  beforeAll(async () => {
    mkdirSync(folder);
    writeRegionVariants(folder);
    port = await freePort();
    server = await startLocalNeo4j({ port, homeDir: join(home, 'neo4j'), password: PASSWORD, heap: '512m' });
    connection = openDriver({ uri: server.uri, user: 'neo4j', password: PASSWORD, database: undefined });
    await applySchema(connection);
    // A cold server start took 129 s on a loaded machine (2 cores, load 12): more than jest's default hook timeout.
  }, 300_000);

  afterAll(async () => {
    await connection?.close();
    await server?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('stores no half-written document, reports the outage, recovers without an API restart, and converges on re-run', async () => {
    const app = await createApp(testAppConfig(), connection);
    const url = await listenOnFreePort(app);
    try {
      // 1. Kill -9 the server right after the third document is stored.
      let stored = 0;
      let killedAt = 0;
      const first = await ingestPaths(connection, [folder], {
        reconnectWaitMs: 1_000, // this server is not supervised: it stays down until the test restarts it
        onFileDone: (outcome: FileOutcome) => {
          if (outcome.ok && ++stored === 3) {
            process.kill(server.pid, 'SIGKILL');
            killedAt = Date.now();
          }
        },
      });
      expect(killedAt).toBeGreaterThan(0);
      expect(first.added).toBe(3);
      const failure = first.outcomes.find((o) => !o.ok);
      expect(failure).toMatchObject({ ok: false, code: 'NEO4J_UNAVAILABLE' });
      expect(first.outcomes.length).toBe(4); // the ingest stops at the outage instead of failing every later file

      // 2. While it is down the API stays up, says what is wrong, and does not crash.
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ neo4j: 'down', error: expect.stringContaining('graph database unavailable') });
      const query = await graphql(url, '{ regions { documents } }');
      expect(query.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

      // 3. Stay down past the driver's 30 s retry window, then restart on the same data folder.
      const downFor = Date.now() - killedAt;
      if (downFor < 32_000) await new Promise((resolve) => setTimeout(resolve, 32_000 - downFor));
      server = await startLocalNeo4j({ port, homeDir: join(home, 'neo4j'), password: PASSWORD, heap: '512m' });
      expect(await waitUntil(async () => (await fetch(`${url}/health`)).status === 200, 60_000, 500)).toBe(true);

      // 4. No half-written document: every stored document has exactly the facts its extraction has.
      const { records } = await connection.driver.executeQuery(
        'MATCH (d:Document) RETURN d.documentId AS id, d.fileName AS file, COUNT { MATCH (n:Entity {documentId: d.documentId}) } AS nodes',
      );
      expect(records.length).toBe(3);
      for (const record of records) {
        const text = readFileSync(join(folder, record.get('file')), 'utf8');
        const expected = extractDocument(text, { documentId: record.get('id'), fileName: record.get('file') }).nodes.filter(
          (n) => !['Region', 'SectorType', 'Department', 'Place', 'Strategy', 'DepartmentFunction'].includes(n.label),
        ).length;
        expect(Number(record.get('nodes'))).toBe(expected);
      }

      // 5. Re-running converges to exactly the graph a clean ingest gives.
      const second = await ingestPaths(connection, [folder]);
      expect(second).toMatchObject({ failed: 0, unchanged: 3, added: PROVINCES.length - 3 });
      const recovered = await graphChecksum(connection);
      await reset(connection);
      const clean = await ingestPaths(connection, [folder]);
      expect(clean.added).toBe(PROVINCES.length);
      expect(await graphChecksum(connection)).toBe(recovered);
    } finally {
      await app.close();
    }
  }, 400_000);
});
