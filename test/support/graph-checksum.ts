import { createHash } from 'node:crypto';
import type { GraphConnection } from '@policygraph/graph-store';

/** A fingerprint of the whole graph (every node's labels and id, every relationship's type and ends): equal before and after means nothing was written. */
export async function graphChecksum(connection: GraphConnection): Promise<string> {
  const { records } = await connection.driver.executeQuery(
    `MATCH (n) WITH n ORDER BY elementId(n)
     WITH collect(labels(n)[0] + ':' + coalesce(n.id, n.documentId, '')) AS nodes
     OPTIONAL MATCH (a)-[r]->(b) WITH nodes, r, a, b ORDER BY elementId(r)
     RETURN nodes, collect(type(r) + ':' + coalesce(a.id, a.documentId, '') + '>' + coalesce(b.id, b.documentId, '')) AS relationships`,
    {},
    { routing: 'READ' },
  );
  const record = records[0]!;
  return createHash('sha256').update(JSON.stringify([record.get('nodes'), record.get('relationships')])).digest('hex');
}

/** Milliseconds a neighbourhood query takes through the API: what another client feels during an attack. */
export async function timedNeighborhood(url: string, id: string): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id } } }', variables: { id } }),
  });
  const body = (await response.json()) as { data?: { neighborhood?: { nodes: unknown[] } } };
  return { ms: performance.now() - started, ok: response.status === 200 && (body.data?.neighborhood?.nodes.length ?? 0) > 0 };
}
