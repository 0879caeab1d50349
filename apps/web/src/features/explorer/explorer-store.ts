import type { Subgraph } from '../../api/graph-api.types';
import { NO_FILTER, type CanvasFilter } from './filters/canvas-filter';
import {
  EMPTY_GRAPH,
  addGroups,
  collapsibleNeighbours,
  mergeSubgraph,
  removeEdges,
  removeGroups,
  removeNodes,
  togglePinned,
  type GraphSnapshot,
} from './graph-snapshot';
import { groupNeighbours, pruneGroups, type GroupFacet, type NeighbourGroup } from './grouping/neighbour-groups';
import { UndoHistory } from './history/undo-history';
import type { Camera } from './views/view-snapshot';

export type Selection = { readonly kind: 'node' | 'edge'; readonly id: string } | null;
export type LayoutName = 'fcose' | 'dagre';
/** Compound nodes the canvas draws around the nodes of one region, one document or one GDS community (none: no clusters). */
export type ClusterBy = 'none' | 'region' | 'document' | 'community';

/** How an expand's new neighbours arrive as groups: split by label and `facet`; `leftOut` becomes unfetched counts. */
export interface Grouping {
  readonly facet: GroupFacet;
  readonly leftOut?: Subgraph['leftOut'];
}

/** What the explorer is doing or what went wrong, shown in the status bar; errors keep the API's code. */
export interface Activity {
  readonly busy: string | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

/**
 * What the last expansion's limit left out: the node expanded, its filter, the row limit asked for, and how many
 * neighbours came versus how many there are. Null when nothing was left out.
 */
export interface LeftOutNotice {
  readonly nodeId: string;
  readonly relType?: string;
  readonly label?: string;
  readonly limit: number;
  readonly shown: number;
  readonly total: number;
}

/** Everything panels render; replaced as a whole on each change so `useSyncExternalStore` sees a new reference. */
export interface ExplorerState {
  readonly graph: GraphSnapshot;
  readonly selection: Selection;
  readonly layout: LayoutName;
  /** Elements of the path the path finder found, drawn highlighted. */
  readonly highlighted: ReadonlySet<string>;
  /** What the canvas hides; hidden elements stay in `graph`, so undo, export and links still see them. */
  readonly filter: CanvasFilter;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly activity: Activity;
  readonly leftOut: LeftOutNotice | null;
  /** What big neighbourhoods are grouped by besides their label. */
  readonly groupFacet: GroupFacet;
  readonly clusterBy: ClusterBy;
  /** Louvain community of each node on the canvas (statistics/StatisticsContext.tsx sets it): clusters by community. */
  readonly communities: ReadonlyMap<string, number>;
}

/** Where nodes are drawn, in model coordinates, by node id. */
export type NodePositions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

/** A structural change, with the node new elements grew from so the view can place them near it. */
export interface GraphChange {
  readonly next: GraphSnapshot;
  readonly prev: GraphSnapshot;
  readonly anchorId: string | null;
  /** True when the layout should be recomputed for the whole graph (layout switch, undo, restore). */
  readonly relayout: boolean;
  /**
   * Where to put nodes instead of laying them out (undo, redo, a saved view): nodes listed go exactly there and only
   * the others are placed. Absent or null: place as `relayout` and `anchorId` say.
   */
  readonly positions?: NodePositions | null;
}

/** One undo step: the graph and, when a view drew it, where its nodes were, so undo puts them back exactly. */
interface HistoryEntry {
  readonly graph: GraphSnapshot;
  readonly positions: NodePositions | null;
}

const HISTORY_LIMIT = 50;

/**
 * The explorer's state outside React. The Cytoscape view listens to graph changes; panels subscribe to the state.
 * Pure TypeScript, no DOM: it has its own spec.
 */
export class ExplorerStore {
  private state: ExplorerState = {
    graph: EMPTY_GRAPH,
    selection: null,
    layout: 'fcose',
    highlighted: new Set(),
    filter: NO_FILTER,
    canUndo: false,
    canRedo: false,
    activity: { busy: null, error: null },
    leftOut: null,
    groupFacet: 'label',
    clusterBy: 'none',
    communities: new Map(),
  };
  private readonly history = new UndoHistory<HistoryEntry>(HISTORY_LIMIT);
  /** The view's node positions, read when a step is recorded; null without a view (specs, before mount). */
  private positionSource: (() => NodePositions) | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly graphListeners = new Set<(change: GraphChange) => void>();
  private readonly fitListeners = new Set<(ids: readonly string[] | null) => void>();
  private readonly cameraListeners = new Set<(camera: Camera) => void>();
  private readonly viewMovedListeners = new Set<() => void>();

