// How the API server process is started: shared by `npm start` and the load benchmark, so the benchmark measures
// the process users run.
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

/** Node arguments for the API process; `nodeOptions` go first (e.g. --cpu-prof when profiling). */
function apiProcessArgs(nodeOptions = []) {
  return [...nodeOptions, '-r', '@swc-node/register', path.join(root, 'apps', 'api', 'src', 'main.ts')];
}

/**
 * Environment for the API process. NODE_ENV=production turns off graphql-js's development-mode checks (its
 * cross-realm instanceOf ran for every resolved field). Source maps stay inline only: with the default "store" mode every Error.stack is
 * rewritten through source-map-support, and the Neo4j driver captures a stack for each query it runs, which cost
 * ≈ 6 % of the API's CPU under load. Node's own --enable-source-maps still works for debugging.
 */
function apiProcessEnv(env) {
  return { NODE_ENV: 'production', SWC_NODE_SOURCE_MAP_MODE: 'inline', ...env };
}

module.exports = { apiProcessArgs, apiProcessEnv };
