import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { collectInputFiles } from './collect-input-files';

describe('collectInputFiles', () => {
  it('walks folders in order, skipping hidden entries and a folder manifest, but takes a manifest named explicitly', async () => {
    const root = mkdtempSync(join(tmpdir(), 'collect-'));
    mkdirSync(join(root, 'reports'));
    for (const file of ['b.txt', '.hidden.txt', 'reports/a.txt', 'reports/manifest.csv', 'reports/MANIFEST.CSV.bak']) writeFileSync(join(root, file), 'x');
    const files = await collectInputFiles([root]);
    expect(files.map((file) => relative(root, file.path))).toEqual(['b.txt', 'reports/a.txt', 'reports/MANIFEST.CSV.bak']);
    expect(await collectInputFiles([join(root, 'reports', 'manifest.csv')])).toEqual([{ path: join(root, 'reports', 'manifest.csv') }]);
  });
});
