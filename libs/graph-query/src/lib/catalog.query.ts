import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import neo4j, { type Node } from 'neo4j-driver';
import { nodeView, toPlain, type GraphNodeView } from './graph-elements';
import { readQuery } from './read-query';
import type { RegionRow, DocumentRow } from '@policygraph/graph-types';
export type { RegionRow, DocumentRow };

export interface DepartmentTasksRow {
  readonly department: GraphNodeView;
  readonly tasks: {
    readonly project: GraphNodeView;
    readonly role: string;
    readonly presumedLead: boolean;
    readonly basis: string;
    readonly quote: string | null;
  }[];
}

export async function listRegions(connection: GraphConnection): Promise<RegionRow[]> {
  const records = await readQuery(
    connection,
    `MATCH (r:Region)
     RETURN r, COUNT { (:Document)-[:ABOUT]->(r) } AS documents, COUNT { (:Department)-[:OF_REGION]->(r) } AS departments
     ORDER BY documents DESC, r.name`,
    {},
    'listing regions',
  );
  return records.map((r) => ({ region: nodeView(r.get('r')), documents: Number(r.get('documents')), departments: Number(r.get('departments')) }));
}

export async function listDocuments(connection: GraphConnection): Promise<DocumentRow[]> {
  const records = await readQuery(
    connection,
    `MATCH (d:Document)
     OPTIONAL MATCH (d)-[:ABOUT]->(r:Region)
     CALL (d) {
       MATCH (n:Entity {documentId: d.documentId})
       WHERE n <> d
       RETURN collect(n.label) AS labels
     }
     RETURN d, r.name AS region, labels
     ORDER BY d.id`,
    {},
    'listing documents',
  );
  return records.map((r) => {
    const counts: Record<string, number> = {};
    for (const label of r.get('labels') as string[]) counts[label] = (counts[label] ?? 0) + 1;
    return { document: nodeView(r.get('d')), region: r.get('region'), counts };
  });
}

/** The departments of a region with the tasks each is responsible for (stated and, if asked, inferred). */
export async function departmentsOfRegion(
  connection: GraphConnection,
  args: { region: string; includeInferred?: boolean; limit?: number },
): Promise<DepartmentTasksRow[]> {
  const records = await readQuery(
    connection,
    `MATCH (d:Department)-[:OF_REGION]->(:Region {name: $region})
     OPTIONAL MATCH (p)-[r:RESPONSIBLE]->(d)
     WHERE $includeInferred OR r.basis = 'stated'
     WITH d, p, r ORDER BY r.role, p.name
     WITH d, collect(CASE WHEN p IS NULL THEN NULL ELSE {project: p, role: r.role, presumedLead: coalesce(r.presumedLead, false), basis: r.basis, quote: r.quote} END) AS tasks
     RETURN d, tasks
     ORDER BY size(tasks) DESC, d.name
     LIMIT $limit`,
    { region: args.region, includeInferred: args.includeInferred ?? false, limit: neo4j.int(args.limit ?? 500) },
    `listing departments of ${args.region}`,
  );
  return records.map((r) => ({
    department: nodeView(r.get('d')),
    tasks: (r.get('tasks') as { project: Node; role: string; presumedLead: boolean; basis: string; quote: string | null }[]).map((t) => ({
      project: nodeView(t.project),
      role: String(t.role),
      presumedLead: t.presumedLead === true,
      basis: String(t.basis),
      quote: t.quote,
    })),
  }));
}

export async function getNode(connection: GraphConnection, id: string): Promise<GraphNodeView> {
  const records = await readQuery(connection, 'MATCH (n:Entity {id: $id}) RETURN n', { id }, `reading node ${id}`);
  const node = records[0]?.get('n');
  if (!node) throw new PolicyGraphError('NOT_FOUND', `no node with id ${id}`);
  return nodeView(node);
}

export async function graphSchemaSummary(
  connection: GraphConnection,
): Promise<{ labels: Record<string, number>; relationshipTypes: Record<string, number>; propertyKeys: string[] }> {
  const labels = await readQuery(connection, 'MATCH (n:Entity) RETURN n.label AS label, count(*) AS count', {}, 'counting labels');
  const types = await readQuery(connection, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count', {}, 'counting relationship types');
  const keys = await readQuery(connection, 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey', {}, 'listing property keys');
  return {
    labels: Object.fromEntries(labels.map((r) => [String(r.get('label')), Number(toPlain(r.get('count')))])),
    relationshipTypes: Object.fromEntries(types.map((r) => [String(r.get('type')), Number(toPlain(r.get('count')))])),
    propertyKeys: keys.map((r) => String(r.get('propertyKey'))),
  };
}
