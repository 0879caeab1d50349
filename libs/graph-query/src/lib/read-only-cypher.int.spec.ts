import { toGraphBatch } from '@policygraph/graph-model';
import { graphChecksum, storeDocument } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import { samplePlan, useTestNeo4j } from '@policygraph/testing-neo4j';
import { runReadOnlyCypher } from './read-only-cypher';

/** Writes, admin commands, file access and resource abuse an analyst's console must refuse or stop. */
const ABUSE: readonly string[] = [
  'CREATE (n:Department {name: "x"}) RETURN n',
  'CREATE (n)',
  "CREATE (:Region {name: 'fake'})-[:HAS_SECTOR]->(:Sector)",
  'MERGE (n:Department {id: "x"}) RETURN n',
  'MERGE (a:Entity {id: "department:青海省:省商务厅"}) SET a.name = "hacked"',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n:Department) DELETE n',
  'MATCH ()-[r]->() DELETE r',
  'MATCH (n:Department) SET n.name = "x"',
  'MATCH (n:Department) SET n += {hacked: true}',
  'MATCH (n:Department) SET n:Hacked',
  'MATCH (n:Department) REMOVE n.name',
  'MATCH (n:Department) REMOVE n:Department',
  'MATCH (n) WITH n LIMIT 1 CREATE (n)-[:X]->(:Y)',
  'MATCH (a:Department), (b:Department) MERGE (a)-[:CO]->(b)',
  'MATCH (n) FOREACH (x IN [1] | CREATE (:Z))',
  'UNWIND range(1, 10) AS i CREATE (:Spam {i: i})',
  'CALL { CREATE (n:Sub) RETURN n } RETURN n',
  'MATCH (n) CALL (n) { SET n.x = 1 } RETURN count(*)',
  'OPTIONAL MATCH (n:Nothing) WITH n CREATE (:Made)',
  'MATCH (n) WHERE n.name = "x" WITH n DETACH DELETE n RETURN 1',
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  "LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS row RETURN row",
  "load csv from 'https://example.com/x.csv' as r return r",
  "USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS r CREATE (:R)",
  "WITH 1 AS x LOAD CSV FROM 'file:///etc/hosts' AS line RETURN line",
  'CALL dbms.components()',
  'CALL dbms.listConfig()',
  'CALL dbms.showCurrentUser()',
  'CALL dbms.security.createUser("eve", "password12", false)',
  'CALL dbms.killQueries(["x"])',
  'CALL db.createLabel("Hacked")',
  'CALL db.createProperty("hacked")',
  'CALL db.createRelationshipType("HACKED")',
  'CALL db.clearQueryCaches()',
  'CALL db.checkpoint()',
  'CALL db.index.fulltext.drop("entity_text")',
  "CALL db.index.fulltext.createNodeIndex('x', ['A'], ['b'])",
  'CALL dbms.setConfigValue("db.logs.query.enabled", "off")',
  'CALL apoc.create.node(["X"], {}) YIELD node RETURN node',
  'CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})',
  "CALL apoc.load.json('file:///etc/passwd')",
  'CALL db.info()',
  'CALL tx.setMetaData({a: 1})',
  'CREATE INDEX hack IF NOT EXISTS FOR (n:Department) ON (n.hack)',
  'DROP INDEX entity_document',
  'DROP CONSTRAINT entity_id',
  'CREATE CONSTRAINT hack FOR (n:X) REQUIRE n.id IS UNIQUE',
  'CREATE DATABASE hack',
  'DROP DATABASE neo4j',
  'CREATE USER eve SET PASSWORD "password12"',
  'ALTER USER neo4j SET PASSWORD "password12"',
  'GRANT ROLE admin TO eve',
  'SHOW USERS',
  'STOP DATABASE neo4j',
  'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
  'MATCH (n) RETURN n; CREATE (x)',
  'MATCH (n) RETURN n LIMIT 1;MATCH (m) DETACH DELETE m',
  'EXPLAIN CREATE (n)',
  'PROFILE MATCH (n) DETACH DELETE n',
  '// comment\nCREATE (n)',
  '/* read only */ CREATE (n) RETURN n',
  'MATCH (n) RETURN n UNION CREATE (m) RETURN m',
  'CREATE (n) WITH n MATCH (m) RETURN m',
  'WITH "CREATE (n)" AS q CREATE (x {q: q})',
  "MATCH (a), (b), (c), (d), (e) WHERE a.name + b.name + c.name + d.name + e.name = 'x' RETURN count(*)",
  'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 12 RETURN count(i)',
];

