import { Logger } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import type { GraphConnection } from '@policygraph/graph-store';
import type { AppConfig } from '../config/app-config';
import { StaleProjectionSweeper } from './stale-projection-sweeper';

/** A connection whose sessions' run() does what `run` says. */
function graphAnswering(run: (cypher: string, params: Record<string, unknown>) => Promise<unknown>): GraphConnection {
  return { driver: { session: () => ({ run, close: async () => undefined }) }, database: undefined } as unknown as GraphConnection;
}

const config = { get: (key: string) => (key === 'gdsProjectionMaxAgeSeconds' ? 600 : undefined) } as unknown as ConfigService<AppConfig, true>;

describe('StaleProjectionSweeper', () => {
  const logged: Record<'log' | 'debug' | 'warn', string[]> = { log: [], debug: [], warn: [] };
  beforeEach(() => {
    for (const level of ['log', 'debug', 'warn'] as const) {
      logged[level] = [];
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void logged[level].push(String(args[0])));
    }
  });
  afterEach(() => jest.restoreAllMocks());

  it('logs how many projections it dropped, with the configured age', async () => {
    let sentAge: unknown;
    const graph = graphAnswering(async (_cypher, params) => {
      sentAge = Number(params['maxAgeSeconds']);
      return { records: ['paths-1', 'graph-statistics-2'].map((name) => ({ get: () => name })) };
    });
    await new StaleProjectionSweeper(graph, config).onApplicationBootstrap();
    expect(sentAge).toBe(600);
    expect(logged.log).toEqual(['swept 2 stale graph projection(s) older than 600 s: paths-1, graph-statistics-2']);
  });

  it('starts without GDS, saying so at debug level', async () => {
    const graph = graphAnswering(async () => {
      throw new Error('There is no procedure with the name `gds.graph.list` registered for this database instance.');
    });
    await expect(new StaleProjectionSweeper(graph, config).onApplicationBootstrap()).resolves.toBeUndefined();
    expect(logged.debug).toEqual([expect.stringContaining('no Graph Data Science')]);
    expect(logged.warn).toEqual([]);
  });

  it('starts when Neo4j fails the sweep, with a warning', async () => {
    const graph = graphAnswering(async () => {
      throw new Error('Neo.ClientError.Security.Forbidden: not allowed');
    });
    await expect(new StaleProjectionSweeper(graph, config).onApplicationBootstrap()).resolves.toBeUndefined();
    expect(logged.warn).toEqual([expect.stringContaining('could not sweep stale graph projections')]);
  });
});
