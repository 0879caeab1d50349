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
  'CALL db.index.fulltext.drop("entity_text_search")',
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
  // Comment, quote and escape tricks: the lexer decides what is a comment or a string, not a regular expression.
  "/* ' */ SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS q /* ' */",
  "/* ' */ TERMINATE TRANSACTIONS 'neo4j-transaction-128' /* ' */",
  '/* " */ SHOW SETTINGS /* " */',
  "// '\nSHOW TRANSACTIONS",
  "RETURN '/*' AS a; CREATE (n) //*/",
  'RETURN "\\"" AS q; CREATE (n)',
  "RETURN '\\'' AS q UNION CREATE (n) RETURN 1 AS q",
  'RETURN 1 AS `x` ; DROP INDEX entity_document',
  'MATCH (n) RETURN n /* unterminated',
  "RETURN 'unterminated",
  'MATCH (`n`) SET `n`.x = 1',
  'MATCH (n) SET n.`name` = "x"',
  'MATCH (n) /**/SET/**/n.x=1',
  'MATCH (n)\tSET\tn.x = 1',
  'MATCH (n)\u00a0SET n.x = 1',
  'MATCH (n) SE\u0054 n.x = 1',
  'ｃｒｅａｔｅ (n)',
  'CREATE\u200b(n)',
  'CREATE/*\u2028*/(n)',
  "MATCH (n) WHERE n.name = '\u0027 OR 1=1' CREATE (x)",
  'match (n) detach delete n',
  'MaTcH (n) DeTaCh DeLeTe n',
  'cReAtE (n)',
  // Administration and server information, in every spelling.
  'SHOW TRANSACTIONS',
  'SHOW TRANSACTIONS YIELD *',
  'show transactions',
  'SHOW SETTINGS',
  'SHOW SETTINGS YIELD name, value',
  'SHOW PROCEDURES',
  'SHOW FUNCTIONS',
  'SHOW DATABASES',
  'SHOW DATABASE neo4j',
  'SHOW INDEXES',
  'SHOW CONSTRAINTS',
  'SHOW CURRENT USER',
  'SHOW PRIVILEGES',
  'SHOW ROLES',
  'SHOW SERVERS',
  'SHOW ALIASES FOR DATABASE',
  'TERMINATE TRANSACTION "neo4j-transaction-1"',
  'terminate transactions "x"',
  'START DATABASE neo4j',
  'CREATE OR REPLACE DATABASE neo4j',
  'ALTER DATABASE neo4j SET ACCESS READ ONLY',
  'CREATE ROLE eve',
  'DENY READ {*} ON GRAPH * TO PUBLIC',
  'REVOKE ROLE admin FROM neo4j',
  'USE system SHOW USERS',
  'USE system MATCH (n) RETURN n',
  'CYPHER runtime=interpreted MATCH (n) RETURN n',
  'CYPHER 25 MATCH (n) RETURN n',
  ':play movies',
  ':param x => 1',
  // Procedures and functions outside the allow-list.
  'CALL dbms.listConfig() YIELD name, value RETURN name, value',
  'CALL dbms.procedures()',
  'CALL dbms.functions()',
  'CALL dbms.listConnections()',
  'CALL dbms.cluster.overview()',
  'CALL db.stats.retrieve("GRAPH COUNTS")',
  'CALL db.ping()',
  'CALL db.indexes()',
  'CALL db.schemaStatements()',
  'CALL db.resampleOutdatedIndexes()',
  'CALL db.prepareForReplanning()',
  'CALL db.awaitIndexes(300)',
  'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
  'CALL DB.LABELS() YIELD label CREATE (:X {l: label})',
  'CALL `dbms`.`listConfig`()',
  'CALL dbms . listConfig()',
  'MATCH (n) CALL db.createLabel("X") RETURN n',
  'RETURN db.nameFromElementId("4:x:1") AS name',
  'RETURN apoc.version()',
  'RETURN gds.version()',
  'RETURN dbms.components()',
  // Subquery forms the parser cannot check.
  'CALL { MATCH (n) RETURN n } RETURN n',
  'MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN n LIMIT 1',
  'MATCH (n) RETURN COUNT { (n)-->() } AS degree',
  'MATCH (n) RETURN COLLECT { MATCH (n)-->(m) RETURN m } AS ms',
  'MATCH (n) CALL (n) { RETURN 1 AS x } RETURN x',
  'FINISH',
  'MATCH (n) FILTER n.x = 1 RETURN n',
  'LET x = 1 RETURN x',
  // Nesting: refused before anything reaches Neo4j's parser.
  'RETURN ' + '['.repeat(400) + '1' + ']'.repeat(400) + ' AS x',
  'RETURN ' + '['.repeat(21) + '1' + ']'.repeat(21) + ' AS x',
  'RETURN ' + '('.repeat(200) + '1' + ')'.repeat(200) + ' AS x',
  'RETURN ' + '{a:'.repeat(100) + '1' + '}'.repeat(100) + ' AS x',
  'RETURN ' + 'size('.repeat(60) + '[1]' + ')'.repeat(60) + ' AS x',
  'RETURN ' + '[x IN '.repeat(30) + '[1]' + ' | x]'.repeat(30) + ' AS x',
  'MATCH ' + '('.repeat(50) + 'n' + ')'.repeat(50) + ' RETURN n',
  'RETURN ' + '['.repeat(400) + '1',
  // Resource exhaustion: refused statically where the timeout would not stop them.
  "RETURN size(reduce(s='x', i IN range(1,34) | s + s)) AS n",
  "RETURN size(reduce(s='', i IN range(1,20000000) | s + 'a')) AS n",
  'RETURN size(reduce(s=[], i IN range(1,30) | s + s)) AS n',
  "RETURN size(reduce(s='x', i IN range(1,30) | replace(s, 'x', 'xx'))) AS n",
  'RETURN reduce(s={}, i IN range(1,30) | {a: s, b: s}) AS n',
  "WITH 'x' AS seed RETURN size(reduce(s=seed, i IN range(1,34) | s + s)) AS n",
  'RETURN size(reduce(s=$seed, i IN range(1,34) | s + s)) AS n',
  'UNWIND range(1, 100000000) AS i RETURN collect(i)[0]',
  'RETURN size(range(1, 100000000)) AS n',
  'RETURN size([x IN range(1, 1000000000) | x]) AS n',
  'RETURN range(0, 9223372036854775807) AS r',
  'RETURN range(-9223372036854775807, 0) AS r',
  'RETURN range(1, 10, 0) AS r',
  'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)',
  'UNWIND range(1, 5000) AS a UNWIND range(1, 5000) AS b UNWIND range(1, 5000) AS c RETURN count(*)',
  'RETURN [a IN range(1, 50000) | [b IN range(1, 50000) | a * b]] AS grid',
  'RETURN range(1, $big) AS r',
];

