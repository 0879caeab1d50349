import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pinoHttp from 'pino-http';
import { createAppLogger } from './app-logger';
import { EXPECTED_UNAVAILABLE, requestLogOptions } from './request-log';

interface LogLine {
  level: number;
  msg: string;
  status: number;
  url: string;
  err?: unknown;
}

describe('requestLogOptions', () => {
  const lines: LogLine[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const logger = createAppLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    const app = express();
    app.use(pinoHttp(requestLogOptions(logger)));
    app.get('/unavailable', (_req, res) => {
      res.locals[EXPECTED_UNAVAILABLE] = true;
      res.status(503).json({ status: 'degraded' });
    });
    app.get('/broken', (_req, res) => void res.status(500).json({ error: 'internal' }));
    app.get('/ok', (_req, res) => void res.json({ ok: true }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** The request line of one request to `path`, written when its response finished. */
  async function lineFor(path: string): Promise<LogLine> {
    lines.length = 0;
    await (await fetch(`${base}${path}`)).text();
    for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lines).toHaveLength(1);
    return lines[0]!;
  }

  it('logs an expected 503 (a handler reporting Neo4j unavailable) as a warning without a made-up error stack', async () => {
    const line = await lineFor('/unavailable');
    expect(line).toMatchObject({ level: 40, status: 503, url: '/unavailable', msg: 'request answered unavailable' });
    expect(line.err).toBeUndefined();
    expect(JSON.stringify(line)).not.toContain('failed with status code');
  });

  it("logs any other 5xx as an error, still without pino-http's synthetic error", async () => {
    const line = await lineFor('/broken');
    expect(line).toMatchObject({ level: 50, status: 500, msg: 'request failed' });
    expect(line.err).toBeUndefined();
  });

  it('logs a 200 at info', async () => {
    expect(await lineFor('/ok')).toMatchObject({ level: 30, status: 200, msg: 'request' });
  });
});
