import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import type { TestCorpus } from '../../support/app-server';
import { startExplorerServer, type ExplorerServer } from './explorer-server';

export interface ExplorerSession {
  readonly server: ExplorerServer;
  readonly browser: Browser;
}

/** One app server and one browser per spec file, started in beforeAll and closed in afterAll. */
export function useExplorerSession(corpus: TestCorpus = 'seed-plans'): ExplorerSession {
  let server: ExplorerServer | undefined;
  let browser: Browser | undefined;
  beforeAll(
    async () => {
      server = await startExplorerServer(corpus);
      browser = await launchBrowser();
    },
    corpus === 'default' ? 300_000 : undefined,
  );
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server(): ExplorerServer {
      if (!server) throw new Error('useExplorerSession: used before beforeAll ran');
      return server;
    },
    get browser(): Browser {
      if (!browser) throw new Error('useExplorerSession: used before beforeAll ran');
      return browser;
    },
  };
}
