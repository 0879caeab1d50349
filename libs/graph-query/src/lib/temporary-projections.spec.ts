import type { GraphConnection } from '@policygraph/graph-store';
import { sweepStaleProjections } from './temporary-projections';

/** A connection whose sessions' run() does what `run` says, recording each statement's parameters. */
function graphAnswering(run: (cypher: string, params: Record<string, unknown>) => Promise<unknown>): GraphConnection {
  return { driver: { session: () => ({ run, close: async () => undefined }) }, database: undefined } as unknown as GraphConnection;
}

describe('sweepStaleProjections', () => {
  it('sweeps nothing, without failing, when the server has no Graph Data Science', async () => {
    const noGds = graphAnswering(async () => {
      throw new Error('There is no procedure with the name `gds.graph.list` registered for this database instance.');
    });
    await expect(sweepStaleProjections(noGds, { maxAgeSeconds: 600 })).resolves.toEqual({ gdsAvailable: false, dropped: [] });
  });

  it('passes any other failure on', async () => {
    const broken = graphAnswering(async () => {
      throw new Error('Invalid input: syntax error');
    });
    await expect(sweepStaleProjections(broken, { maxAgeSeconds: 600 })).rejects.toThrow(/dropping stale graph projections/);
  });

  it('sends only our prefixes by default, as parameters', async () => {
    let sent: Record<string, unknown> = {};
    const answering = graphAnswering(async (_cypher, params) => {
      sent = params;
      return { records: [] };
    });
    await sweepStaleProjections(answering, { maxAgeSeconds: 600 });
    expect(sent['prefixes']).toEqual(['graph-statistics-', 'paths-', 'region-similarity-']);
    expect(sent['nowMillis']).toBeNull();
  });

  it('refuses a negative age and an empty prefix, which would drop what is in use', async () => {
    const never = graphAnswering(async () => {
      throw new Error('not called');
    });
    await expect(sweepStaleProjections(never, { maxAgeSeconds: -1 })).rejects.toThrow(RangeError);
    await expect(sweepStaleProjections(never, { maxAgeSeconds: 600, prefixes: [''] })).rejects.toThrow(/empty prefix/);
  });
});
