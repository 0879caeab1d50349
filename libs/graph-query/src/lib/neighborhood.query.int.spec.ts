import { PolicyGraphError } from '@policygraph/graph-types';
import { useTestNeo4j } from '@policygraph/testing-neo4j';
import { neighborhood, subgraphOf } from './neighborhood.query';

/**
 * A department leading five projects and (inferred) their goal; two projects pursue that goal, which also has an
 * indicator, and one project is located in a place. Small enough to know every answer by hand.
 */
const FIXTURE = `
  CREATE (d:Entity:Department {id: 'd', label: 'Department', name: '省商务厅'})
  WITH d
  UNWIND range(1, 5) AS i
  CREATE (p:Entity:Project {id: 'p' + i, label: 'Project', name: '项目' + i})-[:RESPONSIBLE {role: 'lead', evidenceJson: '[{"documentId":"doc","start":1,"end":5,"quote":"省商务厅牵头","section":"一"}]'}]->(d)
  WITH collect(p) AS ps
  WITH ps[0] AS p1, ps[1] AS p2
  CREATE (g:Entity:Goal {id: 'g', label: 'Goal', name: '目标'})
  CREATE (i:Entity:Indicator {id: 'i', label: 'Indicator', name: '指标'})
  CREATE (pl:Entity:Place {id: 'pl', label: 'Place', name: '滇中'})
  CREATE (g)-[:MEASURED_BY]->(i)
  CREATE (g)-[:PURSUED_BY]->(p1), (g)-[:PURSUED_BY]->(p2)
  CREATE (p1)-[:LOCATED_IN]->(pl)
  WITH g
  MATCH (d:Department {id: 'd'})
  CREATE (g)-[:RESPONSIBLE {role: 'lead', basis: 'inferred'}]->(d)`;

describe('neighborhood (real Neo4j)', () => {
  const db = useTestNeo4j();

  beforeAll(async () => {
    await db.connection.driver.executeQuery(FIXTURE);
  });

  it('returns the start node, its neighbours, and the edges among the neighbours in one depth-1 answer', async () => {
    const graph = await neighborhood(db.connection, { id: 'p1', depth: 1 });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['d', 'g', 'p1', 'pl']);
    expect(graph.edges.map((e) => e.id).sort()).toEqual(['g>PURSUED_BY>p1', 'g>RESPONSIBLE>d', 'p1>LOCATED_IN>pl', 'p1>RESPONSIBLE>d']);
    expect(graph.leftOut).toEqual([]);
    const responsible = graph.edges.find((e) => e.type === 'RESPONSIBLE')!;
    expect(responsible.properties['role']).toBe('lead');
    expect(responsible.evidence[0]?.quote).toBe('省商务厅牵头');
  });

  it('adds edges between two neighbours that the walk from the start does not traverse', async () => {
    const graph = await neighborhood(db.connection, { id: 'g', depth: 1 });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['d', 'g', 'i', 'p1', 'p2']);
    expect(graph.edges.map((e) => e.id).sort()).toEqual([
      'g>MEASURED_BY>i',
      'g>PURSUED_BY>p1',
      'g>PURSUED_BY>p2',
      'g>RESPONSIBLE>d',
      'p1>RESPONSIBLE>d',
      'p2>RESPONSIBLE>d',
    ]);
  });

  it('counts what the limit left out, per relationship type and label', async () => {
    const graph = await neighborhood(db.connection, { id: 'd', depth: 1, limit: 2 });
    expect(graph.nodes).toHaveLength(3);
    // Ordered by type, then name: 目标 (the goal) and 项目1 come first; four projects are left out.
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['d', 'g', 'p1']);
    expect(graph.leftOut).toEqual([{ type: 'RESPONSIBLE', label: 'Project', count: 4 }]);
  });

  it('walks further hops breadth-first and collects the edges among everything it reached', async () => {
    const graph = await neighborhood(db.connection, { id: 'd', depth: 2 });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['d', 'g', 'i', 'p1', 'p2', 'p3', 'p4', 'p5', 'pl']);
    // Edges between first-hop neighbours (goal → project) come from the final among-query.
    expect(graph.edges.filter((e) => e.type === 'PURSUED_BY')).toHaveLength(2);
    expect(graph.edges).toHaveLength(5 + 1 + 2 + 1 + 1);
  });

  it('filters by relationship type and neighbour label', async () => {
    const graph = await neighborhood(db.connection, { id: 'p1', relTypes: ['RESPONSIBLE', 'LOCATED_IN'], labels: ['Place'] });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['p1', 'pl']);
  });

  it('returns the same elements without properties or evidence when details are not asked for', async () => {
    for (const depth of [1, 2]) {
      const full = await neighborhood(db.connection, { id: 'p1', depth });
      const summary = await neighborhood(db.connection, { id: 'p1', depth, details: false });
      expect(summary.nodes.map((n) => `${n.id}|${n.label}|${n.name}`).sort()).toEqual(full.nodes.map((n) => `${n.id}|${n.label}|${n.name}`).sort());
      expect(summary.edges.map((e) => e.id).sort()).toEqual(full.edges.map((e) => e.id).sort());
      expect(summary.edges.every((e) => e.evidence.length === 0 && Object.keys(e.properties).length === 0)).toBe(true);
    }
    expect((await neighborhood(db.connection, { id: 'p1' })).edges.some((e) => e.evidence.length > 0)).toBe(true);
  });

  it('finds edges touching hubs (over 1,000 relationships) from the other end, and edges between two hubs', async () => {
    // Apart from the fixture above: a place every project is in, inside a region that holds a thousand places.
    await db.connection.driver.executeQuery(`
      CREATE (q:Entity:Project {id: 'q', label: 'Project', name: '园区项目'})
      CREATE (hub:Entity:Place {id: 'hub', label: 'Place', name: '园区'})
      CREATE (hub2:Entity:Region {id: 'hub2', label: 'Region', name: '某省'})
      CREATE (q)-[:LOCATED_IN]->(hub), (hub)-[:PART_OF]->(hub2)
      WITH hub, hub2
      UNWIND range(1, 1100) AS i
      CREATE (:Entity:Project {id: 'x' + i, label: 'Project', name: 'x'})-[:LOCATED_IN]->(hub)
      CREATE (:Entity:Place {id: 'y' + i, label: 'Place', name: 'y'})-[:PART_OF]->(hub2)`);
    const graph = await subgraphOf(db.connection, ['q', 'hub', 'hub2', 'x7']);
    expect(graph.edges.map((e) => e.id).sort()).toEqual(['hub>PART_OF>hub2', 'q>LOCATED_IN>hub', 'x7>LOCATED_IN>hub']);
  });

  it('names an unknown id and refuses a depth beyond the cap', async () => {
    await expect(neighborhood(db.connection, { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(neighborhood(db.connection, { id: 'd', depth: 4 })).rejects.toBeInstanceOf(PolicyGraphError);
  });
});
