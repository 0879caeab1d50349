// Starts one throwaway Neo4j for the integration and browser tests, supervised like npm start's: a free port on
// 127.0.0.1 and a temporary data folder, never the user's .data/neo4j. NEO4J_TEST_URI (or NEO4J_URI) points the
// tests at an existing server instead.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { freePort } = require('../../tools/neo4j/local-neo4j.cjs');
const { superviseLocalNeo4j } = require('../../tools/neo4j/supervise-neo4j.cjs');

module.exports = async function globalSetup(globalConfig) {
  // run-tests.cjs says which projects run; a unit-only run needs no database.
  const wanted = (process.env.POLICYGRAPH_TEST_PROJECTS ?? globalConfig.selectProjects?.join(',') ?? 'unit,int,e2e').split(',');
  if (!wanted.includes('int') && !wanted.includes('e2e')) return;
  const external = process.env.NEO4J_TEST_URI ?? process.env.NEO4J_URI;
  if (external) {
    process.env.NEO4J_URI = external;
    return;
  }
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-neo4j-test-'));
  const port = await freePort();
  const server = await superviseLocalNeo4j({ port, homeDir, password: 'policygraph-test', heap: '1g', log: (line) => process.stderr.write(`\n${line}\n`) });
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = 'policygraph-test';
  process.env.POLICYGRAPH_TEST_NEO4J_HOME = homeDir;
  globalThis.__policygraphTestNeo4j = server;
};
