import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher is plain CommonJS
const { localPassword, PASSWORD_FILE } = require('../../tools/neo4j/local-neo4j.cjs') as { localPassword(homeDir: string): string; PASSWORD_FILE: string };

describe('the local Neo4j password', () => {
  const saved = process.env['NEO4J_PASSWORD'];
  afterEach(() => (saved === undefined ? delete process.env['NEO4J_PASSWORD'] : (process.env['NEO4J_PASSWORD'] = saved)));

  it('is generated on first start, kept in the data folder readable by its owner only, and reused', () => {
    delete process.env['NEO4J_PASSWORD'];
    const home = join(mkdtempSync(join(tmpdir(), 'pg-password-')), 'neo4j');
    const first = localPassword(home);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(join(home, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(home, PASSWORD_FILE), 'utf8').trim()).toBe(first);
    expect(localPassword(home)).toBe(first);
    expect(localPassword(join(mkdtempSync(join(tmpdir(), 'pg-password-')), 'neo4j'))).not.toBe(first);
  });

  it('is NEO4J_PASSWORD when that is set', () => {
    process.env['NEO4J_PASSWORD'] = 'chosen-by-the-user';
    expect(localPassword(join(mkdtempSync(join(tmpdir(), 'pg-password-')), 'neo4j'))).toBe('chosen-by-the-user');
  });
});
