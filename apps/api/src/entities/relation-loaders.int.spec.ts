import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GraphConnection } from '@policygraph/graph-store';
import { graphql, listenOnFreePort, startAppServer, type AppServer } from '../../../../test/support/app-server';
import { testAppConfig } from '../../../../test/support/test-app-config';
import { createApp } from '../app.factory';

/** The real connection, counting the sessions opened on it: each Neo4j read of the API is one session (readQuery). */
function countingConnection(connection: GraphConnection): { connection: GraphConnection; sessions: () => number } {
  let sessions = 0;
  const driver = new Proxy(connection.driver, {
    get(target, property) {
      if (property === 'session') {
        return (...args: Parameters<typeof target.session>) => {
          sessions++;
          return target.session(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { connection: { ...connection, driver, close: async () => undefined }, sessions: () => sessions };
}

const DEPARTMENTS_OF_REGION = `query($id: ID!) { entity(id: $id) { ... on RegionNode {
  departments { totalCount edges { node { id ... on DepartmentNode {
    responsibleFor(first: 3) { totalCount edges { node { id } } }
    functions(first: 1) { totalCount }
    region(first: 1) { totalCount }
  } } } }
} } }`;

interface DepartmentPages {
  entity: {
    departments: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          responsibleFor: { totalCount: number; edges: { node: { id: string } }[] };
          functions: { totalCount: number };
          region: { totalCount: number };
        };
      }[];
    };
  };
}

describe('entity relation fields', () => {
  let server: AppServer;
  let app: NestExpressApplication;
  let url: string;
  let counted: ReturnType<typeof countingConnection>;
  let regionId: string;

  beforeAll(async () => {
    server = await startAppServer({ readCacheMs: 0 });
    counted = countingConnection(server.connection);
    app = await createApp(testAppConfig({ readCacheMs: 0 }), counted.connection);
    url = await listenOnFreePort(app);
    const { records } = await server.connection.driver.executeQuery(
      'MATCH (r:Region)<-[:OF_REGION]-(d:Department) WITH r, count(d) AS departments ORDER BY departments DESC, r.id LIMIT 1 RETURN r.id AS id',
    );
    regionId = String(records[0]!.get('id'));
  }, 300_000); // re-ingesting the seed plans after another spec's data can take minutes on a busy machine
  afterAll(async () => {
    await app.close();
    await server.close();
  });

  it('reads a field of N parents in one Neo4j query, not one per parent, with the pages each parent alone gets', async () => {
    const before = counted.sessions();
    const response = await graphql<DepartmentPages>(url, DEPARTMENTS_OF_REGION, { id: regionId });
    const queries = counted.sessions() - before;
    expect(response.errors).toBeUndefined();
    const departments = response.data!.entity.departments.edges.map((edge) => edge.node);
    process.stderr.write(`relation fields: ${departments.length} departments × 3 fields answered with ${queries} Neo4j queries\n`);

    expect(departments.length).toBeGreaterThanOrEqual(10);
    // entity + departments + one per nested field (responsibleFor, functions, region), whatever N is.
    expect(queries).toBeLessThanOrEqual(5);

    // Batching changes nothing in the answer: each department asked alone gets the same pages.
    for (const department of [departments[0]!, departments[departments.length - 1]!]) {
      const alone = await graphql<{ entity: DepartmentPages['entity']['departments']['edges'][number]['node'] }>(
        url,
        `
          query ($id: ID!) {
            entity(id: $id) {
              id
              ... on DepartmentNode {
                responsibleFor(first: 3) {
                  totalCount
                  edges {
                    node {
                      id
                    }
                  }
                }
                functions(first: 1) {
                  totalCount
                }
                region(first: 1) {
                  totalCount
                }
              }
            }
          }
        `,
        { id: department.id },
      );
      expect(alone.data!.entity).toEqual(department);
      expect(department.region.totalCount).toBe(1);
    }
  });
});