/** Reading queries an analyst writes, which every guard must let through. */
const READS: readonly string[] = [
  'MATCH (n:Department) RETURN n.name AS name ORDER BY name LIMIT 5',
  'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY n DESC',
  'OPTIONAL MATCH (n:Nothing) RETURN n',
  'MATCH (p:Project)-[r:RESPONSIBLE]->(d:Department) WHERE r.role = "lead" RETURN d.name, count(p) AS tasks ORDER BY tasks DESC LIMIT 3',
  'MATCH (p:Project) WHERE NOT (p)-[:RESPONSIBLE]->(:Department) RETURN count(p) AS unowned',
  'MATCH path = (a:Project)-[*1..2]-(b:Department) RETURN length(path) AS hops LIMIT 5',
  'MATCH (d:Department) WITH d.name AS name, size(d.name) AS len WHERE len > 2 RETURN name ORDER BY len DESC LIMIT 3',
  'UNWIND range(1, 100) AS i RETURN sum(i) AS total',
  'RETURN reduce(total = 0, i IN range(1, 1000) | total + i) AS total',
  'MATCH (d:Department) RETURN d { .name, .id } AS department LIMIT 2',
  'MATCH (d:Department) RETURN [x IN collect(d.name) WHERE x STARTS WITH "省" | x][0..3] AS names',
  'MATCH (d:Department) RETURN CASE WHEN d.name CONTAINS "商务" THEN "commerce" ELSE "other" END AS kind, count(*) AS n',
  'CALL db.labels() YIELD label RETURN label ORDER BY label',
  'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
  'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey LIMIT 3',
  'MATCH (a:Department) RETURN a.name AS name LIMIT 1 UNION MATCH (b:Project) RETURN b.name AS name LIMIT 1',
  'RETURN date("2025-01-01").year AS year, duration("P1D").days AS days',
  "MATCH (n) WHERE n.name =~ '.*商务.*' RETURN count(n) AS n // a comment with CREATE in it",
  "RETURN 'CREATE (n); SHOW TRANSACTIONS' AS text",
  'MATCH (n:Department) RETURN n.`name` AS `部门` LIMIT 1',
];

