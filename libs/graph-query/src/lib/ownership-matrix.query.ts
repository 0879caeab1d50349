import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import neo4j from 'neo4j-driver';
import { nodeView, type GraphNodeView } from './graph-elements';
import { readQuery } from './read-query';
import type { MatrixCell, OwnershipMatrix } from '@policygraph/graph-types';
export type { MatrixCell, OwnershipMatrix };

/**
 * Departments × sector types for one or more regions, with lead / co-responsible (presumed lead) / support counts per cell. Ownership is read on the
 * projects a goal is pursued by and on the goal itself; each responsibility counts once per item. The role counts are
 * stated responsibilities only; inferred ones (with includeInferred) are counted apart, with their confidence range,
 * so a region that states no owner never looks like one that does.
 */
export async function ownershipMatrix(connection: GraphConnection, args: { regions: readonly string[]; includeInferred?: boolean }): Promise<OwnershipMatrix> {
  if (args.regions.length === 0 || args.regions.length > 40) throw new PolicyGraphError('BAD_REQUEST', 'give 1 to 40 regions');
  const includeInferred = args.includeInferred ?? false;
  const rows = await readQuery(
    connection,
    `MATCH (r:Region)-[:HAS_SECTOR]->(s:Sector)-[:INSTANCE_OF]->(t:SectorType)
     WHERE r.name IN $regions
     MATCH (s)-[:HAS_GOAL]->(g:Goal)
     OPTIONAL MATCH (g)-[:PURSUED_BY]->(p) WHERE p:Project OR p:Task
     WITH t, [x IN collect(DISTINCT g) + collect(DISTINCT p) WHERE x IS NOT NULL] AS items
     UNWIND items AS item
     MATCH (item)-[rel:RESPONSIBLE]->(d:Department)
     WHERE $includeInferred OR rel.basis = 'stated'
     WITH d, t, item, rel, rel.basis = 'stated' AS stated
     RETURN d, t, sum(CASE WHEN stated AND rel.role = 'lead' THEN 1 ELSE 0 END) AS lead,
            sum(CASE WHEN stated AND rel.role = 'support' THEN 1 ELSE 0 END) AS support,
            sum(CASE WHEN stated AND NOT rel.role IN ['lead', 'support'] THEN 1 ELSE 0 END) AS coResponsible,
            sum(CASE WHEN stated AND coalesce(rel.presumedLead, false) THEN 1 ELSE 0 END) AS presumedLead,
            sum(CASE WHEN stated THEN 0 ELSE 1 END) AS inferred,
            min(CASE WHEN stated THEN null ELSE rel.confidence END) AS inferredConfidenceMin,
            max(CASE WHEN stated THEN null ELSE rel.confidence END) AS inferredConfidenceMax,
            collect(DISTINCT item.id) AS itemIds`,
    { regions: args.regions, includeInferred },
    'building the ownership matrix',
  );
  const departments = new Map<string, GraphNodeView>();
  const columns = new Map<string, GraphNodeView>();
  const cells: MatrixCell[] = rows.map((row) => {
    const department = nodeView(row.get('d'));
    const column = nodeView(row.get('t'));
    departments.set(department.id, department);
    columns.set(column.id, column);
    return {
      departmentId: department.id,
      columnId: column.id,
      lead: Number(row.get('lead')),
      support: Number(row.get('support')),
      coResponsible: Number(row.get('coResponsible')),
      presumedLead: Number(row.get('presumedLead')),
      inferred: Number(row.get('inferred')),
      inferredConfidenceMin: nullableNumber(row.get('inferredConfidenceMin')),
      inferredConfidenceMax: nullableNumber(row.get('inferredConfidenceMax')),
      itemIds: row.get('itemIds') as string[],
    };
  });
  // What no document assigns, inferred owners or not: an inference does not make an item owned.
  const unowned = await readQuery(
    connection,
    `MATCH (x:Entity) WHERE (x:Project OR x:Task OR x:Goal) AND x.region IN $regions
       AND NOT EXISTS { (x)-[rel:RESPONSIBLE]->(:Department) WHERE rel.basis = 'stated' }
     RETURN x ORDER BY x.label DESC, x.name LIMIT $limit`,
    { regions: args.regions, limit: neo4j.int(300) },
    'listing items without an owner',
  );
  const totals = new Map<string, { lead: number; support: number; coResponsible: number; presumedLead: number }>();
  for (const cell of cells) {
    const total = totals.get(cell.departmentId) ?? { lead: 0, support: 0, coResponsible: 0, presumedLead: 0 };
    totals.set(cell.departmentId, {
      lead: total.lead + cell.lead,
      support: total.support + cell.support,
      coResponsible: total.coResponsible + cell.coResponsible,
      presumedLead: total.presumedLead + cell.presumedLead,
    });
  }
  const topLeads = [...totals]
    .map(([id, total]) => ({ department: departments.get(id)!, ...total }))
    .sort((a, b) => b.lead - a.lead || b.presumedLead - a.presumedLead || b.coResponsible - a.coResponsible || b.support - a.support)
    .slice(0, 10);
  return {
    departments: [...departments.values()].sort((a, b) => totals.get(b.id)!.lead - totals.get(a.id)!.lead || a.name.localeCompare(b.name)),
    columns: [...columns.values()].sort((a, b) => a.name.localeCompare(b.name)),
    cells,
    unowned: unowned.map((r) => nodeView(r.get('x'))),
    topLeads,
  };
}

function nullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
