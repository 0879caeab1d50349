import type { GraphConnection } from '@policygraph/graph-store';
import type { Response } from 'express';
import { HealthController } from './health.controller';

function recorder(): { response: Response; sent: Promise<{ status: number; body: Record<string, unknown> }> } {
  let status = 0;
  let resolve: (value: { status: number; body: Record<string, unknown> }) => void = () => undefined;
  const sent = new Promise<{ status: number; body: Record<string, unknown> }>((r) => (resolve = r));
  const response = {
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

describe('HealthController', () => {
  it('answers 503 within about 2 s when Neo4j does not answer at all (paused), naming no host', async () => {
    const hanging = { driver: { executeQuery: () => new Promise(() => undefined) }, database: undefined } as unknown as GraphConnection;
    const { response, sent } = recorder();
    const started = Date.now();
    void new HealthController(hanging).health(response);
    const { status, body } = await sent;
    expect(status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(body).toMatchObject({ neo4j: 'down', error: 'graph database unavailable (down or restarting); try again shortly' });
  });
});
