import type { GraphConnection } from '@policygraph/graph-store';
import type { Response } from 'express';
import { EXPECTED_UNAVAILABLE } from '../logging/request-log';
import { HealthController } from './health.controller';

function recorder(): { response: Response; sent: Promise<{ status: number; body: Record<string, unknown> }> } {
  let status = 0;
  let resolve: (value: { status: number; body: Record<string, unknown> }) => void = () => undefined;
  const sent = new Promise<{ status: number; body: Record<string, unknown> }>((r) => (resolve = r));
  const response = {
    locals: {},
    status(code: number) {
      status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      resolve({ status, body });
      return this;
    },
  } as unknown as Response;
  return { response, sent };
}

/** A connection whose sessions' run() does what `run` says. */
function graphAnswering(run: () => Promise<unknown>): GraphConnection {
  return { driver: { session: () => ({ run, close: async () => undefined }) }, database: undefined } as unknown as GraphConnection;
}

describe('HealthController', () => {
  it('answers 503 with code NEO4J_UNAVAILABLE at once when Neo4j refuses connections (restarting), without retrying', async () => {
    let attempts = 0;
    const refused = graphAnswering(async () => {
      attempts++;
      throw new Error('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687');
    });
    const { response, sent } = recorder();
    const started = Date.now();
    void new HealthController(refused).health(response);
    const { status, body } = await sent;
    expect(status).toBe(503);
    expect(Date.now() - started).toBeLessThan(500);
    expect(attempts).toBe(1);
    expect(body).toMatchObject({ neo4j: 'down', code: 'NEO4J_UNAVAILABLE' });
    expect(JSON.stringify(body)).not.toContain('127.0.0.1');
    // Marked for the request log as an expected answer (a warning, no error stack).
    expect(response.locals[EXPECTED_UNAVAILABLE]).toBe(true);
  });

  it('answers 200 when Neo4j answers', async () => {
    const { response, sent } = recorder();
    void new HealthController(graphAnswering(async () => ({ records: [] }))).health(response);
    expect(await sent).toMatchObject({ status: 200, body: { neo4j: 'up' } });
  });

  it('answers 503 within about 2 s when Neo4j does not answer at all (paused), naming no host', async () => {
    const hanging = graphAnswering(() => new Promise(() => undefined));
    const { response, sent } = recorder();
    const started = Date.now();
    void new HealthController(hanging).health(response);
    const { status, body } = await sent;
    expect(status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(body).toMatchObject({ neo4j: 'down', error: 'graph database unavailable (down or restarting); try again shortly' });
  });
});
