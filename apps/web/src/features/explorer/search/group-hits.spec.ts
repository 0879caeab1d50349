import type { SearchHit } from '../../../api/graph-api.types';
import { flattenGroups, groupHitsByLabel } from './group-hits';

const hit = (id: string, label: string, score: number): SearchHit => ({ score, node: { id, label, name: id, properties: {}, evidence: [] } });

describe('groupHitsByLabel', () => {
  it('orders groups by their best hit and hits by score', () => {
    const groups = groupHitsByLabel([hit('p1', 'Project', 3), hit('d1', 'Department', 9), hit('p2', 'Project', 5)]);
    expect(groups.map((g) => g.label)).toEqual(['Department', 'Project']);
    expect(flattenGroups(groups).map((h) => h.node.id)).toEqual(['d1', 'p2', 'p1']);
  });
});
