import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const GENERATED = join(ROOT, 'apps', 'web', 'src', 'api', 'generated', 'graphql-schema.types.ts');

/** Runs `npm run codegen -- --check …` in its own Node process: graphql-codegen loads ES modules jest's VM cannot. */
function check(...args: string[]) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'tools', 'codegen', 'web-graphql-types.ts'), '--check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('web GraphQL types (npm run codegen)', () => {
  it('are what graphql-codegen generates from the API schema today', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  });

  it('fail the check when the committed file is stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      const stale = join(dir, 'stale.ts');
      writeFileSync(stale, readFileSync(GENERATED, 'utf8').replace('readonly duplicateOf?', 'readonly duplicateOfRenamed?'));
      const run = check('--against', stale);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('out of date with the API schema: run npm run codegen');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