  readonly getState = (): ExplorerState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onGraphChange(listener: (change: GraphChange) => void): () => void {
    this.graphListeners.add(listener);
    return () => this.graphListeners.delete(listener);
  }

  /** Asks the view to fit the given elements (or all with null): a command, not state. */
  onFitRequest(listener: (ids: readonly string[] | null) => void): () => void {
    this.fitListeners.add(listener);
    return () => this.fitListeners.delete(listener);
  }

  requestFit(ids: readonly string[] | null = null): void {
    for (const listener of this.fitListeners) listener(ids);
  }

  /** Asks the view to zoom and pan as a saved view was (a command, like fit). */
  onCameraRequest(listener: (camera: Camera) => void): () => void {
    this.cameraListeners.add(listener);
    return () => this.cameraListeners.delete(listener);
  }

  requestCamera(camera: Camera): void {
    for (const listener of this.cameraListeners) listener(camera);
  }

  /** The view was zoomed or panned or a node dragged: nothing in the state changed, but a kept view is stale. */
  onViewMoved(listener: () => void): () => void {
    this.viewMovedListeners.add(listener);
    return () => this.viewMovedListeners.delete(listener);
  }

  noteViewMoved(): void {
    for (const listener of this.viewMovedListeners) listener();
  }

  /** The view tells the store where nodes are, so undo steps can keep positions; returns how to detach it. */
  attachPositions(source: () => NodePositions): () => void {
    this.positionSource = source;
    return () => {
      if (this.positionSource === source) this.positionSource = null;
    };
  }

  /** The user moved nodes: an undo step that puts them back where they were (`before`). */
  recordMove(before: NodePositions): void {
    this.history.record({ graph: this.state.graph, positions: before });
    this.set({ canUndo: this.history.canUndo, canRedo: this.history.canRedo });
  }

  /**
   * Adds a subgraph; returns how many nodes were new. With `grouping` (and an anchor), the new neighbours arrive as
   * groups (grouping/neighbour-groups.ts); nodes already on the canvas stay drawn as they are.
   */
  addSubgraph(subgraph: Pick<Subgraph, 'nodes' | 'edges'>, anchorId: string | null = null, grouping: Grouping | null = null): number {
    const before = this.state.graph;
    let next = mergeSubgraph(before, subgraph);
    if (grouping && anchorId) {
      const fresh = subgraph.nodes.filter((node) => !before.nodes.has(node.id) && node.id !== anchorId);
      next = addGroups(next, groupNeighbours(anchorId, fresh, grouping.leftOut ?? [], grouping.facet));
    }
    this.commit(next, { anchorId });
    return next.nodes.size - before.nodes.size;
  }

  /** Draws a group's members in its place (an undo step); returns the group, or null when it no longer stands. */
  expandGroup(id: string): NeighbourGroup | null {
    const group = this.state.graph.groups?.get(id) ?? null;
    if (group) this.commit(removeGroups(this.state.graph, [id]), { anchorId: group.anchorId });
    return group;
  }

  /** Lays the whole graph out again (the render bench times it); not an undo step. */
  relayout(): void {
    this.emitGraph({ next: this.state.graph, prev: this.state.graph, anchorId: null, relayout: true, positions: null });
  }

  /** A view setting: what the next grouped expand splits its groups by. */
  setGroupFacet(groupFacet: GroupFacet): void {
    if (groupFacet !== this.state.groupFacet) this.set({ groupFacet });
  }

  /** A view setting: clusters are drawn around nodes and the layout reruns for them. */
  setClusterBy(clusterBy: ClusterBy): void {
    if (clusterBy === this.state.clusterBy) return;
    this.set({ clusterBy });
    this.emitGraph({ next: this.state.graph, prev: this.state.graph, anchorId: null, relayout: true, positions: null });
  }

  /** The canvas's communities came (or changed): clusters by community are drawn again. Not an undo step. */
  setCommunities(communities: ReadonlyMap<string, number>): void {
    this.set({ communities });
    if (this.state.clusterBy === 'community') this.emitGraph({ next: this.state.graph, prev: this.state.graph, anchorId: null, relayout: true });
  }

  /** Replaces the whole canvas (region picked, view restored from a link). */
  replaceGraph(
    subgraph: Pick<Subgraph, 'nodes' | 'edges'>,
    pinned: readonly string[] = [],
    positions: NodePositions | null = null,
    groups: readonly NeighbourGroup[] = [],
  ): void {
    const merged = mergeSubgraph(EMPTY_GRAPH, subgraph);
    // Groups of a kept view stand for what the fetched nodes still hold of their members.
    const kept = groups.length > 0 ? [...pruneGroups(new Map(groups.map((group) => [group.id, group])), merged.nodes).values()] : [];
    const next = addGroups({ ...merged, pinned: new Set(pinned.filter((id) => merged.nodes.has(id) || kept.some((group) => group.id === id))) }, kept);
    this.commit(next, { relayout: true, positions });
  }

