import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import { nodeView, parseEvidence } from './graph-elements';
import { readQuery } from './read-query';
import type { OwnershipClause, OwnershipTrace } from '@policygraph/graph-types';
export type { OwnershipClause, OwnershipTrace };

/**
 * For a department: the projects it leads or supports and the goals, sectors and indicators above them.
 * For a goal, sector, region or project: every responsible department with its role and the quote that says so.
 * Stated and inferred ownership are returned apart, never mixed.
 */
export async function traceOwnership(connection: GraphConnection, id: string): Promise<OwnershipTrace> {
  const root = await readQuery(connection, 'MATCH (n:Entity {id: $id}) RETURN n', { id }, `tracing ownership of ${id}`);
  if (root.length === 0) throw new PolicyGraphError('NOT_FOUND', `no node with id ${id}`);
  const rootView = nodeView(root[0]!.get('n'));
  const projectsMatch =
    rootView.label === 'Department'
      ? 'MATCH (p)-[r:RESPONSIBLE]->(d:Entity {id: $id})'
      : rootView.label === 'Project' || rootView.label === 'Task' || rootView.label === 'Goal'
        ? 'MATCH (p:Entity {id: $id})-[r:RESPONSIBLE]->(d)'
        : rootView.label === 'Sector'
          ? 'MATCH (:Entity {id: $id})-[:HAS_GOAL]->(:Goal)-[:PURSUED_BY*0..1]->(p)-[r:RESPONSIBLE]->(d) WHERE p:Goal OR p:Project OR p:Task'
          : rootView.label === 'Region'
            ? 'MATCH (d:Department)-[:OF_REGION]->(:Entity {id: $id}) MATCH (p)-[r:RESPONSIBLE]->(d)'
            : rootView.label === 'Document'
              ? 'MATCH (p:Entity {documentId: substring($id, 9)})-[r:RESPONSIBLE]->(d)'
              : null;
  if (projectsMatch === null) return { root: rootView, stated: [], inferred: [], indicators: [] };
  const records = await readQuery(
    connection,
    `${projectsMatch}
     WITH DISTINCT p, r, d
     OPTIONAL MATCH (g:Goal)-[:PURSUED_BY]->(p)
     // Sectors above the goals the project serves, or above the item itself when it is a goal; anchored on the
     // item so the match never scans every sector.
     OPTIONAL MATCH (s:Sector)-[:HAS_GOAL]->(g)
     OPTIONAL MATCH (s2:Sector)-[:HAS_GOAL]->(p)
     RETURN p, d, r.role AS role, coalesce(r.presumedLead, false) AS presumedLead, r.basis AS basis, r.confidence AS confidence, r.evidenceJson AS evidence,
            collect(DISTINCT g) AS goals, collect(DISTINCT s) + collect(DISTINCT s2) AS sectors
     ORDER BY p.name, r.role`,
    { id },
    `tracing ownership of ${id}`,
  );
  const clauses = records.map((r) => ({
    project: nodeView(r.get('p')),
    department: nodeView(r.get('d')),
    role: String(r.get('role') ?? 'co-responsible'),
    presumedLead: r.get('presumedLead') === true,
    basis: String(r.get('basis') ?? 'stated'),
    confidence: r.get('confidence') === null ? null : Number(r.get('confidence')),
    evidence: parseEvidence(r.get('evidence')),
    goals: (r.get('goals') as neoNode[]).map(nodeView),
    sectors: (r.get('sectors') as neoNode[]).map(nodeView),
  }));
  const goalIds = [...new Set(clauses.flatMap((c) => [...c.goals.map((g) => g.id), ...(c.project.label === 'Goal' ? [c.project.id] : [])]))];
  const indicators = goalIds.length
    ? await readQuery(
        connection,
        'MATCH (g:Entity)-[:MEASURED_BY]->(i:Indicator) WHERE g.id IN $ids RETURN DISTINCT i',
        { ids: goalIds },
        `tracing ownership of ${id}`,
      )
    : [];
  return {
    root: rootView,
    stated: clauses.filter((c) => c.basis !== 'inferred'),
    inferred: clauses.filter((c) => c.basis === 'inferred'),
    indicators: indicators.map((r) => nodeView(r.get('i'))),
  };
}

type neoNode = Parameters<typeof nodeView>[0];
