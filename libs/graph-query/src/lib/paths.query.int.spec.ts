import { PolicyGraphError } from '@policygraph/graph-types';
import { useTestNeo4j } from '@policygraph/testing-neo4j';
import { shortestPaths } from './paths.query';

/**
 * Two projects a and b joined four ways, each known by hand (the shortest ones are the answer):
 *   a –APPLIES→ Strategy s ←APPLIES– b                      (2 hops, through a strategy)
 *   a –RESPONSIBLE{inferred}→ department d ←RESPONSIBLE– b  (2 hops, one inferred relationship)
 *   a → department e –HAS_FUNCTION→ function f ←HAS_FUNCTION– department e2 ← b   (4 hops, through a function)
 *   a ←PURSUED_BY– goal g1 –MEASURED_BY→ i ←MEASURED_BY– goal g2 –PURSUED_BY→ b   (4 hops, stated, plain)
 * plus a MENTIONS shortcut, which paths never take.
 */
const FIXTURE = `
  CREATE (a:Entity:Project {id: 'a', label: 'Project', name: '甲项目'}), (b:Entity:Project {id: 'b', label: 'Project', name: '乙项目'})
  CREATE (s:Entity:Strategy {id: 's', label: 'Strategy', name: '数字化'})
  CREATE (d:Entity:Department {id: 'd', label: 'Department', name: '丙厅'})
  CREATE (e:Entity:Department {id: 'e', label: 'Department', name: '丁厅'}), (e2:Entity:Department {id: 'e2', label: 'Department', name: '戊厅'})
  CREATE (f:Entity:DepartmentFunction {id: 'f', label: 'DepartmentFunction', name: '商务'})
  CREATE (g1:Entity:Goal {id: 'g1', label: 'Goal', name: '目标一'}), (g2:Entity:Goal {id: 'g2', label: 'Goal', name: '目标二'})
  CREATE (i:Entity:Indicator {id: 'i', label: 'Indicator', name: '指标'})
  CREATE (doc:Entity:Document {id: 'doc', label: 'Document', name: '文档'})
  CREATE (a)-[:APPLIES]->(s), (b)-[:APPLIES]->(s)
  CREATE (a)-[:RESPONSIBLE {role: 'lead', basis: 'inferred', confidence: 0.5}]->(d), (b)-[:RESPONSIBLE {role: 'lead', basis: 'stated'}]->(d)
  CREATE (a)-[:RESPONSIBLE {role: 'lead', basis: 'stated'}]->(e), (b)-[:RESPONSIBLE {role: 'lead', basis: 'stated'}]->(e2)
  CREATE (e)-[:HAS_FUNCTION]->(f), (e2)-[:HAS_FUNCTION]->(f)
  CREATE (g1)-[:PURSUED_BY]->(a), (g2)-[:PURSUED_BY]->(b), (g1)-[:MEASURED_BY]->(i), (g2)-[:MEASURED_BY]->(i)
  CREATE (doc)-[:MENTIONS]->(a), (doc)-[:MENTIONS]->(b)`;

describe('shortestPaths (real Neo4j)', () => {
  const db = useTestNeo4j();

  beforeAll(async () => {
    await db.connection.driver.executeQuery(FIXTURE);
  });

  const middles = (paths: { nodeIds: string[] }[]): string[] => paths.map((path) => path.nodeIds.slice(1, -1).join(','));

  it('lists the shortest paths, each with its length, never through MENTIONS', async () => {
    const result = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 4, limit: 10 });
    expect(result.paths.map((path) => path.length)).toEqual([2, 2]);
    expect(middles(result.paths).sort()).toEqual(['d', 's']);
    for (const path of result.paths) expect(path.edgeIds).toHaveLength(path.length);
    expect(result.nodes.map((node) => node.id)).not.toContain('doc');
  });

  it('avoids strategies and department functions when told, the ends excepted', async () => {
    const result = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 4, excludeLabels: ['Strategy', 'DepartmentFunction'] });
    expect(middles(result.paths)).toEqual(['d']);
    const avoidingAll = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 4, excludeLabels: ['Strategy', 'DepartmentFunction'], excludeInferred: true });
    expect(avoidingAll.paths.map((path) => [path.length, path.nodeIds.join(',')])).toEqual([[4, 'a,g1,i,g2,b']]);
    const fromStrategy = await shortestPaths(db.connection, { fromId: 's', toId: 'd', maxHops: 2, excludeLabels: ['Strategy'] });
    expect(fromStrategy.paths.map((path) => path.nodeIds.join(',')).sort()).toEqual(['s,a,d', 's,b,d']);
  });

  it('leaves out inferred relationships when told', async () => {
    const result = await shortestPaths(db.connection, { fromId: 'a', toId: 'b', maxHops: 4, excludeLabels: ['Strategy'], excludeInferred: true });
    expect(middles(result.paths).sort()).toEqual(['e,f,e2', 'g1,i,g2']);
    expect(result.edges.some((edge) => edge.properties['basis'] === 'inferred')).toBe(false);
  });

  it('refuses a label outside the closed list', async () => {
    await expect(shortestPaths(db.connection, { fromId: 'a', toId: 'b', excludeLabels: ['Goal) DETACH DELETE (x'] })).rejects.toBeInstanceOf(PolicyGraphError);
  });
});
