import { applySchema, connectWithRetry, neo4jConfigFromEnv, type GraphConnection } from '@policygraph/graph-store';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { createApp } from './app.factory';
import { listenOnFreePort } from '../../../test/support/app-server';
import { testAppConfig } from '../../../test/support/test-app-config';

// Headers, authorization and logging are Express middleware: they only protect GraphQL if every GraphQL request
// passes through the Express stack (there used to be a faster route beside it that skipped all middleware).
describe('one HTTP path', () => {
  let connection: GraphConnection;
  let app: NestExpressApplication;
  let url: string;
  const seen: string[] = [];

  beforeAll(async () => {
    connection = await connectWithRetry(neo4jConfigFromEnv(), { timeoutMs: 30_000 });
    await applySchema(connection);
    app = await createApp(testAppConfig(), connection);
    app.use((request: Request, _response: Response, next: NextFunction) => {
      seen.push(`${request.method} ${request.path}`);
      next();
    });
    url = await listenOnFreePort(app);
  });
  afterAll(async () => {
    await app.close();
    await connection.close();
  });

  it('passes plain JSON GraphQL POSTs, the common case, through Express middleware', async () => {
    seen.length = 0;
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    }
    expect(seen).toEqual(['POST /graphql', 'POST /graphql', 'POST /graphql']);
  });
});
