import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { directGraphQLRoute } from './direct-graphql-route';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('directGraphQLRoute', () => {
  let apollo: ApolloServer<BaseContext>;
  let server: Server;
  let started: ApolloServer<BaseContext> | undefined;
  const fallbackCalls: string[] = [];

  beforeAll(async () => {
    apollo = new ApolloServer({
      typeDefs: 'type Query { hello(name: String!): String! broken: String }',
      resolvers: { Query: { hello: (_: unknown, args: { name: string }) => `你好 ${args.name}`, broken: () => { throw new Error('resolver failed'); } } },
    });
    await apollo.start();
    started = apollo;
    const route = directGraphQLRoute(
      (req, res) => {
        fallbackCalls.push(`${req.method} ${req.url}`);
        req.resume();
        req.on('end', () => res.writeHead(299, { 'content-type': 'text/plain' }).end('express'));
      },
      { path: '/graphql', maxBodyBytes: 1_000, cors: { origin: ['http://127.0.0.1:3000'], methods: ['GET', 'POST', 'OPTIONS'] }, apollo: () => started },
    );
    server = createServer(route);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
  });

  beforeEach(() => {
    fallbackCalls.length = 0;
    started = apollo;
  });

  function send(options: { method?: string; path?: string; headers?: Record<string, string>; body?: string; chunked?: boolean }): Promise<Reply> {
    const { port } = server.address() as AddressInfo;
    const body = options.body ?? '';
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (!options.chunked) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/graphql', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      if (options.chunked) req.write(body);
      req.end(options.chunked ? undefined : body);
    });
  }

  const hello = JSON.stringify({ query: 'query($n: String!) { hello(name: $n) }', variables: { n: '青海' } });

  it('answers a JSON POST with Apollo, without the fallback', async () => {
    const reply = await send({ body: hello });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ data: { hello: '你好 青海' } });
    expect(reply.headers['content-type']).toMatch(/application\/(graphql-response\+)?json/);
    expect(fallbackCalls).toEqual([]);
  });

  it('keeps GraphQL errors in the GraphQL response', async () => {
    const reply = await send({ body: JSON.stringify({ query: '{ broken }' }) });
    expect(JSON.parse(reply.body).errors[0].message).toBe('resolver failed');
    const invalid = await send({ body: JSON.stringify({ query: '{ nope }' }) });
    expect(invalid.status).toBe(400);
    expect(fallbackCalls).toEqual([]);
  });

  it('answers a body that is not JSON with 400 and the body-parser error shape', async () => {
    const reply = await send({ body: '{"query": ' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ error: expect.stringContaining('not valid JSON'), code: 400 });
  });

  it('sets CORS headers for an allowed origin only', async () => {
    const allowed = await send({ body: hello, headers: { origin: 'http://127.0.0.1:3000' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('http://127.0.0.1:3000');
    const other = await send({ body: hello, headers: { origin: 'http://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    ['another path', { path: '/health' }],
    ['a GET', { method: 'GET', body: '' }],
    ['another media type', { headers: { 'content-type': 'text/plain' } }],
    ['another charset', { headers: { 'content-type': 'application/json; charset=latin1' } }],
    ['a compressed body', { headers: { 'content-encoding': 'gzip' } }],
    ['no content length', { chunked: true }],
    ['a body over the limit', { body: JSON.stringify({ query: `{ hello(name: "${'x'.repeat(2_000)}") }` }) }],
  ])('hands %s to the fallback', async (_name, options) => {
    const reply = await send({ body: hello, ...options });
    expect(reply.status).toBe(299);
    expect(fallbackCalls).toHaveLength(1);
  });

  it('accepts a UTF-8 charset and a query string on the path', async () => {
    const reply = await send({ path: '/graphql?x=1', body: hello, headers: { 'content-type': 'application/json; charset=UTF-8' } });
    expect(JSON.parse(reply.body)).toEqual({ data: { hello: '你好 青海' } });
    expect(fallbackCalls).toEqual([]);
  });

  it('hands everything to the fallback until Apollo has started', async () => {
    started = undefined;
    const reply = await send({ body: hello });
    expect(reply.status).toBe(299);
    expect(fallbackCalls).toEqual(['POST /graphql']);
  });
});
