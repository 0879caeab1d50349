import type { ApiNode } from '../../../api/graph-api.types';
import { EMPTY_GRAPH, mergeSubgraph, removeNodes, togglePinned } from '../graph-snapshot';
import { diffGraph } from './diff-graph';

const node = (id: string): ApiNode => ({ id, label: 'Project', name: id, properties: {}, evidence: [] });

describe('diffGraph', () => {
  const before = mergeSubgraph(EMPTY_GRAPH, {
    nodes: [node('a'), node('b')],
    edges: [{ id: 'ab', type: 'T', source: 'a', target: 'b', properties: {}, evidence: [] }],
  });

  it('lists removed edges before removed nodes and new nodes', () => {
    const after = mergeSubgraph(removeNodes(before, ['b']), { nodes: [node('c')], edges: [] });
    const diff = diffGraph(before, after);
    expect(diff.removedIds).toEqual(['ab', 'b']);
    expect(diff.addedNodes.map((n) => n.id)).toEqual(['c']);
  });

  it('reports pin changes of nodes that stay', () => {
    expect(diffGraph(before, togglePinned(before, 'a')).pinChanged).toEqual(['a']);
  });
});
