import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphChecksum } from '@policygraph/graph-store';
import { ROOT, startAppServer, type AppServer } from '../../../../test/support/app-server';
import { parseApiTokens } from './api-tokens';

const WRITE = 'write-token-for-the-authorization-test';
const READ = 'read-token-for-the-authorization-test';
const SEED = '004_6c3dd93e6ca21e83.txt';

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

// Finding 7 of the security issue: anonymous ingest, 15 aliased ingests per request.
describe('authorization', () => {
  let server: AppServer;
  let checksum: string;
  const content = readFileSync(join(ROOT, 'seeds', SEED)).toString('base64');
  const ingest = 'mutation($c: String!) { ingestDocument(fileName: "004_6c3dd93e6ca21e83.txt", contentBase64: $c) { status } }';

  beforeAll(async () => {
    server = await startAppServer({ apiTokens: parseApiTokens(`write:${WRITE},read:${READ}`).tokens });
    checksum = await graphChecksum(server.connection);
  });
  afterAll(async () => {
    expect(await graphChecksum(server.connection)).toBe(checksum);
    await server.close();
  });

  it('refuses an anonymous ingest with 401 and a read token with 403; a write token ingests', async () => {
    const anonymous = await post(server.url, ingest, { c: content });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/needs an API token with write scope/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const wrongToken = await post(server.url, ingest, { c: content }, 'x'.repeat(40));
    expect(wrongToken.status).toBe(401);
    const reader = await post(server.url, ingest, { c: content }, READ);
    expect(reader.status).toBe(403);
    const writer = await post(server.url, ingest, { c: content }, WRITE);
    expect(writer.body).toEqual({ data: { ingestDocument: { status: 'unchanged' } } });
  });

  it('accepts one mutation per request: 15 aliased ingests are refused with 400, token or not', async () => {
    const aliased = `mutation($c: String!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: ingestDocument(fileName: "x${i}.txt", contentBase64: $c) { status }`).join(' ')} }`;
    const refused = await post(server.url, aliased, { c: content }, WRITE);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toBe('send one mutation per request (this one has 15)');
    const hidden = await post(
      server.url,
      'mutation($c: String!) { ...Two } fragment Two on Mutation { a: ingestDocument(fileName: "a.txt", contentBase64: $c) { status } b: ingestDocument(fileName: "b.txt", contentBase64: $c) { status } }',
      { c: content },
      WRITE,
    );
    expect(hidden.status).toBe(400);
  });

  it('needs a read token for the console, and none for graph reads', async () => {
    const query = '{ cypher(query: "MATCH (d:Department) RETURN count(d) AS n") { rows } }';
    expect((await post(server.url, query, {})).status).toBe(401);
    expect((await post(server.url, query, {}, READ)).body).toMatchObject({ data: { cypher: { rows: [[expect.any(Number)]] } } });
    expect((await post(server.url, query, {}, WRITE)).status).toBe(200);
    const reads = await post(server.url, '{ regions { documents } }', {});
    expect(reads.status).toBe(200);
    expect(reads.body.errors).toBeUndefined();
  });
});
