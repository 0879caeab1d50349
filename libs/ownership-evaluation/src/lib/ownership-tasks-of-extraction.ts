import type { ExtractionResult, GraphNode } from '@policygraph/graph-types';
import type { OwnershipTask, RegionDepartment } from '@policygraph/cross-region';

/**
 * The tasks and departments of one enriched extraction, shaped as inference reads them from the graph, so the
 * ranking can be evaluated without a database.
 */
export function ownershipTasksOfExtraction(result: ExtractionResult): { tasks: OwnershipTask[]; departments: RegionDepartment[] } {
  const nodes = new Map(result.nodes.map((node) => [node.id, node]));
  const sectorTypeOf = new Map<string, string>();
  for (const rel of result.relationships.filter((r) => r.type === 'INSTANCE_OF'))
    sectorTypeOf.set(rel.from, String(nodes.get(rel.to)?.properties['key'] ?? ''));
  const sectorOfGoal = new Map<string, string>();
  for (const rel of result.relationships.filter((r) => r.type === 'HAS_GOAL')) {
    const key = sectorTypeOf.get(rel.from);
    if (key) sectorOfGoal.set(rel.to, key);
  }
  const sectorOfTask = new Map(sectorOfGoal);
  for (const rel of result.relationships.filter((r) => r.type === 'PURSUED_BY')) {
    const key = sectorOfGoal.get(rel.from);
    if (key && !sectorOfTask.has(rel.to)) sectorOfTask.set(rel.to, key);
  }
  const responsible = result.relationships.filter((r) => r.type === 'RESPONSIBLE');
  const region = result.document.region;
  const tasks: OwnershipTask[] = result.nodes
    .filter((node) => node.label === 'Goal' || node.label === 'Project' || node.label === 'Task')
    .map((node) => ({
      id: node.id,
      documentId: result.document.id,
      region,
      name: node.name,
      text: String(node.properties['bodyText'] ?? node.properties['statement'] ?? node.name),
      terms: (node.properties['terms'] as string[] | undefined) ?? [],
      sector: sectorOfTask.get(node.id) ?? null,
      stated: responsible
        .filter((rel) => rel.from === node.id)
        .map((rel) => ({
          role: String(rel.properties['role']),
          presumedLead: rel.properties['presumedLead'] === true,
          function: functionOf(nodes.get(rel.to)),
          department: rel.to,
        })),
      evidenceJson: JSON.stringify(node.evidence),
    }));
  const departments: RegionDepartment[] = result.nodes
    .filter((node) => node.label === 'Department')
    .map((node) => ({
      id: node.id,
      name: node.name,
      region: String(node.properties['region'] ?? region),
      function: functionOf(node),
      kind: (node.properties['kind'] as string | undefined) ?? null,
      inferred: false,
      statedTasks: responsible.filter((rel) => rel.to === node.id).length,
    }));
  return { tasks, departments };
}

function functionOf(node: GraphNode | undefined): string | null {
  const value = node?.properties['function'];
  return typeof value === 'string' ? value : null;
}
