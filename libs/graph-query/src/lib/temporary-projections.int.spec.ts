import { randomUUID } from 'node:crypto';
import { useTestNeo4j } from '@policygraph/testing-neo4j';
import { sweepStaleProjections, TEMPORARY_PROJECTION_PREFIXES } from './temporary-projections';

describe('sweepStaleProjections (real Neo4j with Graph Data Science)', () => {
  const db = useTestNeo4j();
  const run = randomUUID();
  // Scoped to this run so the sweep with a moved clock can never reach a projection of another test.
  const ours = `${TEMPORARY_PROJECTION_PREFIXES.graphStatistics}sweep-${run}-`;
  const stale = `${ours}stale`;
  const fresh = `${ours}fresh`;
  const foreign = `someone-else-${run}`;
  // Holds our prefix, but not at the start: someone else's too.
  const lookalike = `x-${ours}lookalike`;
  const created: string[] = [];

  /** A one-node projection (a number stands for the node, nothing stored is needed); its creation time in ms. */
  async function project(graphName: string): Promise<number> {
    created.push(graphName);
    const { records } = await db.connection.driver.executeQuery('RETURN gds.graph.project($graphName, 0, null).graphName AS graphName', { graphName });
    expect(records[0]?.get('graphName')).toBe(graphName);
    const listed = await db.connection.driver.executeQuery('CALL gds.graph.list($graphName) YIELD creationTime RETURN creationTime.epochMillis AS ms', {
      graphName,
    });
    return Number(listed.records[0]?.get('ms'));
  }

  async function projectionsOfThisRun(): Promise<string[]> {
    const { records } = await db.connection.driver.executeQuery('CALL gds.graph.list() YIELD graphName RETURN graphName');
    return records
      .map((record) => String(record.get('graphName')))
      .filter((name) => name.includes(run))
      .sort();
  }

  // afterEach: useTestNeo4j's afterAll closes the driver before any afterAll declared here would run.
  afterEach(async () => {
    for (const graphName of created.splice(0))
      await db.connection.driver.executeQuery('CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName', { graphName });
    expect(await projectionsOfThisRun()).toEqual([]);
  });

  it('drops only our projections older than the age given, and leaves a young one and foreign ones alone', async () => {
    const staleCreated = await project(stale);
    await project(foreign);
    await project(lookalike);
    // Creation times have millisecond resolution: a second apart, the two are told apart whatever the load.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const freshCreated = await project(fresh);
    expect(freshCreated - staleCreated).toBeGreaterThanOrEqual(1_000);
    const maxAgeSeconds = 300;
    // A clock at which the stale one is older than maxAgeSeconds and the fresh one younger (by half a second each way).
    const now = new Date(freshCreated + maxAgeSeconds * 1_000 - 500);

    const sweep = await sweepStaleProjections(db.connection, { maxAgeSeconds, now, prefixes: [ours, 'someone-else-never-'] });

    expect(sweep).toEqual({ gdsAvailable: true, dropped: [stale] });
    expect(await projectionsOfThisRun()).toEqual([foreign, fresh, lookalike].sort());
  });

  it('leaves a projection of a live request alone when sweeping with the default prefixes and the server clock', async () => {
    const young = `${TEMPORARY_PROJECTION_PREFIXES.paths}sweep-${run}`;
    await project(young);

    const sweep = await sweepStaleProjections(db.connection, { maxAgeSeconds: 300 });

    expect(sweep.gdsAvailable).toBe(true);
    expect(sweep.dropped).not.toContain(young);
    expect(await projectionsOfThisRun()).toContain(young);
  });

  it('measures ages on the server clock when no time is given: at age 0, one made a moment ago is stale', async () => {
    const leaked = `${TEMPORARY_PROJECTION_PREFIXES.regionSimilarity}sweep-${run}`;
    await project(leaked);
    // The server's clock moves past the creation time (ms resolution) before the sweep compares them.
    await new Promise((resolve) => setTimeout(resolve, 50));

    const sweep = await sweepStaleProjections(db.connection, { maxAgeSeconds: 0, prefixes: [leaked] });

    expect(sweep.dropped).toEqual([leaked]);
    expect(await projectionsOfThisRun()).not.toContain(leaked);
  });
});
