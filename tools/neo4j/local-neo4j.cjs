#!/usr/bin/env node
// Builds (when needed) and starts the project's own Neo4j Community server from Maven Central jars.
// supervise-neo4j.cjs keeps it running for `npm run neo4j` (foreground), `npm start` and the test setup. Plain CommonJS so it runs before any build.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');

const LAUNCHER_DIR = __dirname;
const ROOT = path.resolve(LAUNCHER_DIR, '..', '..');
const CLASSES = path.join(LAUNCHER_DIR, 'target', 'classes', 'policygraph', 'LocalNeo4j.class');
const LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
const PLUGINS = path.join(LAUNCHER_DIR, 'target', 'plugins');
/** Where the local server's generated password is kept, inside its data folder (mode 0600). */
const PASSWORD_FILE = 'policygraph-password';
const READY_TIMEOUT_MS = 240_000;
/** Output lines kept to explain an exit (the JVM prints its OutOfMemoryError just before -XX:+ExitOnOutOfMemoryError exits). */
const TAIL_LINES = 40;

// Flags from Neo4j's own server.jvm.additional defaults; without the --add-opens the kernel fails to link on Java 17.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

class LocalNeo4jError extends Error {}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function javaMajorVersion() {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${out.stderr}${out.stdout}`);
  return match ? Number(match[1]) : null;
}

function isBuilt() {
  if (!fs.existsSync(CLASSES) || !fs.existsSync(LIB)) return false;
  const pomTime = fs.statSync(path.join(LAUNCHER_DIR, 'pom.xml')).mtimeMs;
  const srcTime = fs.statSync(path.join(LAUNCHER_DIR, 'src/main/java/policygraph/LocalNeo4j.java')).mtimeMs;
  return (
    fs.statSync(CLASSES).mtimeMs >= Math.max(pomTime, srcTime) &&
    fs.readdirSync(LIB).length > 50 &&
    fs.existsSync(PLUGINS) &&
    fs.readdirSync(PLUGINS).length > 0
  );
}

/** Checks Java and Maven, then builds the launcher and copies Neo4j's jars (first run downloads ~120 MB). */
function ensureBuilt(log = (line) => process.stderr.write(`${line}\n`)) {
  if (!commandExists('java')) {
    throw new LocalNeo4jError(
      'Java is not installed. Install a Java 17 or 21 runtime (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const major = javaMajorVersion();
  if (major !== null && major !== 17 && major !== 21) {
    throw new LocalNeo4jError(`Neo4j 5.26 runs on Java 17 or 21, but 'java' is version ${major}. Put a Java 17/21 first on PATH or set JAVA_HOME accordingly.`);
  }
  if (isBuilt()) return;
  if (!commandExists('mvn')) {
    throw new LocalNeo4jError(
      'Maven is not installed, and the Neo4j jars are not built yet. Install it (Debian: apt-get install maven) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  log('neo4j: building the launcher and fetching Neo4j jars from Maven Central (first run only)…');
  const offline = spawnSync('mvn', ['-B', '-q', '-o', '-DskipTests', 'package'], { cwd: LAUNCHER_DIR, encoding: 'utf8' });
  if (offline.status === 0 && isBuilt()) return;
  const online = spawnSync('mvn', ['-B', '-q', '-DskipTests', 'package'], { cwd: LAUNCHER_DIR, encoding: 'utf8' });
  if (online.status !== 0 || !isBuilt()) {
    const tail = `${online.stdout}\n${online.stderr}`.trim().split('\n').slice(-8).join('\n');
    throw new LocalNeo4jError(
      `could not build the Neo4j launcher with Maven (is Maven Central reachable?).\n${tail}\nRetry 'npm run neo4j', or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
}

/**
 * The password of the local server: NEO4J_PASSWORD when set, else the one generated on first start and kept in the
 * data folder, readable by this user only. (The launcher sets user neo4j's password at every start, so a data folder
 * made with the old documented default gets a generated one too.)
 */
