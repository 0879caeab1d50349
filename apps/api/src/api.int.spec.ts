import { graphql, startAppServer, type AppServer } from '../../../test/support/app-server';

const QH_NDRC = 'department:青海省:省发展和改革委员会';
const QH_TRANSPORT = 'department:青海省:省交通运输厅';
const QH_COMMERCE = 'department:青海省:省商务厅';

interface NodeRef {
  id: string;
  label: string;
  name: string;
}

describe('GraphQL API on the seed corpus', () => {
  let server: AppServer;

  beforeAll(async () => {
    // A read cache that outlives the whole suite: every answer below must be right even when served from memory,
    // and only an ingest through the API may make it stale.
    server = await startAppServer({ readCacheMs: 60_000 });
  });
  afterAll(() => server.close());

  it('lists the seed regions with their documents, Qinghai with its departments', async () => {
    const { data } = await graphql<{ regions: { region: NodeRef; documents: number; departments: number }[] }>(
      server.url,
      '{ regions { region { id name } documents departments } }',
    );
    const qinghai = data!.regions.find((r) => r.region.name === '青海省');
    expect(qinghai?.documents).toBe(1);
    expect(qinghai?.departments).toBeGreaterThanOrEqual(20);
    const { data: docs } = await graphql<{ documents: { document: NodeRef; region: string }[] }>(server.url, '{ documents { document { id name } region } }');
    expect(docs!.documents.map((d) => d.region).sort()).toEqual(['湖南省', '昆明市', '云南省', '重庆市', '青海省'].sort());
  });

  it('shows the tasks each Qinghai department is responsible for, with role and quote', async () => {
    const { data } = await graphql<{
      departments: { department: NodeRef; tasks: { project: NodeRef; role: string; presumedLead: boolean; basis: string; quote: string }[] }[];
    }>(
      server.url,
      'query($region: String!) { departments(region: $region) { department { id name } tasks { project { id name } role presumedLead basis quote } } }',
      { region: '青海省' },
    );
    // Qinghai's (责任单位：…) lists state no lead: every unit is co-responsible, the first listed a presumed lead.
    const ndrc = data!.departments.find((d) => d.department.id === QH_NDRC);
    expect(data!.departments.flatMap((d) => d.tasks).filter((t) => t.role === 'lead')).toEqual([]);
    const presumed = ndrc!.tasks.filter((t) => t.presumedLead).map((t) => t.project.name);
    expect(presumed).toEqual(expect.arrayContaining([expect.stringContaining('加强组织领导')]));
    const transport = data!.departments.find((d) => d.department.id === QH_TRANSPORT)!;
    const logistics = transport.tasks.find((t) => t.project.name.includes('现代供应链'));
    expect(logistics).toMatchObject({ role: 'co-responsible', presumedLead: true, basis: 'stated' });
    expect(logistics!.quote).toContain('省交通运输厅');
  });

  it('finds 省发展改革委 when the analyst types 发改委', async () => {
    const { data } = await graphql<{ search: { node: NodeRef }[] }>(
      server.url,
      '{ search(text: "发改委", labels: ["Department"], region: "青海省") { node { id name } } }',
    );
    expect(data!.search[0]?.node.id).toBe(QH_NDRC);
  });

  it('expands a department to the tasks and projects it owns, with evidence on each edge', async () => {
    const { data } = await graphql<{
      neighborhood: { nodes: NodeRef[]; edges: { type: string; source: string; target: string; evidence: { quote: string }[] }[] };
    }>(
      server.url,
      `
        query ($id: ID!) {
          neighborhood(id: $id, depth: 1, relTypes: ["RESPONSIBLE"]) {
            nodes {
              id
              label
              name
            }
            edges {
              type
              source
              target
              evidence {
                quote
              }
            }
          }
        }
      `,
      { id: QH_COMMERCE },
    );
    const owned = data!.neighborhood.nodes.filter((n) => n.label === 'Task' || n.label === 'Project');
    expect(owned.length).toBeGreaterThanOrEqual(2);
    for (const edge of data!.neighborhood.edges) {
      expect(edge.type).toBe('RESPONSIBLE');
      expect(edge.target).toBe(QH_COMMERCE);
      expect(edge.evidence[0]!.quote).toContain('省商务厅');
    }
  });

  it('finds the shortest path between two departments that share a task', async () => {
    const { data } = await graphql<{ paths: { paths: { nodeIds: string[] }[] } }>(
      server.url,
      `
        query ($a: ID!, $b: ID!) {
          paths(fromId: $a, toId: $b, maxHops: 4) {
            paths {
              nodeIds
            }
          }
        }
      `,
      { a: QH_TRANSPORT, b: QH_COMMERCE },
    );
    expect(data!.paths.paths.length).toBeGreaterThan(0);
    expect(data!.paths.paths[0]!.nodeIds).toHaveLength(3);
  });

  it('traces ownership of a department up to its tasks, stated kept apart from inferred', async () => {
    const { data } = await graphql<{ ownership: { root: NodeRef; stated: { project: NodeRef; role: string; basis: string }[]; inferred: unknown[] } }>(
      server.url,
      'query($id: ID!) { ownership(id: $id) { root { id } stated { project { name } role basis } inferred { role } } }',
      { id: QH_NDRC },
    );
    expect(data!.ownership.stated.length).toBeGreaterThanOrEqual(5);
    expect(data!.ownership.stated.every((c) => c.basis === 'stated')).toBe(true);
  });

  it('runs saved pattern queries with parameters', async () => {
    const { data } = await graphql<{ savedQueries: { id: string; params: { name: string }[] }[] }>(server.url, '{ savedQueries { id params { name } } }');
    expect(data!.savedQueries.map((q) => q.id)).toEqual(
      expect.arrayContaining([
        'co-owning-departments',
        'projects-without-owner',
        'indicator-across-regions',
        'department-ownership-by-sector',
        'region-full-chain',
        'sectors-across-regions',
      ]),
    );
    const { data: run } = await graphql<{ runSavedQuery: { columns: string[]; rows: unknown[][] } }>(
      server.url,
      'query($p: JSON) { runSavedQuery(id: "co-owning-departments", params: $p) { columns rows } }',
      { p: { region: '青海省', minShared: 3 } },
    );
    expect(run!.runSavedQuery.columns).toEqual(['region', 'departmentA', 'departmentB', 'sharedProjects', 'examples']);
    expect(run!.runSavedQuery.rows.length).toBeGreaterThan(0);
    expect(run!.runSavedQuery.rows.every((row) => (row[3] as number) >= 3)).toBe(true);
    // Sector types the seeds' provinces share (现代物流 in 云南, 湖南 and 青海 …), each row at least two regions.
    const { data: shared } = await graphql<{ runSavedQuery: { columns: string[]; rows: unknown[][] } }>(
      server.url,
      'query($p: JSON) { runSavedQuery(id: "sectors-across-regions", params: $p) { columns rows } }',
      { p: { minRegions: 2 } },
    );
    expect(shared!.runSavedQuery.columns).toEqual(['sectorType', 'regions', 'sectors', 'examples']);
    expect(shared!.runSavedQuery.rows.map((row) => row[0])).toContain('现代物流');
    expect(shared!.runSavedQuery.rows.every((row) => (row[1] as string[]).length >= 2 && (row[3] as string[]).length === (row[1] as string[]).length)).toBe(
      true,
    );
  });

  it('refuses a write through the Cypher console with a clear code and message', async () => {
    const response = await graphql(server.url, '{ cypher(query: "MATCH (n) DETACH DELETE n") { rows } }');
    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(response.errors![0]!.message).toMatch(/^The Cypher console is read-only/);
    const { data } = await graphql<{ cypher: { rows: unknown[][] } }>(server.url, '{ cypher(query: "MATCH (d:Document) RETURN count(d) AS n") { rows } }');
    expect(data!.cypher.rows).toEqual([[5]]);
    const nulls = await graphql<{ cypher: { rows: unknown[][] } }>(
      server.url,
      '{ cypher(query: "OPTIONAL MATCH (n:Nothing) RETURN n, null AS nothing") { rows } }',
    );
    expect(nulls.data!.cypher.rows).toEqual([[null, null]]);
  });

  it('runs console queries live while plain reads of the same fact come from the read cache', async () => {
    const count = '{ cypher(query: "MATCH (p:Probe) RETURN count(p) AS n") { rows } }';
    const probes = async (): Promise<unknown> => (await graphql<{ cypher: { rows: unknown[][] } }>(server.url, count)).data!.cypher.rows[0]![0];
    const node = async (): Promise<string | undefined> =>
      (await graphql<{ node: { name: string } | null }>(server.url, '{ node(id: "probe") { name } }')).data?.node?.name;
    expect(await probes()).toBe(0);
    await server.connection.driver.executeQuery("CREATE (:Entity:Probe {id: 'probe', label: 'Probe', name: 'first'})");
    try {
      expect(await probes()).toBe(1);
      expect(await node()).toBe('first');
      // A write behind the API's back: the console sees it at once, a cached read only after READ_CACHE_MS.
      await server.connection.driver.executeQuery("MATCH (p:Probe) SET p.name = 'second'");
      expect(await node()).toBe('first');
      expect(
        (await graphql<{ cypher: { rows: unknown[][] } }>(server.url, '{ cypher(query: "MATCH (p:Probe) RETURN p.name") { rows } }')).data!.cypher.rows,
      ).toEqual([['second']]);
    } finally {
      await server.connection.driver.executeQuery('MATCH (p:Probe) DETACH DELETE p');
    }
  });

  it('rejects over-deep and alias-flooded GraphQL before running it, without stack traces', async () => {
    const nested = Array.from({ length: 16 }, () => 'ofType {').join(' ');
    const deep = await graphql(server.url, `{ __schema { types { fields { type { ${nested} name ${'}'.repeat(16)} } } } } }`);
    expect(deep.errors![0]!.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: regions { documents }`).join(' ');
    const flood = await graphql(server.url, `{ ${aliases} }`);
    expect(flood.errors![0]!.message).toMatch(/alias/i);
    const notFound = await graphql(server.url, '{ node(id: "nope") { id } }');
    expect(notFound.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });

  it('ingests an uploaded document and reports a clear error for an empty one', async () => {
    // Read first, so the document list sits in the read cache: the ingest must make it stale at once.
    const listed = async (): Promise<string[]> =>
      (await graphql<{ documents: { document: NodeRef }[] }>(server.url, '{ documents { document { id } } }')).data!.documents.map((d) => d.document.id);
    expect(await listed()).not.toContain('document:upload-test');
    const text = '某某省人民政府办公厅关于推动服务业发展的实施意见\n一、重点任务\n（一）发展会展业。办好展会。（责任单位：省商务厅、省财政厅）\n';
    const ok = await graphql<{ ingestDocument: { status: string; documentId: string } }>(
      server.url,
      'mutation($f: String!, $c: String!) { ingestDocument(fileName: $f, contentBase64: $c) { status documentId } }',
      { f: 'upload-test.txt', c: Buffer.from(text).toString('base64') },
    );
    expect(ok.data!.ingestDocument).toEqual({ status: 'added', documentId: 'upload-test' });
    expect(await listed()).toContain('document:upload-test');
    const empty = await graphql(server.url, 'mutation { ingestDocument(fileName: "empty.txt", contentBase64: "") { status } }');
    expect(empty.errors![0]!.message).toContain('empty.txt is empty');
    expect(empty.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    await server.connection.driver.executeQuery("MATCH (n:Entity {documentId: 'upload-test'}) DETACH DELETE n");
  });

  it('builds the ownership matrix of a region: departments × sector types with lead, co-responsible and support counts', async () => {
    type Cell = { departmentId: string; columnId: string; lead: number; support: number; coResponsible: number; presumedLead: number; itemIds: string[] };
    const { data } = await graphql<{
      ownershipMatrix: { departments: NodeRef[]; columns: NodeRef[]; cells: Cell[]; unowned: NodeRef[]; topLeads: { department: NodeRef; lead: number }[] };
    }>(
      server.url,
      'query($r: [String!]!) { ownershipMatrix(regions: $r) { departments { id name } columns { id name } cells { departmentId columnId lead support coResponsible presumedLead itemIds } unowned { id label } topLeads { department { id } lead } } }',
      { r: ['青海省'] },
    );
    const matrix = data!.ownershipMatrix;
    const transportCells = matrix.cells.filter((c) => c.departmentId === QH_TRANSPORT);
    // No lead is stated in Qinghai: the transport department is a presumed lead (first listed), not a stated one.
    expect(transportCells.some((c) => c.presumedLead > 0)).toBe(true);
    expect(matrix.cells.every((c) => c.lead === 0 && c.presumedLead <= c.coResponsible)).toBe(true);
    expect(matrix.cells.every((c) => c.lead + c.support + c.coResponsible >= c.itemIds.length)).toBe(true);
    expect(matrix.topLeads[0]!.lead).toBeGreaterThanOrEqual(matrix.topLeads.at(-1)!.lead);
    const { data: sub } = await graphql<{ subgraph: { nodes: NodeRef[]; edges: { source: string; target: string }[] } }>(
      server.url,
      'query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } edges { source target } } }',
      { ids: [QH_TRANSPORT, 'region:青海省'] },
    );
    expect(sub!.subgraph.nodes).toHaveLength(2);
    expect(sub!.subgraph.edges).toEqual([{ source: QH_TRANSPORT, target: 'region:青海省' }]);
  });

  it('returns typed nodes whose relationships are paginated fields', async () => {
    const query = `query($id: ID!, $after: String) { entity(id: $id) { __typename id name
      ... on DepartmentNode {
        responsibleFor(first: 2, after: $after, basis: ["stated"]) { totalCount edges { node { __typename name } relationship { properties } } pageInfo { hasNextPage endCursor } }
        region { edges { node { name } } }
      } } }`;
    type Page = {
      totalCount: number;
      edges: { node: { __typename: string; name: string }; relationship: { properties: { role: string; basis: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    const first = await graphql<{ entity: { __typename: string; responsibleFor: Page; region: { edges: { node: { name: string } }[] } } }>(server.url, query, {
      id: QH_COMMERCE,
    });
    if (!first.data) throw new Error(JSON.stringify(first.errors));
    const entity = first.data!.entity;
    expect(entity.__typename).toBe('DepartmentNode');
    expect(entity.region.edges[0]!.node.name).toBe('青海省');
    expect(entity.responsibleFor.totalCount).toBeGreaterThanOrEqual(4);
    expect(entity.responsibleFor.edges).toHaveLength(2);
    expect(entity.responsibleFor.edges.every((e) => e.relationship.properties.basis === 'stated')).toBe(true);
    expect(entity.responsibleFor.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<{ entity: { responsibleFor: Page } }>(server.url, query, { id: QH_COMMERCE, after: entity.responsibleFor.pageInfo.endCursor });
    const names = [...entity.responsibleFor.edges, ...second.data!.entity.responsibleFor.edges].map((e) => e.node.name);
    expect(new Set(names).size).toBe(4);
  });

  it('reports health with the database state', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
  });
});
