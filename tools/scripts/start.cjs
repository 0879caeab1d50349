#!/usr/bin/env node
// `npm start`: the local Neo4j (unless NEO4J_URI is set), the explorer built if its sources changed, then the API,
// which applies the schema, ingests seeds/ into an empty graph and serves http://127.0.0.1:3000.
// Neo4j and the API are each restarted when they die (with backoff; see tools/neo4j/supervise-neo4j.cjs), so one
// crash never stops the other; an API that stops before it was ever ready (bad configuration) stops everything.
// Ctrl-C stops everything this script started.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { LocalNeo4jError } = require('../neo4j/local-neo4j.cjs');
const { superviseLocalNeo4j, restartDelayMs, DEFAULT_RESTART_POLICY } = require('../neo4j/supervise-neo4j.cjs');
const { apiProcessArgs, apiProcessEnv } = require('./api-process.cjs');

const root = path.resolve(__dirname, '..', '..');
const children = new Set();
let neo4j;
let stopping = false;
let apiRestartTimer;
const API_READY = 'PolicyGraph is ready';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildWebIfStale() {
  const index = path.join(root, 'dist', 'web', 'index.html');
  const webDir = path.join(root, 'apps', 'web');
  if (!fs.existsSync(webDir)) return;
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(webDir)) return;
  process.stderr.write('start: building the explorer (vite)…\n');
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(webDir, 'vite.config.ts'), '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('the explorer build failed (see above)');
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  clearTimeout(apiRestartTimer);
  neo4j?.expectExit(); // Ctrl-C reaches the JVM as well: that exit is no crash
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all([...children].map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
  if (neo4j) {
    process.stderr.write('start: stopping Neo4j…\n');
    await neo4j.stop();
  }
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  const env = { ...process.env };
  if (!env.NEO4J_URI) {
    neo4j = await superviseLocalNeo4j();
    env.NEO4J_URI = neo4j.uri;
    env.NEO4J_PASSWORD = neo4j.password;
    env.NEO4J_SUPERVISOR_STATE_FILE = neo4j.stateFile; // so /health can say "restarting"
  } else {
    process.stderr.write(`start: using the Neo4j at ${env.NEO4J_URI} (NEO4J_URI); no local server started\n`);
  }
  buildWebIfStale();
  startApi(env, { everReady: false, failuresInRow: 0 });
}

/** Runs the API; after it was once ready, an unexpected exit restarts it after 1 s, 2 s, 4 s … (reset after 60 s up). */
function startApi(env, history) {
  const api = spawn(process.execPath, apiProcessArgs(), { cwd: root, env: apiProcessEnv(env), stdio: ['inherit', 'pipe', 'inherit'] });
  children.add(api);
  let readyAt = 0;
  let seen = '';
  api.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (readyAt) return;
    seen += chunk.toString('utf8');
    if (seen.includes(API_READY)) {
      readyAt = Date.now();
      history.everReady = true;
    }
    seen = seen.slice(-API_READY.length);
  });
  api.once('exit', (code, signal) => {
    children.delete(api);
    if (stopping) return;
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    if (!history.everReady) {
      process.stderr.write(`start: the API ${how} before it was ready; stopping\n`);
      stopAll(code || 1);
      return;
    }
    if (readyAt && Date.now() - readyAt >= DEFAULT_RESTART_POLICY.stableAfterMs) history.failuresInRow = 0;
    const delay = restartDelayMs(history.failuresInRow++);
    process.stderr.write(`start: the API ${how}; restarting it in ${delay / 1000} s (Neo4j keeps running)\n`);
    apiRestartTimer = setTimeout(() => startApi(env, history), delay);
  });
}

main().catch((error) => {
  process.stderr.write(`start: ${error instanceof LocalNeo4jError ? error.message : error.stack}\n`);
  stopAll(1);
});
