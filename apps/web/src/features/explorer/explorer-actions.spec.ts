import { leftOutNotice } from './explorer-actions';

const node = (id: string) => ({ id, label: 'Project', name: id, properties: {}, evidence: [] });

describe('leftOutNotice', () => {
  it('counts the neighbours that came (not the node itself) against those plus the left-out counts', () => {
    const subgraph = {
      nodes: [node('d'), node('p1'), node('p2')],
      leftOut: [
        { type: 'RESPONSIBLE', label: 'Project', count: 3 },
        { type: 'LOCATED_IN', label: 'Place', count: 1 },
      ],
    };
    expect(leftOutNotice(subgraph, { nodeId: 'd', limit: 2 })).toEqual({ nodeId: 'd', limit: 2, shown: 2, total: 6 });
  });

  it('is null when the limit left nothing out', () => {
    expect(leftOutNotice({ nodes: [node('d'), node('p1')], leftOut: [] }, { nodeId: 'd', limit: 60 })).toBeNull();
    expect(leftOutNotice({ nodes: [node('d')] }, { nodeId: 'd', limit: 60 })).toBeNull();
  });
});
