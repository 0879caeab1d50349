import type { Driver } from 'neo4j-driver';
import { PolicyGraphError } from '@policygraph/graph-types';
import { useTestNeo4j } from '@policygraph/testing-neo4j';
import { isGdsMissing } from './gds-availability';
import { allShortestPaths, kShortestPaths, shortestPaths, type PathsArgs } from './paths.query';
import { readQuery } from './read-query';

/**
 * Two projects a and b joined four ways that share no node but the ends, so the loopless paths between them are
 * exactly these four, known by hand:
 *   a –APPLIES→ Strategy s ←APPLIES– b                                                   (2 hops, through a strategy)
 *   a –RESPONSIBLE{inferred}→ department d ←RESPONSIBLE– goal g –PURSUED_BY→ b           (3 hops, one inferred)
 *   a → department e –HAS_FUNCTION→ function f ←HAS_FUNCTION– department e2 ← b           (4 hops, through a function)
 *   a ←PURSUED_BY– goal g1 –MEASURED_BY→ i –REPORTED_BY→ department r ←RESPONSIBLE– goal g2 –PURSUED_BY→ b  (5, stated)
 * plus a document that MENTIONS both (a 2-hop shortcut paths never take).
 */
const FIXTURE = `
  CREATE (a:Entity:Project {id: 'a', label: 'Project', name: '甲项目'}), (b:Entity:Project {id: 'b', label: 'Project', name: '乙项目'})
  CREATE (s:Entity:Strategy {id: 's', label: 'Strategy', name: '数字化'})
  CREATE (d:Entity:Department {id: 'd', label: 'Department', name: '丙厅'}), (g:Entity:Goal {id: 'g', label: 'Goal', name: '目标'})
  CREATE (e:Entity:Department {id: 'e', label: 'Department', name: '丁厅'}), (e2:Entity:Department {id: 'e2', label: 'Department', name: '戊厅'})
  CREATE (f:Entity:DepartmentFunction {id: 'f', label: 'DepartmentFunction', name: '商务'})
  CREATE (g1:Entity:Goal {id: 'g1', label: 'Goal', name: '目标一'}), (g2:Entity:Goal {id: 'g2', label: 'Goal', name: '目标二'})
  CREATE (i:Entity:Indicator {id: 'i', label: 'Indicator', name: '指标'}), (r:Entity:Department {id: 'r', label: 'Department', name: '统计局'})
  CREATE (doc:Entity:Document {id: 'doc', label: 'Document', name: '文档'}), (:Entity:Region {id: 'alone', label: 'Region', name: '孤岛'})
  CREATE (a)-[:APPLIES]->(s), (b)-[:APPLIES]->(s)
  CREATE (a)-[:RESPONSIBLE {role: 'lead', basis: 'inferred', confidence: 0.5}]->(d), (g)-[:RESPONSIBLE {role: 'lead', basis: 'stated'}]->(d), (g)-[:PURSUED_BY]->(b)
  CREATE (a)-[:RESPONSIBLE {role: 'lead', basis: 'stated'}]->(e), (b)-[:RESPONSIBLE {role: 'lead', basis: 'stated'}]->(e2)
  CREATE (e)-[:HAS_FUNCTION]->(f), (e2)-[:HAS_FUNCTION]->(f)
  CREATE (g1)-[:PURSUED_BY]->(a), (g1)-[:MEASURED_BY]->(i), (i)-[:REPORTED_BY]->(r), (g2)-[:RESPONSIBLE {role: 'lead', basis: 'stated'}]->(r), (g2)-[:PURSUED_BY]->(b)
  CREATE (doc)-[:MENTIONS]->(a), (doc)-[:MENTIONS]->(b)`;

