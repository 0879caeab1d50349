import { graphql, startAppServer, type AppServer } from '../../../../test/support/app-server';
import { CONTENT_SECURITY_POLICY } from './security-headers';

const INTERNALS = /org\.apache|org\.neo4j|java\.|127\.0\.0\.1|localhost:\d|bolt:\/\//;

// Finding 8 of the security issue: headers, status codes and error texts.
describe('HTTP hygiene', () => {
  let server: AppServer;

  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server.close());

  it('sends security headers and no x-powered-by, on GraphQL and /health alike', async () => {
    for (const response of [
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await fetch(`${server.url}/health`),
    ]) {
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('answers a query over the token limit with 400, not 500', async () => {
    const response = await graphql(server.url, `{ ${Array.from({ length: 1_200 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    process.stderr.write(`token limit: ${response.status} ${JSON.stringify(response.errors)}\n`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/token/i);
  });

  it('prices first/limit given through variables like inline ones, refusing a too costly query with 400 before it runs', async () => {
    const department = 'department:青海省:省商务厅';
    const evidence = 'evidence { documentId start end quote section }';
    const neighbourhood = `query Around($id: ID!, $n: Int) { neighborhood(id: $id, limit: $n) {
      nodes { id label name properties ${evidence} } edges { id type source target properties ${evidence} } leftOut { type label count } } }`;
    const relations = 'query Leads($id: ID!, $n: Int) { entity(id: $id) { ... on DepartmentNode { responsibleFor(first: $n) { edges { node { name } } } } } }';
    const refused = [
      await graphql(server.url, neighbourhood, { id: department, n: 5_000 }),
      await graphql(server.url, neighbourhood.replace(', $n: Int', '').replace('limit: $n', 'limit: 5000'), { id: department }),
      await graphql(server.url, relations, { id: department, n: 100_000 }),
    ];
    process.stderr.write(`cost limit: ${JSON.stringify(refused.map((r) => [r.status, r.errors?.[0]?.message]))}\n`);
    for (const response of refused) {
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');
      expect(response.errors?.[0]?.message).toMatch(/^Query cost \d+ is above the limit of 50000/);
      expect(response.data ?? undefined).toBeUndefined();
    }
    // The explorer's largest request (500 neighbours with properties and evidence) and a small page still run.
    const explorer = await graphql<{ neighborhood: { nodes: unknown[] } }>(server.url, neighbourhood, { id: department, n: 500 });
    expect(explorer.errors).toBeUndefined();
    expect(explorer.data!.neighborhood.nodes.length).toBeGreaterThan(1);
    const page = await graphql<{ entity: { responsibleFor: { edges: unknown[] } } }>(server.url, relations, { id: department, n: 2 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.entity.responsibleFor.edges).toHaveLength(2);
  });

  it('keeps Java class names, hosts and ports out of error texts', async () => {
    const badFullText = await graphql(
      server.url,
      "{ cypher(query: \"CALL db.index.fulltext.queryNodes('entity_text_search', 'AND OR ((') YIELD node RETURN node\") { rows } }",
    );
    const badSearch = await graphql(server.url, '{ search(text: "AND OR (( ~~ ^^ [", limit: 5) { node { id } } }');
    const messages = [...(badFullText.errors ?? []), ...(badSearch.errors ?? [])].map((e) => e.message);
    process.stderr.write(`error texts: ${JSON.stringify(messages)}\n`);
    expect(badFullText.errors?.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(INTERNALS);
  });
});
