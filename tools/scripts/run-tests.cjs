#!/usr/bin/env node
// `npm test`: every jest project (unit, int against a real Neo4j, e2e in headless Chromium) in one run, then the
// totals as a plain "N passed, N failed" line. Arguments pass through to jest (e.g. --selectProjects unit).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const selected = selectedProjects(args);

if (selected.includes('e2e') && !fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('The browser tests need Chromium at /usr/bin/chromium. Install it: apt-get install -y chromium fonts-wqy-zenhei (or set CHROMIUM_PATH).');
  process.exit(1);
}
if (selected.includes('int') || selected.includes('e2e')) {
  const java = spawnSync('sh', ['-c', 'command -v java'], { stdio: 'ignore' });
  if (java.status !== 0 && !process.env.NEO4J_TEST_URI && !process.env.NEO4J_URI) {
    console.error('The integration tests start a local Neo4j and need Java 17: apt-get install -y openjdk-17-jdk-headless maven (or set NEO4J_TEST_URI).');
    process.exit(1);
  }
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-jest-')), 'report.json');
const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--config', path.join(root, 'jest.config.cjs'), '--runInBand', '--json', `--outputFile=${report}`, ...args],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', TZ: 'UTC', POLICYGRAPH_TEST_PROJECTS: selected.join(',') } },
);
let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
  skipped = result.numPendingTests + result.numTodoTests;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);

function selectedProjects(argv) {
  const index = argv.indexOf('--selectProjects');
  if (index < 0) return ['unit', 'int', 'e2e'];
  const out = [];
  for (const arg of argv.slice(index + 1)) {
    if (arg.startsWith('-')) break;
    if (['unit', 'int', 'e2e'].includes(arg)) out.push(arg);
  }
  return out;
}