describe('runReadOnlyCypher', () => {
  const neo = useTestNeo4j();

  beforeAll(async () => {
    const tasks = Array.from({ length: 40 }, (_, i) => ({ name: `任务${i}`, departments: ['省发展改革委', '省商务厅', `省厅${i % 7}`] }));
    await storeDocument(neo.connection, toGraphBatch(samplePlan('qh', '青海省', tasks), { contentHash: 'h', fileName: 'qh.txt' }));
  });

  it(`refuses or stops each of ${ABUSE.length} write, admin, file and resource abuse attempts, leaving the graph unchanged`, async () => {
    expect(ABUSE.length).toBeGreaterThanOrEqual(150);
    const before = await graphChecksum(neo.connection);
    const outcomes: string[] = [];
    for (const query of ABUSE) {
      try {
        await runReadOnlyCypher(neo.connection, query, { seed: 'x', big: 1e12 }, { timeoutMs: 1_500, rowCap: 100 });
        outcomes.push(`ALLOWED: ${query}`);
      } catch (error) {
        const code = error instanceof PolicyGraphError ? error.code : `not a PolicyGraphError: ${String(error)}`;
        if (!['CYPHER_REJECTED', 'CYPHER_TIMEOUT', 'BAD_REQUEST'].includes(code)) outcomes.push(`${code}: ${query}: ${(error as Error).message}`);
      }
    }
    expect(outcomes).toEqual([]);
    expect(await graphChecksum(neo.connection)).toBe(before);
  });

  it(`runs each of ${READS.length} reading queries an analyst writes`, async () => {
    const refused: string[] = [];
    for (const query of READS) {
      try {
        await runReadOnlyCypher(neo.connection, query, {}, { timeoutMs: 5_000, rowCap: 100 });
      } catch (error) {
        refused.push(`${query}: ${(error as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('refuses what Neo4j could not stop, before sending it, saying why', async () => {
    await expect(runReadOnlyCypher(neo.connection, "RETURN size(reduce(s='x', i IN range(1,34) | s + s)) AS n")).rejects.toThrow(
      /reduce\(\) may only add up numbers/,
    );
    await expect(runReadOnlyCypher(neo.connection, `RETURN ${'['.repeat(400)}1${']'.repeat(400)} AS x`)).rejects.toThrow(/nests brackets more than 20 levels/);
    await expect(runReadOnlyCypher(neo.connection, "/* ' */ SHOW TRANSACTIONS YIELD transactionId AS id /* ' */")).rejects.toThrow(
      /could not check this query/,
    );
    await expect(runReadOnlyCypher(neo.connection, 'UNWIND range(1, 100000000) AS i RETURN count(i)')).rejects.toThrow(/range\(\) of 100,000,000 elements/);
  });

  it('tells the user plainly that the console is read-only', async () => {
    await expect(runReadOnlyCypher(neo.connection, 'CREATE (n) RETURN n')).rejects.toThrow(
      /The Cypher console is read-only: this query would (read and )?write the graph|write to the graph/,
    );
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
    // Neo4j checks transaction timeouts every couple of seconds, so the query must outlast that on an idle machine:
    // 72 million rows with a string each take several seconds idle (9 million took 0.6–0.75 s and escaped the check).
    await expect(
      runReadOnlyCypher(
        neo.connection,
        'UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND [1, 2, 3, 4, 5, 6, 7, 8] AS c WITH a, b, c WHERE toString(a * b + c) ENDS WITH "x" RETURN count(*)',
        {},
        { timeoutMs: 300 },
      ),
    ).rejects.toMatchObject({ code: 'CYPHER_TIMEOUT' });
  });

  it('allows the schema procedures the console autocompletes from', async () => {
    const result = await runReadOnlyCypher(neo.connection, 'CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(result.rows.flat()).toEqual(expect.arrayContaining(['Department', 'Project', 'Region']));
  });
});
