import { departmentId, documentNodeId, PolicyGraphError, regionId, taskId, type ExtractionResult } from '@policygraph/graph-types';
import { toGraphBatch } from './to-graph-batch';

const DOCUMENT = 'qh-plan';

/** A plan with one task owned by the departments given, in the shape the extractor produces. */
function plan(departments: readonly string[]): ExtractionResult {
  const documentNode = documentNodeId(DOCUMENT);
  const region = regionId('青海省');
  const task = taskId(DOCUMENT, 0);
  const quote = (text: string, start = 0) => [{ documentId: DOCUMENT, start, end: start + text.length, quote: text, section: ['一、重点任务'] }];
  return {
    document: {
      id: DOCUMENT,
      title: '青海省服务业实施意见',
      region: '青海省',
      issuer: null,
      docNumber: null,
      issuedOn: null,
      period: { start: 2021, end: 2025 },
    },
    nodes: [
      { id: documentNode, label: 'Document', name: '青海省服务业实施意见', properties: {}, evidence: quote('实施意见') },
      { id: region, label: 'Region', name: '青海省', properties: { level: 'province' }, evidence: quote('青海省') },
      { id: task, label: 'Task', name: '发展现代物流', properties: {}, evidence: quote('发展现代物流') },
      ...departments.map((name, index) => ({
        id: departmentId('青海省', name),
        label: 'Department' as const,
        name,
        properties: {},
        evidence: quote(name, 10 + index * 6),
      })),
    ],
    relationships: [
      { type: 'ABOUT', from: documentNode, to: region, properties: {}, evidence: quote('青海省') },
      ...departments.map((name, index) => ({
        type: 'RESPONSIBLE' as const,
        from: task,
        to: departmentId('青海省', name),
        properties: { role: 'co-responsible' },
        evidence: quote(name, 10 + index * 6),
      })),
    ],
    issues: [],
  };
}

describe('toGraphBatch', () => {
  it('hashes the facts it writes: the same extraction gives the same hash, a changed one another', () => {
    const once = toGraphBatch(plan(['省商务厅', '省交通运输厅']), { contentHash: 'h', fileName: 'qh.txt' });
    const again = toGraphBatch(plan(['省商务厅', '省交通运输厅']), { contentHash: 'h', fileName: 'qh.txt' });
    const changed = toGraphBatch(plan(['省商务厅']), { contentHash: 'h', fileName: 'qh.txt' });

    expect(once.factsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(again.factsHash).toBe(once.factsHash);
    expect(changed.factsHash).not.toBe(once.factsHash);
  });

  it('stores both hashes on the Document node', () => {
    const batch = toGraphBatch(plan(['省商务厅']), { contentHash: 'text-hash', fileName: 'qh.txt' });
    const [document] = batch.nodes.get('Document') ?? [];

    expect(document?.props).toMatchObject({ contentHash: 'text-hash', factsHash: batch.factsHash, fileName: 'qh.txt', documentId: DOCUMENT });
  });

  it('refuses an edge to a node the extraction does not hold, naming the document', () => {
    const result = plan(['省商务厅']);
    const dangling: ExtractionResult = {
      ...result,
      relationships: [
        ...result.relationships,
        { type: 'RESPONSIBLE', from: taskId(DOCUMENT, 0), to: 'department:青海省:省财政厅', properties: {}, evidence: [] },
      ],
    };

    expect(() => toGraphBatch(dangling, { contentHash: 'h', fileName: 'qh.txt' })).toThrow(PolicyGraphError);
    expect(() => toGraphBatch(dangling, { contentHash: 'h', fileName: 'qh.txt' })).toThrow(/qh-plan.*省财政厅|省财政厅.*qh-plan/);
  });
});
