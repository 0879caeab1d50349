import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const GENERATED = join('apps', 'web', 'src', 'api', 'generated');

/** Runs `npm run codegen -- --check …` in its own Node process: graphql-codegen loads ES modules jest's VM cannot. */
function check(...args: string[]) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'tools', 'codegen', 'web-graphql-types.ts'), '--check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('web GraphQL types (npm run codegen)', () => {
  it('are what graphql-codegen generates from the API schema and the web operations today', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  });

  it('fail the check when a committed operation type is stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      cpSync(join(ROOT, GENERATED), join(dir, GENERATED), { recursive: true });
      const operations = join(dir, GENERATED, 'graphql.ts');
      const committed = readFileSync(operations, 'utf8');
      // An operation result as it was before a field was added to the document.
      expect(committed).toContain('readonly duplicateOf: string | null');
      writeFileSync(operations, committed.replace('readonly duplicateOf: string | null, ', ''));
      const run = check('--against', dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${join(GENERATED, 'graphql.ts')} out of date with the API schema and apps/web operations: run npm run codegen`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
