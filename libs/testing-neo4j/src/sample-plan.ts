import {
  departmentId,
  documentNodeId,
  projectId,
  regionId,
  type Evidence,
  type ExtractionResult,
  type GraphNode,
  type GraphRelationship,
} from '@policygraph/graph-types';

export interface SampleTask {
  readonly name: string;
  readonly departments: readonly string[];
}

function evidence(documentId: string, quote: string, start = 0): Evidence[] {
  return [{ documentId, start, end: start + quote.length, quote, section: ['一、重点任务'] }];
}

/**
 * A small extraction in the shape the extractor produces (document, region, tasks, departments with stated
 * responsibility), for store and query tests that must not depend on the extractor's behaviour.
 */
export function samplePlan(documentId: string, region: string, tasks: readonly SampleTask[]): ExtractionResult {
  const documentNode = documentNodeId(documentId);
  const regionNode = regionId(region);
  const nodes: GraphNode[] = [
    {
      id: documentNode,
      label: 'Document',
      name: `${region}服务业实施意见`,
      properties: { title: `${region}服务业实施意见` },
      evidence: evidence(documentId, '实施意见'),
    },
    { id: regionNode, label: 'Region', name: region, properties: { level: 'province' }, evidence: evidence(documentId, region) },
  ];
  const relationships: GraphRelationship[] = [{ type: 'ABOUT', from: documentNode, to: regionNode, properties: {}, evidence: evidence(documentId, region) }];
  tasks.forEach((task, index) => {
    const projectNode = projectId(documentId, index * 100);
    nodes.push({ id: projectNode, label: 'Project', name: task.name, properties: { kind: 'task' }, evidence: evidence(documentId, task.name, index * 100) });
    relationships.push({ type: 'MENTIONS', from: documentNode, to: projectNode, properties: {}, evidence: [] });
    task.departments.forEach((department, position) => {
      const departmentNode = departmentId(region, department);
      if (!nodes.some((n) => n.id === departmentNode)) {
        nodes.push({
          id: departmentNode,
          label: 'Department',
          name: department,
          properties: { aliases: [department] },
          evidence: evidence(documentId, department, index * 100 + 50),
        });
        relationships.push({ type: 'OF_REGION', from: departmentNode, to: regionNode, properties: {}, evidence: [] });
      }
      relationships.push({
        type: 'RESPONSIBLE',
        from: projectNode,
        to: departmentNode,
        properties: { role: position === 0 ? 'lead' : 'support', basis: 'stated' },
        evidence: evidence(documentId, `（责任单位：${task.departments.join('、')}）`, index * 100 + 40),
      });
    });
  });
  return {
    document: { id: documentId, title: `${region}服务业实施意见`, region, issuer: null, docNumber: null, issuedOn: null, period: { start: 2020, end: 2022 } },
    nodes,
    relationships,
    issues: [],
  };
}
