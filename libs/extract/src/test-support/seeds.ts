import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Seed plans under /seeds, read once per test file. */
export function readSeed(stem: string): string {
  return readFileSync(join(ROOT, 'seeds', `${stem}.txt`), 'utf8');
}

export function readGold<T>(stem: string): T {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'gold', `${stem}.json`), 'utf8')) as T;
}

export const SEED_STEMS = ['000_ad0bcd6cafebff4e', '001_3a734993eeac515a', '002_897085f89d9a9635', '003_a97a7df350ddcfd5', '004_6c3dd93e6ca21e83'] as const;

export const WORK_REPORTS_DIR = join(ROOT, 'seeds', 'work-reports-2026');

export interface WorkReport {
  /** File stem: the province, e.g. 四川省. */
  readonly province: string;
  readonly file: string;
  readonly text: string;
  /** manifest.csv's title, publication date and source address. */
  readonly manifest: { readonly title: string; readonly year: number; readonly published: string; readonly source: string };
}

/** The 31 provincial 2026 government work reports of seeds/work-reports-2026 with their manifest rows. */
export function readWorkReports(): WorkReport[] {
  const [header, ...rows] = readFileSync(join(WORK_REPORTS_DIR, 'manifest.csv'), 'utf8').trim().split('\n');
  const columns = header.split(',');
  const manifest = new Map(
    rows.map((row) => {
      const cells = row.split(',');
      const field = (name: string) => cells[columns.indexOf(name)] ?? '';
      return [field('file'), { title: field('title'), year: Number(field('year')), published: field('published'), source: field('source') }] as const;
    }),
  );
  return readdirSync(WORK_REPORTS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ province: file.replace(/\.txt$/, ''), file, text: readFileSync(join(WORK_REPORTS_DIR, file), 'utf8'), manifest: manifest.get(file)! }));
}
