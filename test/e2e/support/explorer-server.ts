import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startAppServer, type AppServer, type TestCorpus } from '../../support/app-server';

const ROOT = join(__dirname, '..', '..', '..');
const WEB_DIST = join(ROOT, 'dist', 'web');

/** Builds the explorer when its sources are newer than dist/web, so browser tests always see current code. */
export function ensureWebBuilt(): void {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
      const path = join(dir, entry.name);
      return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  const index = join(WEB_DIST, 'index.html');
  const sources = Math.max(newest(join(ROOT, 'apps', 'web')), newest(join(ROOT, 'libs', 'graph-types', 'src')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'apps', 'web', 'vite.config.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

export type ExplorerServer = AppServer;

/** The real app for browser tests: the API with the seed plans (or the whole default corpus) ingested, serving the freshly built explorer. */
export async function startExplorerServer(corpus: TestCorpus = 'seed-plans'): Promise<ExplorerServer> {
  ensureWebBuilt();
  return startAppServer({ webDist: WEB_DIST }, corpus);
}