describe('shortestPaths (real Neo4j with Graph Data Science)', () => {
  const db = useTestNeo4j();

  beforeAll(async () => {
    await db.connection.driver.executeQuery(FIXTURE);
  });

  const lengths = (paths: { length: number }[]): number[] => paths.map((path) => path.length);
  const middles = (paths: { nodeIds: string[] }[]): string[] => paths.map((path) => path.nodeIds.slice(1, -1).join(','));

  it("lists k paths of increasing length (Yen's), each with its length and relationships, never through MENTIONS", async () => {
    const result = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 6, limit: 3 });
    expect(result.algorithm).toBe('k-shortest');
    expect(result.notice).toBeNull();
    expect(lengths(result.paths)).toEqual([2, 3, 4]);
    expect(middles(result.paths)).toEqual(['s', 'd,g', 'e,f,e2']);
    expect(result.paths[1]!.edgeIds).toEqual(['a>RESPONSIBLE>d', 'g>RESPONSIBLE>d', 'g>PURSUED_BY>b']);
    for (const path of result.paths) expect(path.edgeIds).toHaveLength(path.length);
    expect(result.nodes.map((node) => node.id)).not.toContain('doc');
    expect(result.edges.map((edge) => edge.id).sort()).toEqual(result.paths.flatMap((path) => path.edgeIds).sort());

    const all = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 6, limit: 10 });
    expect(lengths(all.paths)).toEqual([2, 3, 4, 5]);
    const short = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 4, limit: 10 });
    expect(lengths(short.paths)).toEqual([2, 3, 4]);
  });

  it('avoids strategies, department functions and inferred relationships when told, the ends excepted', async () => {
    const noStrategy = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 6, limit: 3, excludeLabels: ['Strategy'] });
    expect(lengths(noStrategy.paths)).toEqual([3, 4, 5]);
    const noHubs = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 6, excludeLabels: ['Strategy', 'DepartmentFunction'] });
    expect(middles(noHubs.paths)).toEqual(['d,g', 'g1,i,r,g2']);
    const stated = await shortestPaths(db.connection, {
      fromId: 'a',
      toId: 'b',
      maxHops: 6,
      excludeLabels: ['Strategy', 'DepartmentFunction'],
      excludeInferred: true,
    });
    expect(stated.paths.map((path) => [path.length, path.nodeIds.join(',')])).toEqual([[5, 'a,g1,i,r,g2,b']]);
    expect(stated.edges.some((edge) => edge.properties['basis'] === 'inferred')).toBe(false);
    const fromStrategy = await shortestPaths(db.connection, { fromId: 's', toId: 'd', maxHops: 3, excludeLabels: ['Strategy'] });
    expect(fromStrategy.paths.map((path) => path.nodeIds.join(','))).toEqual(['s,a,d', 's,b,g,d']);
  });

  it('searches only the nodes a path of at most maxHops can reach, and finds what the whole graph gives', async () => {
    const adjacent = await shortestPaths(db.connection, { fromId: 'a', toId: 's', maxHops: 1 });
    expect(adjacent.paths.map((path) => path.nodeIds.join(','))).toEqual(['a,s']);
    expect((await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 1 })).paths).toEqual([]);
    expect((await shortestPaths(db.connection, { fromId: 'alone', toId: 'b', maxHops: 6 })).paths).toEqual([]);
    const asked: PathsArgs[] = [];
    for (const maxHops of [1, 3, 5]) {
      for (const [fromId, toId] of [
        ['a', 'b'],
        ['s', 'd'],
        ['g1', 'f'],
        ['i', 'e2'],
      ] as const) {
        asked.push({ fromId, toId, maxHops, limit: 10, excludeLabels: [], excludeInferred: false });
        asked.push({ fromId, toId, maxHops, limit: 10, excludeLabels: ['Strategy', 'DepartmentFunction'], excludeInferred: true });
      }
    }
    const routes = (paths: { nodeIds: string[] }[]): string[] => paths.map((path) => path.nodeIds.join(',')).sort();
    for (const args of asked) {
      const [bounded, whole] = [await kShortestPaths(db.connection, args, 'bounded'), await kShortestPaths(db.connection, args, 'whole')];
      expect({ args, routes: routes(bounded.paths) }).toEqual({ args, routes: routes(whole.paths) });
    }
  });

  it('finds nothing for an unknown end and leaves no projection behind', async () => {
    const result = await shortestPaths(db.connection, { fromId: 'a', toId: 'nowhere' });
    expect(result.paths).toEqual([]);
    await expect(pathProjectionsWithin(db.connection.driver, 15_000)).resolves.toEqual([]);
  });

  it('without GDS, falls back to the shortest paths only (all of one length)', async () => {
    const result = await allShortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 6, limit: 10 });
    expect(result.algorithm).toBe('all-shortest');
    expect(result.paths.map((path) => [path.length, path.nodeIds.join(',')])).toEqual([[2, 'a,s,b']]);
    const stated = await allShortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 6, limit: 10, excludeLabels: ['Strategy'], excludeInferred: true });
    expect(middles(stated.paths)).toEqual(['e,f,e2']);
  });

  it("tells the server's 'no such gds function or procedure' errors from other failures", async () => {
    const failure = (cypher: string): Promise<unknown> =>
      readQuery(db.connection, cypher, {}, 'probing').then(
        () => null,
        (error: unknown) => error,
      );
    expect(isGdsMissing(await failure('RETURN gds.noSuchFunction(1) AS x'))).toBe(true);
    expect(isGdsMissing(await failure('CALL gds.noSuch.stream() YIELD nodeId RETURN nodeId'))).toBe(true);
    expect(isGdsMissing(await failure('RETURN 1 +'))).toBe(false);
  });

  it('refuses a label outside the closed list', async () => {
    await expect(shortestPaths(db.connection, { fromId: 'a', toId: 'b', excludeLabels: ['Goal) DETACH DELETE (x'] })).rejects.toBeInstanceOf(PolicyGraphError);
  });
});

/** The paths projections left on the server, polled until none remain or `ms` has passed (tests run concurrently). */
async function pathProjectionsWithin(driver: Driver, ms: number): Promise<string[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const { records } = await driver.executeQuery('CALL gds.graph.list() YIELD graphName RETURN graphName');
    const names = records.map((record) => String(record.get('graphName'))).filter((name) => name.startsWith('paths-'));
    if (names.length === 0 || Date.now() > deadline) return names;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
