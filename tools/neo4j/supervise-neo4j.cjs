// Keeps the local Neo4j running: used by `npm run neo4j`, `npm start` and the test setup. Plain CommonJS, like the
// launcher it wraps.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { startLocalNeo4j, LocalNeo4jError } = require('./local-neo4j.cjs');

/** Where the supervisor keeps its state for other processes (the API's /health), inside the server's folder. */
const STATE_FILE_NAME = 'supervisor-state.json';

/**
 * Restart delays: 1 s, 2 s, 4 s … up to 30 s while the server keeps dying; back to 1 s once a server has stayed up
 * 60 s, so one crash a day never waits long, and a crash loop (a corrupt store, a full disk) does not spin.
 */
const DEFAULT_RESTART_POLICY = Object.freeze({ firstDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 60_000 });

/** The delay before restart number `failuresInRow` + 1 of a run of failures. */
function restartDelayMs(failuresInRow, policy = DEFAULT_RESTART_POLICY) {
  return Math.min(policy.firstDelayMs * 2 ** Math.min(failuresInRow, 30), policy.maxDelayMs);
}

/** Why the JVM exited, in one line for the log: exit code or signal, and an OutOfMemoryError when it printed one. */
function describeExit(exit, upMs) {
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  const oom = exit.outOfMemory ? ': java.lang.OutOfMemoryError (one query or transaction needed more heap than NEO4J_HEAP; see the README on heap sizing)' : '';
  const last = !exit.outOfMemory && !exit.signal && exit.tail.length > 0 ? `; last output: ${exit.tail[exit.tail.length - 1]}` : '';
  return `Neo4j ${how} after ${(upMs / 1000).toFixed(1)} s up${oom}${last}`;
}

/**
 * Starts the local Neo4j like startLocalNeo4j and restarts it, on the same port, data folder and password, whenever
 * its JVM exits without stop() having been called. Resolves once the first server is ready (a first start that fails
 * is an error for the caller: wrong Java, port taken…).
 *
 * `state` is 'running', 'restarting' or 'stopped'; `pid` is the current JVM; `restarts` counts restarts done;
 * `onEvent` (option) hears { type: 'exit' | 'restarted' | 'restart-failed', … } for tests and tools. Each change of
 * state is also written to `stateFile` ({ state, since, restarts }, replaced atomically), so the API, another
 * process, can tell "restarting" from "down" (NEO4J_SUPERVISOR_STATE_FILE).
 */
async function superviseLocalNeo4j(options = {}) {
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const policy = { ...DEFAULT_RESTART_POLICY, ...options.restartPolicy };
  const onEvent = options.onEvent ?? (() => undefined);
  const start = options.start ?? startLocalNeo4j;
  let server = await start({ ...options, log });
  const fixed = { port: server.port, homeDir: server.homeDir, password: server.password };
  const stateFile = path.join(fixed.homeDir, STATE_FILE_NAME);
  let state;
  let restarts = 0;
  const setState = (next) => {
    state = next;
    const temporary = `${stateFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, JSON.stringify({ state, since: new Date().toISOString(), restarts }));
      fs.renameSync(temporary, stateFile);
    } catch (error) {
      log(`neo4j: could not write ${stateFile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  setState('running');
  let readyAt = Date.now();
  let failuresInRow = 0;
  let restartsAllowed = true;
  let timer;
  let pending; // a restart in progress, so stop() can wait for it and stop what it started
  let wakeUp; // resolves the current backoff wait early when stop() is called

  const sleep = (ms) =>
    new Promise((resolve) => {
      wakeUp = resolve;
      timer = setTimeout(resolve, ms);
    });

  async function restartLoop() {
    while (state === 'restarting') {
      const delay = restartDelayMs(failuresInRow++, policy);
      log(`neo4j: restarting in ${delay / 1000} s (restart ${restarts + 1})`);
      await sleep(delay);
      if (state !== 'restarting') return;
      try {
        const started = Date.now();
        const next = await start({ ...options, ...fixed, log });
        if (state !== 'restarting') {
          await next.stop();
          return;
        }
        server = next;
        readyAt = Date.now();
        restarts += 1;
        setState('running');
        log(`neo4j: restarted (pid ${next.pid}) in ${((readyAt - started) / 1000).toFixed(1)} s`);
        onEvent({ type: 'restarted', pid: next.pid, restarts });
        watch(next);
      } catch (error) {
        log(`neo4j: restart failed: ${error instanceof Error ? error.message : String(error)}`);
        onEvent({ type: 'restart-failed', error });
      }
    }
  }

  function watch(current) {
    current.exit.then((exit) => {
      if (state !== 'running' || current !== server || !restartsAllowed) return; // stop() asked for this exit
      const upMs = Date.now() - readyAt;
      if (upMs >= policy.stableAfterMs) failuresInRow = 0;
      const reason = describeExit(exit, upMs);
      log(`neo4j: ${reason}`);
      setState('restarting');
      onEvent({ type: 'exit', ...exit, reason });
      pending = restartLoop().finally(() => (pending = undefined));
    });
  }
  watch(server);

  let stopping;
  return {
    uri: server.uri,
    user: server.user,
    password: fixed.password,
    homeDir: fixed.homeDir,
    port: fixed.port,
    stateFile,
    get pid() {
      return server.pid;
    },
    get state() {
      return state;
    },
    get restarts() {
      return restarts;
    },
    /** From now on an exit is expected (e.g. Ctrl-C reaches the JVM too before stop() is called). */
    expectExit() {
      restartsAllowed = false;
    },
    stop() {
      stopping ??= (async () => {
        const wasRunning = state === 'running';
        setState('stopped');
        clearTimeout(timer);
        wakeUp?.();
        if (pending) await pending;
        if (wasRunning) await server.stop();
      })();
      return stopping;
    },
  };
}

module.exports = { superviseLocalNeo4j, restartDelayMs, describeExit, DEFAULT_RESTART_POLICY, STATE_FILE_NAME };

if (require.main === module) {
  (async () => {
    try {
      const server = await superviseLocalNeo4j({ verbose: process.argv.includes('--verbose') });
      process.stdout.write(`Neo4j is running at ${server.uri} (user neo4j), restarted when it exits. Press Ctrl-C to stop.\n`);
      const shutdown = async () => {
        await server.stop();
        process.exit(0);
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    } catch (error) {
      process.stderr.write(`neo4j: ${error instanceof LocalNeo4jError ? error.message : error.stack}\n`);
      process.exit(1);
    }
  })();
}
