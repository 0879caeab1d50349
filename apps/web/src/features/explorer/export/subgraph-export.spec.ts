import { EMPTY_GRAPH, mergeSubgraph, togglePinned } from '../graph-snapshot';
import { toSubgraphExport } from './subgraph-export';

describe('toSubgraphExport', () => {
  it('keeps every node and edge with its evidence and the pins', () => {
    const evidence = [{ documentId: 'd1', start: 10, end: 20, quote: '（责任单位：省商务厅）', section: ['三、重点任务'] }];
    const graph = togglePinned(
      mergeSubgraph(EMPTY_GRAPH, {
        nodes: [
          { id: 'p', label: 'Project', name: '建设物流中心', properties: {}, evidence },
          { id: 'd', label: 'Department', name: '省商务厅', properties: {}, evidence: [] },
        ],
        edges: [{ id: 'p-d', type: 'RESPONSIBLE', source: 'p', target: 'd', properties: { role: 'lead', basis: 'stated' }, evidence }],
      }),
      'd',
    );
    const exported = JSON.parse(JSON.stringify(toSubgraphExport(graph, new Date('2025-01-02T03:04:05Z'))));
    expect(exported).toMatchObject({ format: 'policygraph-subgraph', version: 1, exportedAt: '2025-01-02T03:04:05.000Z', pinned: ['d'] });
    expect(exported.nodes).toHaveLength(2);
    expect(exported.edges[0].evidence[0].quote).toBe('（责任单位：省商务厅）');
  });
});
