import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { inferOwnership } from '@policygraph/ownership-inference';
import type { GraphConnection } from '@policygraph/graph-store';
import { ingestPaths, ingestText, readDocumentFile } from '@policygraph/ingest';
import { SEED_PLANS, SEEDS_DIR, startAppServer, type AppServer } from '../../../../test/support/app-server';
import { parseApiTokens } from '../auth/api-tokens';

const WRITE = 'write-token-for-the-delete-document-test';
const READ = 'read-token-for-the-delete-document-test';
/** 昆明市: it shares 云南省 (and sector types, strategies, functions) with the 云南省 plan. */
const DELETED = '003_a97a7df350ddcfd5';
const DELETE = 'mutation($id: String!) { deleteDocument(documentId: $id) { documentId title ownNodes sharedNodes sharedEdges } }';

async function post(
  url: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ status: number; body: { data?: Record<string, never>; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: DELETE, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/**
 * Every node (labels, properties) and relationship (ends, type, properties) as sorted lines. A shared node's evidence
 * is the last writer's (whichever document was stored last), so it is left out here and checked on its own.
 */
async function graphLines(connection: GraphConnection): Promise<string[]> {
  const nodes = await connection.driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await connection.driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props');
  const stable = (props: Record<string, unknown>, shared: boolean): string =>
    JSON.stringify(
      Object.keys(props)
        .filter((key) => !(shared && (key === 'evidenceJson' || key === 'quoteText')))
        .sort()
        .map((key) => [key, props[key]]),
    );
  return [
    ...nodes.records.map(
      (r) => `N ${JSON.stringify([...(r.get('labels') as string[])].sort())} ${stable(r.get('props'), r.get('props').documentId === undefined)}`,
    ),
    ...rels.records.map((r) => `R ${r.get('from')} ${r.get('type')} ${r.get('to')} ${stable(r.get('props'), false)}`),
  ].sort();
}

const checksum = (lines: readonly string[]): string => createHash('sha256').update(lines.join('\n')).digest('hex');

describe('deleteDocument mutation', () => {
  let server: AppServer;

  beforeAll(async () => {
    server = await startAppServer({ apiTokens: parseApiTokens(`write:${WRITE},read:${READ}`).tokens });
    // Ingesting the five plans with inference takes 30–150 s on the shared machine.
  }, 300_000);
  afterAll(async () => {
    // The graph now holds four of the five seed plans: the next spec's server rebuilds its corpus.
    await server?.close();
  });

  it('needs a write token (401 anonymous, 403 read) and names an unknown document; nothing changes', async () => {
    const before = checksum(await graphLines(server.connection));
    const anonymous = await post(server.url, { id: DELETED });
    expect(anonymous.status).toBe(401);
    const reader = await post(server.url, { id: DELETED }, READ);
    expect(reader.status).toBe(403);
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await post(server.url, { id: 'no-such-document' }, WRITE);
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('no document with id no-such-document'),
      extensions: { code: 'NOT_FOUND' },
    });
    expect(checksum(await graphLines(server.connection))).toBe(before);
  });

  it('removes the document and the facts only it supports in one transaction: the graph equals the one never holding it', async () => {
    // Four plans ingested with inference, then the fifth: 35 s idle.
    const connection = server.connection;
    await connection.driver.executeQuery('MATCH (n) DETACH DELETE n');
    const others = SEED_PLANS.filter((path) => !path.includes(DELETED));
    expect(others).toHaveLength(4);
    // The other plans with ownership inference, as `npm run ingest` stores them.
    const stored = await ingestPaths(connection, others);
    expect(stored.failed).toBe(0);
    const without = await graphLines(connection);

    // The 昆明市 plan on top, with owners inferred for its tasks (inferred departments and edges of its own).
    await ingestText(connection, await readDocumentFile(join(SEEDS_DIR, `${DELETED}.txt`)));
    const inference = await inferOwnership(connection, { region: '昆明市' });
    expect(inference.edges).toBeGreaterThan(0);
    const withIt = await graphLines(connection);
    expect(withIt.length).toBeGreaterThan(without.length + 100);

    const deleted = await post(server.url, { id: DELETED }, WRITE);
    expect(deleted.body.errors).toBeUndefined();
    const report = deleted.body.data!['deleteDocument'] as { ownNodes: number; sharedNodes: number; title: string };
    expect(report.title).toContain('昆明市');
    expect(report.ownNodes).toBeGreaterThan(100);
    expect(report.sharedNodes).toBeGreaterThan(0);

    const after = await graphLines(connection);
    expect(after).toEqual(without);
    expect(checksum(after)).toBe(checksum(without));
    // Nothing left points into the deleted document: no fact, no evidence, no shared node's evidence.
    const traces = await connection.driver.executeQuery(
      `CALL { MATCH (n) WHERE any(key IN keys(n) WHERE coalesce(toStringOrNull(n[key]), "") CONTAINS $id) RETURN count(n) AS c
              UNION ALL MATCH ()-[r]->() WHERE any(key IN keys(r) WHERE coalesce(toStringOrNull(r[key]), "") CONTAINS $id) RETURN count(r) AS c }
       RETURN sum(c) AS traces`,
      { id: DELETED },
    );
    expect(Number(traces.records[0]?.get('traces'))).toBe(0);
  }, 300_000);
});