describe('runReadOnlyCypher', () => {
  const neo = useTestNeo4j();

  beforeAll(async () => {
    const tasks = Array.from({ length: 40 }, (_, i) => ({ name: `任务${i}`, departments: ['省发展改革委', '省商务厅', `省厅${i % 7}`] }));
    await storeDocument(neo.connection, toGraphBatch(samplePlan('qh', '青海省', tasks), { contentHash: 'h', fileName: 'qh.txt' }));
  });

  it(`refuses or stops each of ${ABUSE.length} write, admin, file and resource abuse attempts, leaving the graph unchanged`, async () => {
    expect(ABUSE.length).toBeGreaterThanOrEqual(60);
    const before = await graphChecksum(neo.connection);
    const outcomes: string[] = [];
    for (const query of ABUSE) {
      try {
        await runReadOnlyCypher(neo.connection, query, {}, { timeoutMs: 1_500, rowCap: 100 });
        outcomes.push(`ALLOWED: ${query}`);
      } catch (error) {
        const code = error instanceof PolicyGraphError ? error.code : `not a PolicyGraphError: ${String(error)}`;
        if (!['CYPHER_REJECTED', 'CYPHER_TIMEOUT', 'BAD_REQUEST'].includes(code)) outcomes.push(`${code}: ${query}: ${(error as Error).message}`);
      }
    }
    expect(outcomes).toEqual([]);
    expect(await graphChecksum(neo.connection)).toBe(before);
  });

  it('tells the user plainly that the console is read-only', async () => {
    await expect(runReadOnlyCypher(neo.connection, 'CREATE (n) RETURN n')).rejects.toThrow(/The Cypher console is read-only: this query would (read and )?write the graph|write to the graph/);
    await expect(runReadOnlyCypher(neo.connection, "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r")).rejects.toThrow(/LOAD CSV is not allowed/);
  });

  it('returns a table and the graph elements in it for a read query, with parameters', async () => {
    const result = await runReadOnlyCypher(
      neo.connection,
      'MATCH (p:Project)-[r:RESPONSIBLE {role: "lead"}]->(d:Department {name: $name}) RETURN p, r, d, p.name AS task ORDER BY task LIMIT $n',
      { name: '省发展改革委', n: 3 },
    );
    expect(result.columns).toEqual(['p', 'r', 'd', 'task']);
    expect(result.rows.map((row) => row[3])).toEqual(['任务0', '任务1', '任务10']);
    expect(result.nodes.map((n) => n.label).sort()).toEqual(['Department', 'Project', 'Project', 'Project']);
    expect(result.edges).toHaveLength(3);
    expect(result.edges[0]).toMatchObject({ type: 'RESPONSIBLE', target: 'department:青海省:省发展改革委' });
  });

  it('cuts the result at the row cap and says so', async () => {
    const result = await runReadOnlyCypher(neo.connection, 'UNWIND range(1, 100) AS i RETURN i', {}, { rowCap: 10 });
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
  });

  it('stops a slow query at the timeout with a message that says what to do', async () => {
    await expect(
      runReadOnlyCypher(neo.connection, 'UNWIND range(1, 1000000000) AS i WITH i WHERE i = -1 RETURN count(i)', {}, { timeoutMs: 500 }),
    ).rejects.toMatchObject({ code: 'CYPHER_TIMEOUT' });
  });

  it('allows the schema procedures the console autocompletes from', async () => {
    const result = await runReadOnlyCypher(neo.connection, 'CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(result.rows.flat()).toEqual(expect.arrayContaining(['Department', 'Project', 'Region']));
  });
});
