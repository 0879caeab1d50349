import { createHash } from 'node:crypto';
import type { GraphConnection } from './connect';
import { toPolicyGraphError } from './neo4j-errors';

export interface GraphCounts {
  readonly nodes: number;
  readonly relationships: number;
  readonly documents: number;
}

export async function graphCounts(connection: GraphConnection): Promise<GraphCounts> {
  try {
    const { records } = await connection.driver.executeQuery(
      `CALL { MATCH (n) RETURN count(n) AS nodes }
       CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL { MATCH (d:Document) RETURN count(d) AS documents }
       RETURN nodes, relationships, documents`,
      {},
      { database: connection.database, routing: 'READ' },
    );
    const row = records[0]!;
    return { nodes: Number(row.get('nodes')), relationships: Number(row.get('relationships')), documents: Number(row.get('documents')) };
  } catch (error) {
    throw toPolicyGraphError(error, 'counting the graph');
  }
}

/**
 * A content checksum of the whole graph: every node's labels and properties and every relationship's ends, type and
 * properties, sorted. Equal checksums mean equal graphs, whatever internal ids Neo4j assigned. For tests and benches.
 */
export async function graphChecksum(connection: GraphConnection): Promise<string> {
  const options = { database: connection.database, routing: 'READ' as const };
  const nodes = await connection.driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, options);
  const rels = await connection.driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props', {}, options);
  const lines = [
    ...nodes.records.map((r) => `N ${JSON.stringify([...(r.get('labels') as string[])].sort())} ${stableJson(r.get('props'))}`),
    ...rels.records.map((r) => `R ${r.get('from')} ${r.get('type')} ${r.get('to')} ${stableJson(r.get('props'))}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}
