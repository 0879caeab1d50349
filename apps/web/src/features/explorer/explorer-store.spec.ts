import type { ApiEdge, ApiNode } from '../../api/graph-api.types';
import { ExplorerStore, type GraphChange } from './explorer-store';
import { filterFromJson, readViewSnapshot, snapshotOf } from './views/view-snapshot';

const node = (id: string): ApiNode => ({ id, label: 'Project', name: id, properties: {}, evidence: [] });
const edge = (source: string, target: string): ApiEdge => ({ id: `${source}-${target}`, type: 'RESPONSIBLE', source, target, properties: {}, evidence: [] });

describe(ExplorerStore.name, () => {
  it('a kept view opens with its groups, each standing for the members the graph still has', () => {
    const store = new ExplorerStore();
    store.replaceGraph({ nodes: [node('a')], edges: [] });
    store.addSubgraph({ nodes: [node('b'), node('c')], edges: [edge('a', 'b'), edge('a', 'c')] }, 'a', { facet: 'label' });
    const drawn = {
      positions: new Map([
        ['a', { x: 0, y: 0 }],
        ['group:a:Project', { x: 90, y: 0 }],
      ]),
      camera: { zoom: 1, pan: { x: 0, y: 0 } },
    };
    const kept = readViewSnapshot(JSON.parse(JSON.stringify(snapshotOf(store.getState(), drawn))));
    expect(kept.groups?.map((group) => [group.id, group.memberIds])).toEqual([['group:a:Project', ['b', 'c']]]);

    const reopened = new ExplorerStore();
    const changes: GraphChange[] = [];
    reopened.onGraphChange((change) => changes.push(change));
    // 'c' is no longer in the graph: its group stands for 'b' alone.
    const view = {
      pinned: kept.pinned,
      positions: new Map(Object.entries(kept.positions)),
      layout: kept.layout,
      filter: filterFromJson(kept.filter),
      groups: kept.groups,
    };
    reopened.openView({ nodes: [node('a'), node('b')], edges: [edge('a', 'b')] }, view);
    expect([...(reopened.getState().graph.groups?.values() ?? [])].map((group) => [group.id, group.memberIds])).toEqual([['group:a:Project', ['b']]]);
    expect(changes.at(-1)?.positions?.get('group:a:Project')).toEqual({ x: 90, y: 0 });
  });

  it('undoes and redoes an expand', () => {
    const store = new ExplorerStore();
    store.replaceGraph({ nodes: [node('a')], edges: [] });
    expect(store.addSubgraph({ nodes: [node('b'), node('c')], edges: [edge('a', 'b'), edge('a', 'c')] }, 'a')).toBe(2);

    store.undo();
    expect([...store.getState().graph.nodes.keys()]).toEqual(['a']);
    expect(store.getState().canRedo).toBe(true);

    store.redo();
    expect(store.getState().graph.nodes.size).toBe(3);
    expect(store.getState().canRedo).toBe(false);
  });

  it('puts nodes back where they were on undo and redo, moves included', () => {
    const store = new ExplorerStore();
    let drawn = new Map<string, { x: number; y: number }>();
    store.attachPositions(() => drawn);
    const changes: GraphChange[] = [];
    store.onGraphChange((change) => changes.push(change));
    store.replaceGraph({ nodes: [node('a')], edges: [] });
    drawn = new Map([['a', { x: 1, y: 2 }]]);
    store.addSubgraph({ nodes: [node('b')], edges: [edge('a', 'b')] }, 'a');
    drawn = new Map([
      ['a', { x: 1, y: 2 }],
      ['b', { x: 5, y: 5 }],
    ]);
    const beforeMove = drawn;
    drawn = new Map([...beforeMove, ['b', { x: 9, y: 9 }]]);
    store.recordMove(beforeMove);
    expect(store.getState().canUndo).toBe(true);

    store.undo(); // the move: same graph, b back at 5,5
    expect(changes.at(-1)?.positions).toBe(beforeMove);
    expect(store.getState().graph.nodes.size).toBe(2);
    store.undo(); // the expand: a where it was
    expect(changes.at(-1)?.positions?.get('a')).toEqual({ x: 1, y: 2 });
    expect([...store.getState().graph.nodes.keys()]).toEqual(['a']);
    store.redo();
    store.redo(); // redo the move: b at 9,9 again
    expect(changes.at(-1)?.positions?.get('b')).toEqual({ x: 9, y: 9 });
  });

  it('clears the selection when the selected node is removed', () => {
    const store = new ExplorerStore();
    store.replaceGraph({ nodes: [node('a'), node('b')], edges: [] });
    store.select({ kind: 'node', id: 'b' });
    store.removeNodes(['b']);
    expect(store.getState().selection).toBeNull();
  });

  it('tells the view where new nodes grew from and when to lay out everything again', () => {
    const store = new ExplorerStore();
    const changes: GraphChange[] = [];
    store.onGraphChange((change) => changes.push(change));
    store.replaceGraph({ nodes: [node('a')], edges: [] });
    store.addSubgraph({ nodes: [node('b')], edges: [edge('a', 'b')] }, 'a');
    store.setLayout('dagre');
    expect(changes.map((change) => [change.anchorId, change.relayout])).toEqual([
      [null, true],
      ['a', false],
      [null, true],
    ]);
  });

  it('does not record history or notify for a change that changes nothing', () => {
    const store = new ExplorerStore();
    store.replaceGraph({ nodes: [node('a')], edges: [] });
    const before = store.getState();
    let notified = 0;
    store.subscribe(() => notified++);
    store.addSubgraph({ nodes: [node('a')], edges: [] });
    expect(store.getState()).toBe(before);
    expect(notified).toBe(0);
  });

  it('keeps an error until the next action starts', () => {
    const store = new ExplorerStore();
    store.setError({ code: 'NOT_FOUND', message: 'no node' });
    expect(store.getState().activity.error?.code).toBe('NOT_FOUND');
    store.setBusy('expand x');
    expect(store.getState().activity).toEqual({ busy: 'expand x', error: null });
  });
});