  /**
   * Opens a kept view (saved by name, Back/Forward, reload) as one undo step: its nodes at their positions, with its
   * layout and filter. The layout is set without laying out again: the positions are the point.
   */
  openView(
    subgraph: Pick<Subgraph, 'nodes' | 'edges'>,
    view: { pinned: readonly string[]; positions: NodePositions; layout: LayoutName; filter: CanvasFilter; groups?: readonly NeighbourGroup[] },
  ): void {
    this.state = { ...this.state, layout: view.layout, filter: view.filter };
    this.setLeftOut(null);
    this.replaceGraph(subgraph, view.pinned, view.positions, view.groups);
  }

  /** Removing a group removes its members. */
  removeNodes(ids: readonly string[]): void {
    const groups = this.state.graph.groups;
    const members = ids.flatMap((id) => groups?.get(id)?.memberIds ?? []);
    this.commit(removeNodes(removeGroups(this.state.graph, ids), [...ids, ...members]));
  }

  removeEdges(ids: readonly string[]): void {
    this.commit(removeEdges(this.state.graph, ids));
  }

  /** Removes the neighbours that hang only off this node. Returns how many went. */
  collapse(id: string): number {
    const gone = collapsibleNeighbours(this.state.graph, id);
    const groups = [...(this.state.graph.groups?.values() ?? [])].filter((group) => group.anchorId === id).map((group) => group.id);
    this.commit(removeNodes(removeGroups(this.state.graph, groups), gone));
    return gone.length;
  }

  togglePin(id: string): void {
    this.commit(togglePinned(this.state.graph, id));
  }

  clear(): void {
    this.setLeftOut(null);
    this.commit(EMPTY_GRAPH);
  }

  select(selection: Selection): void {
    if (selection?.kind === this.state.selection?.kind && selection?.id === this.state.selection?.id) return;
    this.set({ selection });
  }

  setLayout(layout: LayoutName): void {
    if (layout === this.state.layout) return;
    this.set({ layout });
    this.emitGraph({ next: this.state.graph, prev: this.state.graph, anchorId: null, relayout: true, positions: null });
  }

  highlight(ids: Iterable<string>): void {
    this.set({ highlighted: new Set(ids) });
  }

  /** A view setting, not a graph change: it is not an undo step. */
  setFilter(filter: CanvasFilter): void {
    if (filter !== this.state.filter) this.set({ filter });
  }

  /** The notice of what the last expansion left out (null: nothing); not an undo step. */
  setLeftOut(leftOut: LeftOutNotice | null): void {
    if (leftOut !== this.state.leftOut) this.set({ leftOut });
  }

  setBusy(busy: string | null): void {
    this.set({ activity: { busy, error: busy ? null : this.state.activity.error } });
  }

  setError(error: { readonly code: string; readonly message: string } | null): void {
    this.set({ activity: { busy: null, error } });
  }

  undo(): void {
    const previous = this.history.undo(this.present());
    if (previous) this.apply(previous.graph, null, true, previous.positions);
  }

  redo(): void {
    const next = this.history.redo(this.present());
    if (next) this.apply(next.graph, null, true, next.positions);
  }

  private present(): HistoryEntry {
    return { graph: this.state.graph, positions: this.positionSource?.() ?? null };
  }

  private commit(next: GraphSnapshot, options: { anchorId?: string | null; relayout?: boolean; positions?: NodePositions | null } = {}): void {
    if (next === this.state.graph) return;
    this.history.record(this.present());
    this.apply(next, options.anchorId ?? null, options.relayout ?? false, options.positions ?? null);
  }

  private apply(next: GraphSnapshot, anchorId: string | null, relayout: boolean, positions: NodePositions | null): void {
    const prev = this.state.graph;
    const selection = this.state.selection;
    const stillThere =
      selection === null ||
      (selection.kind === 'node' ? next.nodes.has(selection.id) || next.groups?.has(selection.id) === true : next.edges.has(selection.id));
    const highlighted = new Set([...this.state.highlighted].filter((id) => next.nodes.has(id) || next.edges.has(id)));
    this.state = {
      ...this.state,
      graph: next,
      selection: stillThere ? selection : null,
      highlighted,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
    this.emitGraph({ next, prev, anchorId, relayout, positions });
    this.emit();
  }

  private set(patch: Partial<ExplorerState>): void {
    this.state = { ...this.state, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private emitGraph(change: GraphChange): void {
    for (const listener of this.graphListeners) listener(change);
  }
}
