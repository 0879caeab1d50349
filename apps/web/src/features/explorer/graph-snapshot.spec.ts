import type { ApiEdge, ApiNode } from '../../api/graph-api.types';
import { EMPTY_GRAPH, collapsibleNeighbours, countByLabel, mergeSubgraph, removeNodes, togglePinned } from './graph-snapshot';

const node = (id: string, label = 'Project'): ApiNode => ({ id, label, name: id, properties: {}, evidence: [] });
const edge = (source: string, target: string, type = 'RESPONSIBLE'): ApiEdge => ({
  id: `${source}>${type}>${target}`,
  type,
  source,
  target,
  properties: {},
  evidence: [],
});

describe('mergeSubgraph', () => {
  it('adds nodes and only the edges whose both ends are present', () => {
    const graph = mergeSubgraph(EMPTY_GRAPH, { nodes: [node('a'), node('b')], edges: [edge('a', 'b'), edge('a', 'missing')] });
    expect([...graph.nodes.keys()]).toEqual(['a', 'b']);
    expect([...graph.edges.keys()]).toEqual(['a>RESPONSIBLE>b']);
  });

  it('returns the same snapshot when nothing is new', () => {
    const graph = mergeSubgraph(EMPTY_GRAPH, { nodes: [node('a')], edges: [] });
    expect(mergeSubgraph(graph, { nodes: [node('a')], edges: [] })).toBe(graph);
  });
});

describe('removeNodes', () => {
  it('takes the edges touching a removed node and its pin with it', () => {
    const graph = togglePinned(mergeSubgraph(EMPTY_GRAPH, { nodes: [node('a'), node('b'), node('c')], edges: [edge('a', 'b'), edge('b', 'c')] }), 'b');
    const next = removeNodes(graph, ['b']);
    expect([...next.nodes.keys()]).toEqual(['a', 'c']);
    expect(next.edges.size).toBe(0);
    expect(next.pinned.has('b')).toBe(false);
  });
});

describe('collapsibleNeighbours', () => {
  const graph = mergeSubgraph(EMPTY_GRAPH, {
    nodes: [node('dept', 'Department'), node('p1'), node('p2'), node('p3'), node('region', 'Region')],
    edges: [edge('p1', 'dept'), edge('p2', 'dept'), edge('p3', 'dept'), edge('p3', 'region'), edge('dept', 'region', 'OF_REGION')],
  });

  it('offers the leaves that hang only off the node, not those reached another way', () => {
    expect(collapsibleNeighbours(graph, 'dept').sort()).toEqual(['p1', 'p2']);
  });

  it('keeps pinned leaves', () => {
    expect(collapsibleNeighbours(togglePinned(graph, 'p1'), 'dept')).toEqual(['p2']);
  });
});

describe('countByLabel', () => {
  it('counts nodes per label', () => {
    const graph = mergeSubgraph(EMPTY_GRAPH, { nodes: [node('a'), node('b'), node('d', 'Department')], edges: [] });
    expect(countByLabel(graph)).toEqual({ Project: 2, Department: 1 });
  });
});
