import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigService } from '@nestjs/config';
import type { GraphConnection } from '@policygraph/graph-store';
import type { AppConfig } from '../config/app-config';
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

/** Configuration naming the supervisor's state file, or none (Neo4j not started by npm start). */
function configWith(stateFile?: string): ConfigService<AppConfig, true> {
  return { get: (key: string) => (key === 'neo4jSupervisorStateFile' ? stateFile : undefined) } as unknown as ConfigService<AppConfig, true>;
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
    void new HealthController(refused, configWith()).health(response);
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
    void new HealthController(
      graphAnswering(async () => ({ records: [] })),
      configWith(),
    ).health(response);
    expect(await sent).toMatchObject({ status: 200, body: { neo4j: 'up' } });
  });

  it('answers 503 within about 2 s when Neo4j does not answer at all (paused), naming no host', async () => {
    const hanging = graphAnswering(() => new Promise(() => undefined));
    const { response, sent } = recorder();
    const started = Date.now();
    void new HealthController(hanging, configWith()).health(response);
    const { status, body } = await sent;
    expect(status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(body).toMatchObject({ neo4j: 'down', error: 'graph database unavailable (down or restarting); try again shortly' });
  });

  describe('beside the supervisor of the local Neo4j', () => {
    const folder = mkdtempSync(join(tmpdir(), 'health-spec-'));
    const stateFile = join(folder, 'supervisor-state.json');
    const supervisorSays = (state: string): void => writeFileSync(stateFile, JSON.stringify({ state, since: new Date().toISOString(), restarts: 1 }));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("answers 'restarting' at once, without asking Neo4j, while the supervisor restarts it", async () => {
      supervisorSays('restarting');
      let attempts = 0;
      const hanging = graphAnswering(() => {
        attempts++;
        return new Promise(() => undefined);
      });
      const { response, sent } = recorder();
      const started = Date.now();
      void new HealthController(hanging, configWith(stateFile)).health(response);
      const { status, body } = await sent;
      expect(Date.now() - started).toBeLessThan(500);
      expect(attempts).toBe(0);
      expect(status).toBe(503);
      expect(body).toMatchObject({ neo4j: 'restarting', code: 'NEO4J_UNAVAILABLE', error: 'graph database restarting; try again shortly' });
      expect(response.locals[EXPECTED_UNAVAILABLE]).toBe(true);
    });

    it("answers 'down' when the supervisor says the server runs but it does not answer (paused), and 'up' when it answers", async () => {
      supervisorSays('running');
      const paused = recorder();
      void new HealthController(
        graphAnswering(() => new Promise(() => undefined)),
        configWith(stateFile),
      ).health(paused.response);
      expect(await paused.sent).toMatchObject({ status: 503, body: { neo4j: 'down' } });
      const answering = recorder();
      void new HealthController(
        graphAnswering(async () => ({ records: [] })),
        configWith(stateFile),
      ).health(answering.response);
      expect(await answering.sent).toMatchObject({ status: 200, body: { neo4j: 'up' } });
    });

    it("answers 'restarting' when the server dies while the health query waits", async () => {
      supervisorSays('running');
      const dying = graphAnswering(async () => {
        supervisorSays('restarting'); // the supervisor saw the JVM exit
        throw new Error('Connection was closed by server');
      });
      const { response, sent } = recorder();
      void new HealthController(dying, configWith(stateFile)).health(response);
      expect(await sent).toMatchObject({ status: 503, body: { neo4j: 'restarting' } });
    });
  });
});
