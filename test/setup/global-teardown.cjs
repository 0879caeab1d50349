'use strict';
const fs = require('node:fs');

module.exports = async function globalTeardown() {
  const server = globalThis.__policygraphTestNeo4j;
  if (!server) return;
  await server.stop();
  fs.rmSync(server.homeDir, { recursive: true, force: true });
};
