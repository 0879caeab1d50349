import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SEEDS = join(__dirname, '..', '..', 'seeds');

export interface SeedFile {
  /** Path relative to seeds/, e.g. 001_….txt or work-reports-2026/上海市.txt. */
  readonly file: string;
  readonly text: string;
}

/**
 * The documents of the default corpus: every .txt under seeds/, sorted. `plansOnly` keeps the five seed plans
 * (the files directly in seeds/), which the synthetic corpora are derived from.
 */
export function seedFiles(options: { plansOnly?: boolean } = {}): SeedFile[] {
  const out: SeedFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !options.plansOnly) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.txt')) out.push({ file: relative(SEEDS, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(SEEDS);
  return out;
}
