import type { ApiEdge, ApiNode } from '../../../api/graph-api.types';
import { EMPTY_GRAPH, addGroups, mergeSubgraph, removeNodes } from '../graph-snapshot';
import { GROUP_EDGE_TYPE, displayedGraph, groupNeighbours, groupTotal } from './neighbour-groups';

const node = (id: string, label: string, properties: Record<string, unknown> = {}): ApiNode => ({ id, label, name: id, properties, evidence: [] });
const edge = (source: string, target: string, type = 'RESPONSIBLE'): ApiEdge => ({
  id: `${source}>${type}>${target}`,
  type,
  source,
  target,
  properties: {},
  evidence: [],
});

describe('groupNeighbours', () => {
  const neighbours = [
    node('p1', 'Project', { region: '湖南省' }),
    node('p2', 'Project', { region: '湖南省' }),
    node('p3', 'Project'),
    node('g1', 'Goal', { region: '湖南省' }),
  ];

  it('makes one group per label, with what the limit left out as unfetched', () => {
    const groups = groupNeighbours('d', [node('d', 'Department'), ...neighbours], [{ type: 'RESPONSIBLE', label: 'Project', count: 40 }], 'label');
    expect(groups.map((g) => [g.label, g.memberIds, g.unfetched, groupTotal(g)])).toEqual([
      ['Project', ['p1', 'p2', 'p3'], 40, 43],
      ['Goal', ['g1'], 0, 1],
    ]);
  });

  it('splits a label by region; nodes without one and the unfetched stay in the label-only group', () => {
    const groups = groupNeighbours('d', neighbours, [{ type: 'RESPONSIBLE', label: 'Project', count: 5 }], 'region');
    expect(groups.map((g) => [g.label, g.facetValue, g.memberIds, g.unfetched])).toEqual([
      ['Project', '湖南省', ['p1', 'p2'], 0],
      ['Project', null, ['p3'], 5],
      ['Goal', '湖南省', ['g1'], 0],
    ]);
  });
});

describe('displayedGraph', () => {
  const graph = mergeSubgraph(EMPTY_GRAPH, {
    nodes: [node('d', 'Department'), node('x', 'Region'), node('p1', 'Project'), node('p2', 'Project'), node('g1', 'Goal')],
    edges: [edge('d', 'p1'), edge('d', 'p2'), edge('p1', 'p2', 'SAME'), edge('p1', 'x', 'IN'), edge('p2', 'x', 'IN'), edge('d', 'g1')],
  });

  it('is the snapshot itself without groups', () => {
    expect(displayedGraph(graph)).toBe(graph);
  });

  it('draws a group in place of its members, with one edge per other end and none inside the group', () => {
    const grouped = addGroups(graph, groupNeighbours('d', [graph.nodes.get('p1')!, graph.nodes.get('p2')!], [], 'label'));
    const shown = displayedGraph(grouped);
    expect([...shown.nodes.keys()].sort()).toEqual(['d', 'g1', 'group:d:Project', 'x']);
    expect(shown.nodes.get('group:d:Project')!.properties['count']).toBe(2);
    const groupEdges = [...shown.edges.values()].filter((e) => e.type === GROUP_EDGE_TYPE).map((e) => [e.source, e.target].sort());
    expect(groupEdges).toEqual([
      ['d', 'group:d:Project'],
      ['group:d:Project', 'x'],
    ]);
    expect(shown.edges.has('d>RESPONSIBLE>g1')).toBe(true);
    // The same group object draws as the same node object (the view keeps it where it is).
    expect(displayedGraph(grouped).nodes.get('group:d:Project')).toBe(shown.nodes.get('group:d:Project'));
  });

  it('a removed member leaves its group; a group with nothing left goes', () => {
    const grouped = addGroups(graph, groupNeighbours('d', [graph.nodes.get('p1')!, graph.nodes.get('g1')!], [], 'label'));
    const next = removeNodes(grouped, ['g1']);
    expect([...next.groups!.keys()]).toEqual(['group:d:Project']);
    expect(removeNodes(grouped, ['d']).groups!.size).toBe(0);
  });
});
