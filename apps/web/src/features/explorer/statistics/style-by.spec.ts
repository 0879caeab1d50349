import type { ApiEdge, ApiNode, NodeStatistics } from '../../../api/graph-api.types';
import { BASIS_COLOURS, CATEGORY_COLOURS, MAX_NODE_SIZE, MIN_NODE_SIZE, OTHER_COLOUR, computeLooks, needsStatistics } from './style-by';

const node = (id: string, label: string, properties: Record<string, unknown> = {}): ApiNode => ({ id, label, name: id, properties, evidence: [] });
const edge = (id: string, properties: Record<string, unknown>): ApiEdge => ({ id, type: 'RESPONSIBLE', source: 'a', target: 'b', properties, evidence: [] });
const stat = (id: string, degree: number, pageRank: number, community: number): NodeStatistics => ({ id, degree, pageRank, community });

const NODES = [
  node('湖南省', 'Region'),
  node('a', 'Project', { region: '湖南省' }),
  node('b', 'Department', { region: '湖南省', inferred: true }),
  node('c', 'Project', { region: '云南省' }),
];
const STATS = new Map([stat('湖南省', 9, 0.5, 0), stat('a', 1, 0.1, 0), stat('b', 4, 0.2, 1), stat('c', 0, 0.05, 2)].map((row) => [row.id, row]));

describe('computeLooks', () => {
  it('sizes by degree from the smallest to the largest size, area following the value', () => {
    const looks = computeLooks(NODES, [], STATS, { size: 'degree', colour: 'label', scope: 'view' });
    expect(looks.nodes.get('湖南省')!.size).toBe(MAX_NODE_SIZE);
    expect(looks.nodes.get('c')!.size).toBe(MIN_NODE_SIZE);
    expect(looks.nodes.get('b')!.size).toBe(Math.round(MIN_NODE_SIZE + Math.sqrt(4 / 9) * (MAX_NODE_SIZE - MIN_NODE_SIZE)));
    expect(looks.sizeRange).toEqual({ min: 0, max: 9 });
    expect(looks.nodes.get('a')!.color).toBeUndefined();
  });

  it('colours by region, largest region first, a Region node by its own name', () => {
    const looks = computeLooks(NODES, [], STATS, { size: 'label', colour: 'region', scope: 'view' });
    expect(looks.colours.map((key) => [key.value, key.count])).toEqual([
      ['湖南省', 3],
      ['云南省', 1],
    ]);
    expect(looks.nodes.get('湖南省')!.color).toBe(CATEGORY_COLOURS[0]);
    expect(looks.nodes.get('c')!.color).toBe(CATEGORY_COLOURS[1]);
  });

  it('colours by basis: inferred nodes, presumed and inferred edges each their own colour', () => {
    const edges = [edge('e1', { basis: 'stated' }), edge('e2', { basis: 'stated', presumedLead: true }), edge('e3', { basis: 'inferred' })];
    const looks = computeLooks(NODES, edges, STATS, { size: 'label', colour: 'basis', scope: 'view' });
    expect([...looks.edges.values()]).toEqual([BASIS_COLOURS.stated, BASIS_COLOURS.presumed, BASIS_COLOURS.inferred]);
    expect(looks.nodes.get('b')!.color).toBe(BASIS_COLOURS.inferred);
    expect(looks.nodes.get('a')!.color).toBe(BASIS_COLOURS.stated);
  });

  it('colours by community, past the eleventh community in grey', () => {
    const many = Array.from({ length: 13 }, (_, i) => node(`n${i}`, 'Goal'));
    const stats = new Map(many.map((n, i) => [n.id, stat(n.id, 1, 0.1, i)]));
    const looks = computeLooks(many, [], stats, { size: 'label', colour: 'community', scope: 'view' });
    expect(looks.nodes.get('n0')!.color).toBe(CATEGORY_COLOURS[0]);
    expect(looks.nodes.get('n12')!.color).toBe(OTHER_COLOUR);
    expect(looks.colours.at(-1)).toEqual({ kind: 'other', value: '', color: OTHER_COLOUR, count: 2 });
    expect(needsStatistics({ size: 'label', colour: 'community', scope: 'view' })).toBe(true);
    expect(needsStatistics({ size: 'label', colour: 'region', scope: 'view' })).toBe(false);
  });
});
