import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

type Probe = { readonly file: string; readonly code: string };

/**
 * Lints each probe as if it were a file at that path, with the workspace's eslint.config.mjs, and returns the rule ids
 * it reports. ESLint runs in its own Node process: it loads its flat config with import(), which Jest's module VM
 * does not offer.
 */
function lintProbes(probes: readonly Probe[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const probes = JSON.parse(process.argv[1]);
      const found = [];
      for (const probe of probes) {
        const [result] = await eslint.lintText(probe.code, { filePath: probe.file });
        found.push(result.messages.map((message) => message.ruleId ?? message.message));
      }
      process.stdout.write(JSON.stringify(found));
    })().catch((error) => { process.stderr.write(String(error && error.stack)); process.exit(1); });
  `;
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  // The rule reads Nx's cached project graph (and skips itself without one): compute it first, as `npm run lint` does.
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'show', 'projects'], { cwd: ROOT, env, stdio: 'ignore' });
  const output = execFileSync(process.execPath, ['-e', script, JSON.stringify(probes)], { cwd: ROOT, encoding: 'utf8', env });
  return JSON.parse(output) as string[][];
}

describe('layer boundaries (npm run lint)', () => {
  it('fails a backwards import, a lib importing an app and the web app reaching for the database, and passes a forward import', () => {
    const probes: Probe[] = [
      { file: 'libs/parse/src/layer-probe.ts', code: "import { extract } from '@policygraph/extract';\nexport const probe = extract;\n" },
      { file: 'libs/graph-types/src/layer-probe.ts', code: "import { parse } from '@policygraph/parse';\nexport const probe = parse;\n" },
      { file: 'libs/graph-store/src/layer-probe.ts', code: "import * as query from '@policygraph/graph-query';\nexport const probe = query;\n" },
      { file: 'libs/extract/src/layer-probe.ts', code: "import * as api from '../../../apps/api/src/app.module';\nexport const probe = api;\n" },
      { file: 'apps/web/src/layer-probe.ts', code: "import * as query from '@policygraph/graph-query';\nexport const probe = query;\n" },
      { file: 'apps/web/src/layer-probe.ts', code: "import neo4j from 'neo4j-driver';\nexport const probe = neo4j;\n" },
      { file: 'libs/extract/src/layer-probe.ts', code: "import * as parse from '@policygraph/parse';\nexport const probe = parse;\n" },
      { file: 'apps/api/src/layer-probe.ts', code: "import * as query from '@policygraph/graph-query';\nexport const probe = query;\n" },
    ];
    const found = lintProbes(probes);
    for (const rules of found.slice(0, 6)) expect(rules).toEqual(['@nx/enforce-module-boundaries']);
    expect(found.slice(6)).toEqual([[], []]);
  });

  it('keeps the cross-region enricher off the database: the inference job may use it, not the reverse', () => {
    const found = lintProbes([
      { file: 'libs/cross-region/src/layer-probe.ts', code: "import * as store from '@policygraph/graph-store';\nexport const probe = store;\n" },
      { file: 'libs/cross-region/src/layer-probe.ts', code: "import neo4j from 'neo4j-driver';\nexport const probe = neo4j;\n" },
      { file: 'libs/cross-region/src/layer-probe.ts', code: "import * as job from '@policygraph/ownership-inference';\nexport const probe = job;\n" },
      { file: 'libs/ownership-evaluation/src/layer-probe.ts', code: "import * as job from '@policygraph/ownership-inference';\nexport const probe = job;\n" },
      { file: 'libs/ownership-inference/src/layer-probe.ts', code: "import * as enrich from '@policygraph/cross-region';\nexport const probe = enrich;\n" },
    ]);
    for (const rules of found.slice(0, 4)) expect(rules).toEqual(['@nx/enforce-module-boundaries']);
    expect(found[4]).toEqual([]);
  });
});
