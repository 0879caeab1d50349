// ESLint flat config. Its main job: the one-way layers, from the `layer:*` tags in each project.json, through Nx's
// module-boundary rule (which also forbids importing an app and importing a lib by relative path).
// parse → extract → graph-model → graph-store → graph-query → api → web; graph-types is below them all.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** What each layer may import, by tag; everything not listed is backwards (or sideways) and fails lint. */
const LAYERS = {
  'layer:types': [],
  'layer:parse': [],
  'layer:extract': ['layer:parse'],
  'layer:model': ['layer:parse', 'layer:extract'],
  'layer:load': ['layer:parse', 'layer:extract', 'layer:model'],
  'layer:query': ['layer:model', 'layer:load'],
  // cross-region: pure enrichment and the ownership model, no database (see BANNED_PACKAGES).
  'layer:analysis': ['layer:parse', 'layer:extract'],
  // ownership-inference: the job that reads the stored graph, runs the ownership model and writes inferred edges.
  'layer:inference': ['layer:model', 'layer:load', 'layer:analysis'],
  // ownership-evaluation: scores the ownership model on extractions, offline.
  'layer:evaluation': ['layer:parse', 'layer:extract', 'layer:analysis'],
  'layer:ingest': ['layer:parse', 'layer:extract', 'layer:model', 'layer:load', 'layer:analysis', 'layer:inference'],
  'layer:testing': ['layer:model', 'layer:load', 'layer:query'],
  'layer:api': ['layer:parse', 'layer:extract', 'layer:model', 'layer:load', 'layer:query', 'layer:analysis', 'layer:inference', 'layer:ingest'],
  'layer:cli': [
    'layer:parse',
    'layer:extract',
    'layer:model',
    'layer:load',
    'layer:query',
    'layer:analysis',
    'layer:inference',
    'layer:evaluation',
    'layer:ingest',
  ],
  // The web app talks to the API over HTTP only: no query or store lib, no database driver in the browser bundle.
  'layer:ui': [],
};

/** Packages a layer may not import even though they are installed. */
const BANNED_PACKAGES = {
  'layer:types': ['neo4j-driver'],
  'layer:parse': ['neo4j-driver'],
  'layer:extract': ['neo4j-driver'],
  'layer:model': ['neo4j-driver'],
  'layer:analysis': ['neo4j-driver'],
  'layer:evaluation': ['neo4j-driver'],
  'layer:ui': ['neo4j-driver', '@nestjs/*', 'express'],
};

/** The Neo4j launcher is plain CommonJS shared by npm start, the CLI and the test setup (tools/neo4j). */
const NEO4J_LAUNCHER = '^(\\.\\./)+tools/neo4j/local-neo4j\\.cjs$';
/** Shared test helpers outside any project (app server, fixtures); specs only. */
const TEST_SUPPORT = '^(\\.\\./)+test/support/[^/]+$';

/** The module-boundary rule's options; specs may also use the testing lib and test/support. */
function boundaries({ spec }) {
  return {
    enforceBuildableLibDependency: false,
    allow: spec ? [NEO4J_LAUNCHER, TEST_SUPPORT] : [NEO4J_LAUNCHER],
    // graph-store's integration specs use testing-neo4j, which loads fixtures with graph-store: a cycle in test code only.
    ignoredCircularDependencies: [['graph-store', 'testing-neo4j']],
    depConstraints: Object.entries(LAYERS).map(([sourceTag, allowed]) => ({
      sourceTag,
      onlyDependOnLibsWithTags: [sourceTag, 'layer:types', ...allowed, ...(spec ? ['layer:testing'] : [])],
      ...(BANNED_PACKAGES[sourceTag] ? { bannedExternalImports: BANNED_PACKAGES[sourceTag] } : {}),
    })),
  };
}

const TYPESCRIPT = ['**/*.ts', '**/*.tsx'];

export default [
  // apps/web/src/api/generated: graphql-codegen's output (`npm run codegen`; a unit test keeps it current).
  { ignores: ['dist/**', 'node_modules/**', 'tools/neo4j/target/**', 'bench/results/**', '**/*.d.ts', 'apps/web/src/api/generated/**'] },
  // typescript-eslint's recommended rules (no type information needed, so lint stays fast).
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TYPESCRIPT })),
  {
    files: TYPESCRIPT,
    languageOptions: { parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } } },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries({ spec: false })],
      // A leading underscore marks a value left unused on purpose (e.g. a property taken out of a rest spread).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries({ spec: true })] },
  },
];
