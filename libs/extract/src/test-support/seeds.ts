import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Seed plans under /seeds, read once per test file. */
export function readSeed(stem: string): string {
  return readFileSync(join(ROOT, 'seeds', `${stem}.txt`), 'utf8');
}

export function readGold<T>(stem: string): T {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'gold', `${stem}.json`), 'utf8')) as T;
}

export const SEED_STEMS = [
  '000_ad0bcd6cafebff4e',
  '001_3a734993eeac515a',
  '002_897085f89d9a9635',
  '003_a97a7df350ddcfd5',
  '004_6c3dd93e6ca21e83',
] as const;