describe('ExplorerStore grouping', () => {
  const node = (id: string, label = 'Project') => ({ id, label, name: id, properties: {}, evidence: [] });
  const star = (count: number) => ({
    nodes: Array.from({ length: count }, (_, i) => node(`p${i}`, i % 2 ? 'Project' : 'Goal')),
    edges: Array.from({ length: count }, (_, i) => ({ id: `e${i}`, type: 'RESPONSIBLE', source: 'd', target: `p${i}`, properties: {}, evidence: [] })),
  });

  it('a grouped expand adds the members hidden behind one group per label; expanding a group draws them, undo regroups', () => {
    const store = new ExplorerStore();
    store.addSubgraph({ nodes: [node('d', 'Department')], edges: [] });
    store.addSubgraph(star(10), 'd', { facet: 'label' });
    const graph = store.getState().graph;
    expect(graph.nodes.size).toBe(11);
    expect([...graph.groups!.values()].map((g) => [g.id, g.memberIds.length])).toEqual([
      ['group:d:Goal', 5],
      ['group:d:Project', 5],
    ]);
    expect(store.expandGroup('group:d:Goal')?.memberIds).toHaveLength(5);
    expect([...store.getState().graph.groups!.keys()]).toEqual(['group:d:Project']);
    store.undo();
    expect(store.getState().graph.groups!.size).toBe(2);
  });

  it('removing a group removes its members; collapsing its anchor removes the group', () => {
    const store = new ExplorerStore();
    store.addSubgraph({ nodes: [node('d', 'Department')], edges: [] });
    store.addSubgraph(star(4), 'd', { facet: 'label' });
    store.removeNodes(['group:d:Goal']);
    expect([...store.getState().graph.nodes.keys()].sort()).toEqual(['d', 'p1', 'p3']);
    store.collapse('d');
    expect(store.getState().graph.groups!.size).toBe(0);
    expect([...store.getState().graph.nodes.keys()]).toEqual(['d']);
  });
});
