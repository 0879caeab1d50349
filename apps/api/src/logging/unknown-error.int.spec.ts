import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Query, Resolver } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { applySchema, connectWithRetry, neo4jConfigFromEnv, type GraphConnection } from '@policygraph/graph-store';
import { listenOnFreePort } from '../../../../test/support/app-server';
import { testAppConfig } from '../../../../test/support/test-app-config';
import { configureHttpApp } from '../app.factory';
import { AppModule } from '../app.module';
import { createAppLogger } from './app-logger';

const SECRET = 'bolt://10.1.2.3:7687 refused user neo4j';

/** A resolver with a bug: what any unforeseen failure inside a resolver looks like to the API. */
@Resolver()
class FailingResolver {
  @Query(() => String)
  failing(): string {
    throw new TypeError(`cannot read properties of undefined (${SECRET})`);
  }
}

interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  operation?: string;
  status?: number;
  durationMs?: number;
  errors?: string[];
  err?: { type: string; message: string; stack: string };
}

describe('unknown errors in resolvers', () => {
  let connection: GraphConnection;
  let app: NestExpressApplication;
  let url: string;
  const lines: LogLine[] = [];

  beforeAll(async () => {
    connection = await connectWithRetry(neo4jConfigFromEnv(), { timeoutMs: 30_000 });
    await applySchema(connection);
    const config = testAppConfig();
    // Info level: the request lines are asserted too. The test keeps every line instead of printing it.
    const logger = createAppLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    // The real app module, plus one resolver beside it (GraphQL collects resolvers from every module).
    @Module({ imports: [AppModule.forRoot(config, connection, () => ({ ...connection, close: async () => undefined }), logger)], providers: [FailingResolver] })
    class AppWithFailingResolver {}
    app = configureHttpApp(await NestFactory.create<NestExpressApplication>(AppWithFailingResolver, { bodyParser: false, bufferLogs: true }), config);
    url = await listenOnFreePort(app);
  });
  afterAll(async () => {
    await app.close();
    await connection.close();
  });

  it('logs the error with its stack and answers a stable code without internals', async () => {
    lines.length = 0;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Explode { failing }' }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };

    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' });
    expect(error!.message).toBe('internal error (logged on the server)');
    expect(JSON.stringify(body)).not.toMatch(/10\.1\.2\.3|TypeError|FailingResolver|\.ts:\d+/);

    await new Promise((resolve) => setImmediate(resolve)); // the request line is written when the response ends
    const logged = lines.find((line) => line.err?.message.includes(SECRET));
    expect(logged).toMatchObject({ level: 50, context: 'Errors', err: { type: 'TypeError' } });
    expect(logged!.err!.stack).toMatch(/FailingResolver\.failing .*unknown-error\.int\.spec\.ts:\d+/);
    const requestLines = lines.filter((line) => line.msg === 'request');
    expect(requestLines).toEqual([
      expect.objectContaining({ level: 30, operation: 'Explode', status: 200, errors: ['INTERNAL_SERVER_ERROR'], durationMs: expect.any(Number) }),
    ]);
  });

  it('writes one request line per request, naming the operation', async () => {
    lines.length = 0;
    for (const operation of ['First', 'Second']) {
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query ${operation} { __typename }` }),
      });
    }
    await fetch(`${url}/health`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((line) => line.msg === 'request').map((line) => [line.operation, line.status, line.errors])).toEqual([
      ['First', 200, undefined],
      ['Second', 200, undefined],
      [undefined, expect.any(Number), undefined],
    ]);
  });
});
