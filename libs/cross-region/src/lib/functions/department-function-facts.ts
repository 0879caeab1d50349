import { departmentFunctionId, type GraphNode, type GraphRelationship } from '@policygraph/graph-types';
import { functionOfDepartment } from './department-functions';

/** (Department)-[:HAS_FUNCTION]->(DepartmentFunction) for every department of a document whose function is known. */
export function departmentFunctionFacts(nodes: readonly GraphNode[]): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const functions = new Map<string, GraphNode>();
  const relationships: GraphRelationship[] = [];
  for (const department of nodes.filter((node) => node.label === 'Department')) {
    const key = functionOfDepartment(department.name);
    if (key === null) continue;
    const id = departmentFunctionId(key);
    const evidence = department.evidence.slice(0, 1);
    const known = functions.get(id);
    if (!known) functions.set(id, { id, label: 'DepartmentFunction', name: key, properties: { key }, evidence });
    else if (known.evidence.length < 5) functions.set(id, { ...known, evidence: [...known.evidence, ...evidence] });
    relationships.push({ type: 'HAS_FUNCTION', from: department.id, to: id, properties: { basis: 'name' }, evidence });
  }
  return { nodes: [...functions.values()], relationships };
}
