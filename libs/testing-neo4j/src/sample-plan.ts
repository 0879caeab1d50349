import type { Evidence, ExtractionResult, GraphNode, GraphRelationship } from '@policygraph/graph-types';

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
  const nodes: GraphNode[] = [
    { id: `document:${documentId}`, label: 'Document', name: `${region}服务业实施意见`, properties: { title: `${region}服务业实施意见` }, evidence: evidence(documentId, '实施意见') },
    { id: `region:${region}`, label: 'Region', name: region, properties: { level: 'province' }, evidence: evidence(documentId, region) },
  ];
  const relationships: GraphRelationship[] = [{ type: 'ABOUT', from: `document:${documentId}`, to: `region:${region}`, properties: {}, evidence: evidence(documentId, region) }];
  tasks.forEach((task, index) => {
    const projectId = `project:${documentId}:${index * 100}`;
    nodes.push({ id: projectId, label: 'Project', name: task.name, properties: { kind: 'task' }, evidence: evidence(documentId, task.name, index * 100) });
    relationships.push({ type: 'MENTIONS', from: `document:${documentId}`, to: projectId, properties: {}, evidence: [] });
    task.departments.forEach((department, position) => {
      const departmentId = `department:${region}:${department}`;
      if (!nodes.some((n) => n.id === departmentId)) {
        nodes.push({ id: departmentId, label: 'Department', name: department, properties: { aliases: [department] }, evidence: evidence(documentId, department, index * 100 + 50) });
        relationships.push({ type: 'OF_REGION', from: departmentId, to: `region:${region}`, properties: {}, evidence: [] });
      }
      relationships.push({
        type: 'RESPONSIBLE',
        from: projectId,
        to: departmentId,
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
