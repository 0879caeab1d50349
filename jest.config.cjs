// One jest run for the whole workspace, three projects: unit (pure logic, beside the code), int (real Neo4j) and
// e2e (real Chromium). The global setup starts one throwaway Neo4j for int and e2e unless NEO4J_TEST_URI is set.
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper: { '^@policygraph/([a-z0-9-]+)$': '<rootDir>/libs/$1/src/index.ts' },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tools/neo4j/target/'],
  // antlr4 (the runtime of the console's Cypher parser) ships ES modules only; Node requires them natively, jest
  // needs them compiled.
  transformIgnorePatterns: ['/node_modules/(?!antlr4/)'],
};
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{libs,apps}/**/*.spec.ts', '<rootDir>/{libs,apps}/**/*.spec.tsx', '<rootDir>/test/{unit,robustness}/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '\\.e2e\\.spec\\.ts$', '/node_modules/'],
    },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/{libs,apps,test}/**/*.int.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.spec.ts'],
    },
  ],
  // Int and e2e tests wait on a real server and browser; unit tests finish far sooner anyway. A suite's beforeAll that ingests
  // the seeds into a fresh Neo4j took over 120 s on this 2-core machine while other work ran (api.int.spec, CI of 7 December):
  // a hook gets five minutes, a hung one still fails.
  testTimeout: 300000,
  globalSetup: '<rootDir>/test/setup/global-setup.cjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.cjs',
};