function localPassword(homeDir) {
  if (process.env.NEO4J_PASSWORD) return process.env.NEO4J_PASSWORD;
  const file = path.join(homeDir, PASSWORD_FILE);
  if (fs.existsSync(file)) {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    return fs.readFileSync(file, 'utf8').trim();
  }
  fs.mkdirSync(homeDir, { recursive: true, mode: 0o700 });
  const password = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Neo4j and resolves once Bolt is ready.
 * `exited` resolves with the exit code; `exit` with why it exited: code, signal, whether the JVM reported an
 * OutOfMemoryError, and its last output lines.
 * @returns {Promise<{uri: string, user: string, password: string, homeDir: string, port: number, pid: number, stop: () => Promise<void>, exited: Promise<number|null>, exit: Promise<{code: number|null, signal: string|null, outOfMemory: boolean, tail: string[]}>}>}
 */
async function startLocalNeo4j(options = {}) {
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const port = options.port ?? Number(process.env.NEO4J_BOLT_PORT ?? 7687);
  const homeDir = path.resolve(ROOT, options.homeDir ?? process.env.NEO4J_HOME_DIR ?? '.data/neo4j');
  const password = options.password ?? localPassword(homeDir);
  const heap = options.heap ?? process.env.NEO4J_HEAP ?? '1g';
  ensureBuilt(log);
  if (!(await portIsFree(port))) {
    throw new LocalNeo4jError(
      `port ${port} on 127.0.0.1 is already in use (another Neo4j or 'npm start' still running?). Stop it, or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  const started = Date.now();
  const args = [
    `-Xms256m`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    '-cp',
    `${path.join(LAUNCHER_DIR, 'target', 'classes')}:${LIB}/*`,
    'policygraph.LocalNeo4j',
    '--watch-stdin',
  ];
  const child = spawn('java', args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_PLUGIN_DIR: PLUGINS,
      NEO4J_HOME_DIR: homeDir,
      NEO4J_BOLT_PORT: String(port),
      NEO4J_PASSWORD: password,
      NEO4J_PAGECACHE_MB: process.env.NEO4J_PAGECACHE_MB ?? '256',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const tail = [];
  let outOfMemory = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, outOfMemory, tail })));
  const exited = exit.then(({ code }) => code);
  let failure = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new LocalNeo4jError(`Neo4j did not report ready within ${READY_TIMEOUT_MS / 1000} s; see ${homeDir}/logs/debug.log.`)),
      READY_TIMEOUT_MS,
    );
    const onLine = (line) => {
      if (/OutOfMemoryError/.test(line)) outOfMemory = true;
      if (line.trim()) {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
      }
      if (line.startsWith('NEO4J_READY')) {
        clearTimeout(timer);
        resolve();
      } else if (line.startsWith('NEO4J_FAILED')) {
        failure = line.slice('NEO4J_FAILED '.length);
      } else if (options.verbose && line.trim()) {
        log(`neo4j: ${line}`);
      }
    };
    lines(child.stdout, onLine);
    lines(child.stderr, onLine);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`could not run java: ${error.message}`));
    });
    exit.then(({ code, signal }) => {
      clearTimeout(timer);
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const why = outOfMemory ? ' on java.lang.OutOfMemoryError (raise NEO4J_HEAP)' : tail.length > 0 ? ` (last output: ${tail[tail.length - 1]})` : '';
      reject(new LocalNeo4jError(failure || `Neo4j ${how} before it was ready${why}; see ${homeDir}/logs/debug.log.`));
    });
  });
  await ready;
  const uri = `bolt://127.0.0.1:${port}`;
  log(`neo4j: ready at ${uri} (data in ${path.relative(ROOT, homeDir) || homeDir}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(killer);
      }
    })();
    return stopping;
  };
  return { uri, user: 'neo4j', password, homeDir, port, pid: child.pid, stop, exited, exit };
}

function lines(stream, onLine) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    let index;
    while ((index = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, index));
      buffer = buffer.slice(index + 1);
    }
  });
}

module.exports = { startLocalNeo4j, ensureBuilt, freePort, localPassword, LocalNeo4jError, PASSWORD_FILE };
