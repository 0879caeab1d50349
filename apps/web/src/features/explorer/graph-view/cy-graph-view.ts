import cytoscape, { type Core, type EventObject, type NodeCollection } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import type { ExplorerState, ExplorerStore, GraphChange, NodePositions } from '../explorer-store';
import { hiddenElements } from '../filters/canvas-filter';
import { displayedGraph, type DisplayedGraph } from '../grouping/neighbour-groups';
import { syncClusters } from './clusters';
import { diffGraph } from './diff-graph';
import { edgeElement, nodeElement } from './element-mapping';
import { EXPLORER_STYLESHEET, LARGE_GRAPH_ELEMENTS, LARGE_GRAPH_STYLESHEET } from './explorer-stylesheet';
import { layoutJob } from './layout-job';
import { LayoutRunner } from './layout-runner';
import { layoutOptions, placeAroundAnchor, seedPositions } from './layouts';
import { SlicedPositions } from './sliced-positions';
import { showMinimap } from './minimap';
import type { LegendLine } from '../export/legend-lines';
import type { NodeLook } from '../statistics/style-by';
import { graphSvg } from './svg-export';
import type { RendererChoice } from './renderer-choice';
import { installTestApi } from './test-api';
import type { Camera } from '../views/view-snapshot';

const MAX_FIT_ZOOM = 1.4;
const MAX_PIXEL_RATIO = 1.5;
/** From this many edges they are drawn straight (bench/render.bench.ts: bezier curves dominate big redraws). */
const DENSE_EDGES = 1_000;

let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  extensionsRegistered = true;
}

/** What the rest of the app may ask of the canvas, without touching `cy`. */
export interface GraphViewport {
  fit(ids?: readonly string[] | null): void;
  zoomBy(factor: number): void;
  /** The canvas as a PNG data URL (full graph, white background). */
  png(): string;
  /** Draws an overview into this panel (press or drag on it to pan); returns how to remove it. */
  showMinimap(panel: HTMLElement): () => void;
  /** Style by property: these nodes' sizes and colours and these edges' colours replace their label's look. */
  setLooks(nodes: ReadonlyMap<string, NodeLook>, edges: ReadonlyMap<string, string>): void;
  /** The drawn graph as an SVG document, with the legend beside it. */
  svg(title: string, legend: readonly LegendLine[]): string;
  /** Where every node is drawn, in model coordinates. */
  positions(): NodePositions;
  /** The current zoom and pan. */
  camera(): Camera;
}

export interface GraphViewOptions {
  /** Double-click (or double-tap) on a node: the user asks to expand it. */
  readonly onNodeActivate: (id: string) => void;
  /** Only the main explorer canvas answers the e2e test API. */
  readonly testApi: boolean;
  /** `webgl`: Cytoscape's canvas renderer with its WebGL option (renderer-choice.ts decides when). */
  readonly renderer?: RendererChoice;
}

/** The only module that touches `cy`. React mounts it; the store feeds it; nothing re-creates it. */
export class CyGraphView implements GraphViewport {
  private readonly cy: Core;
  private readonly stops: (() => void)[] = [];
  private state: ExplorerState;
  private readonly layouts = new LayoutRunner();
  /** Applies a layout's positions a slice per frame (sliced-positions.ts). */
  private readonly slices: SlicedPositions;
  /** Settles when the last layout has stopped (browser tests and the render bench wait on it). */
  private laidOut: Promise<void> = Promise.resolve();
  /** Redraws the overview map (when shown) after a filter change, which adds or removes nothing. */
  private minimapRefresh: (() => void) | null = null;
  /** Whether LARGE_GRAPH_STYLESHEET is in use. */
  private largeStyle = false;
  /** The drawn name of a relationship type, in the reader's language. */
  private relationName: (type: string) => string = (type) => type;
  /** The drawn name of a node label (group captions), in the reader's language. */
  private labelName: (label: string) => string = (label) => label;
  /** What is drawn now: the snapshot with groups in place of their members. */
  private drawn: DisplayedGraph = { nodes: new Map(), edges: new Map(), pinned: new Set() };

  constructor(
    container: HTMLElement,
    private readonly store: ExplorerStore,
    options: GraphViewOptions,
  ) {
    registerExtensions();
    this.state = store.getState();
    this.cy = cytoscape({
      container,
      // Draw less while the view moves (Cytoscape's documented options, read once at start): panning and zooming
      // move a texture of the last picture instead of redrawing every element, and frames drawn while a node is
      // dragged or the view animates leave out the edges not attached to what moves.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      // At most 1.5 canvas pixels per CSS pixel: a 2× display would draw 4× the pixels of a 1× one for captions that
      // stay readable at 1.5×.
      pixelRatio: Math.min(typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1, MAX_PIXEL_RATIO),
      webgl: options.renderer === 'webgl',
      style: EXPLORER_STYLESHEET,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.slices = new SlicedPositions(this.cy);
    this.cy.on('tap', 'node', (event: EventObject) => store.select({ kind: 'node', id: event.target.id() }));
    this.cy.on('tap', 'edge', (event: EventObject) => store.select({ kind: 'edge', id: event.target.id() }));
    this.cy.on('tap', (event: EventObject) => {
      if (event.target === this.cy) store.select(null);
    });
    this.cy.on('dbltap', 'node', (event: EventObject) => options.onNodeActivate(event.target.id()));
    this.recordMoves();
    this.stops.push(store.attachPositions(() => this.positions()));
    this.stops.push(store.onGraphChange((change) => this.patch(change)));
    this.stops.push(store.subscribe(() => this.syncState()));
    this.stops.push(store.onFitRequest((ids) => this.fit(ids)));
    this.stops.push(store.onCameraRequest((camera) => this.cy.viewport({ zoom: camera.zoom, pan: { ...camera.pan } })));
    // Zoom, pan and drags change no state, but a view kept for reload or Back must hear of them.
    this.cy.on('viewport dragfree', () => store.noteViewMoved());
    if (options.testApi)
      this.stops.push(
        installTestApi(this.cy, container, store, () => this.laidOut, {
          layoutInWorker: (on) => (this.layouts.inWorker = on),
          workerLayouts: () => this.layouts.workerRuns,
        }),
      );
    const graph = store.getState().graph;
    this.patch({ prev: { nodes: new Map(), edges: new Map(), pinned: new Set() }, next: graph, anchorId: null, relayout: true, positions: null });
  }

  camera(): Camera {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  /** Where every node is now, in model coordinates. */
  positions(): NodePositions {
    this.slices.flush();
    // Cluster boxes (compound parents) are placed by their members.
    return new Map(this.cy.nodes(':childless').map((node) => [node.id(), { ...node.position() }] as const));
  }

  /** A drag is an undo step: positions are read when a node is grabbed and recorded if it was let go elsewhere. */
  private recordMoves(): void {
    let before: NodePositions | null = null;
    this.cy.on('grab', 'node', () => {
      before = this.positions();
    });
    this.cy.on('dragfree', 'node', (event: EventObject) => {
      const start = before?.get(event.target.id());
      const end = event.target.position();
      if (before && start && (start.x !== end.x || start.y !== end.y)) this.store.recordMove(before);
      before = null;
    });
  }

  fit(ids: readonly string[] | null = null): void {
    const target = ids ? ids.reduce((found, id) => found.union(this.cy.getElementById(id)), this.cy.collection()) : this.cy.elements();
    if (target.empty()) return;
    this.cy.fit(target, 40);
    // A few nodes would otherwise fill the screen at maximum zoom.
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(target);
    }
  }

  zoomBy(factor: number): void {
    const extent = this.cy.extent();
    this.cy.zoom({ level: this.cy.zoom() * factor, position: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } });
  }

  png(): string {
    this.slices.flush();
    return this.cy.png({ full: true, bg: '#ffffff', scale: 2, maxWidth: 4000, maxHeight: 4000 });
  }

  showMinimap(panel: HTMLElement): () => void {
    // React owns (and removes) the panel itself; the minimap only adds its drawing to it.
    const minimap = showMinimap(this.cy, panel);
    this.minimapRefresh = minimap.refresh;
    return () => {
      if (this.minimapRefresh === minimap.refresh) this.minimapRefresh = null;
      minimap.destroy();
    };
  }

  setLooks(nodes: ReadonlyMap<string, NodeLook>, edges: ReadonlyMap<string, string>): void {
    this.cy.batch(() => {
      this.cy.elements('.look-size, .look-color').removeClass('look-size look-color');
      for (const [id, look] of nodes) {
        const node = this.cy.getElementById(id);
        if (node.empty()) continue;
        if (look.size !== undefined) node.data('lookSize', look.size).addClass('look-size');
        if (look.color !== undefined) node.data('lookColor', look.color).addClass('look-color');
      }
      for (const [id, color] of edges) this.cy.getElementById(id).data('lookColor', color).addClass('look-color');
    });
  }

  svg(title: string, legend: readonly LegendLine[]): string {
    this.slices.flush();
    return graphSvg(this.cy, title, legend);
  }

  /** Renames the drawn relationship labels (the language changed); types and selectors stay as they are. */
  setRelationNames(relationName: (type: string) => string): void {
    this.relationName = relationName;
    this.cy.batch(() =>
      this.cy
        .edges()
        .not('.grouped')
        .forEach((edge) => void edge.data('caption', relationName(edge.data('type') as string))),
    );
  }

  /** Renames group captions (the language changed). */
  setLabelNames(labelName: (label: string) => string): void {
    this.labelName = labelName;
    this.cy.batch(() =>
      this.cy.nodes('.group').forEach((node) => {
        const shown = this.drawn.nodes.get(node.id());
        if (shown) node.data('caption', nodeElement(shown, false, labelName).data['caption']);
      }),
    );
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.slices.cancel();
    this.layouts.destroy();
    this.cy.destroy();
  }

  private patch(change: GraphChange): void {
    // A layout's positions still being applied land first, so this change starts from where they put the nodes.
    this.slices.flush();
    const next = displayedGraph(change.next);
    const diff = diffGraph(this.drawn, next);
    this.drawn = next;
    // Switch stylesheets before adding, so new elements are styled once.
    const large = change.next.nodes.size + change.next.edges.size >= LARGE_GRAPH_ELEMENTS;
    if (large !== this.largeStyle) {
      this.largeStyle = large;
      this.cy.style(large ? LARGE_GRAPH_STYLESHEET : EXPLORER_STYLESHEET);
    }
    let added: NodeCollection = this.cy.collection();
    this.cy.batch(() => {
      for (const id of diff.removedIds) this.cy.getElementById(id).remove();
      added = this.cy.add(diff.addedNodes.map((node) => nodeElement(node, change.next.pinned.has(node.id), this.labelName))).nodes();
      this.cy.add(diff.addedEdges.map((edge) => edgeElement(edge, this.relationName)));
      for (const id of diff.pinChanged) {
        const node = this.cy.getElementById(id);
        const pinned = change.next.pinned.has(id);
        node.toggleClass('pinned', pinned);
        if (pinned) node.lock();
        else node.unlock();
      }
    });
    if (syncClusters(this.cy, this.store.getState().clusterBy, (id) => next.nodes.get(id), this.store.getState().communities)) {
      // move() replaces the nodes it moves: find the added ones again.
      const ids = new Set(added.map((node) => node.id()));
      added = this.cy.nodes().filter((node) => ids.has(node.id()));
    }
    // Many edges: straight lines instead of bundled curves, which cost far more to draw. Only edges whose class
    // changes are touched: Cytoscape restyles every element passed to toggleClass, changed or not (a whole-graph
    // style recalculation on the next frame, 100-300 ms on 1,000 nodes).
    const dense = this.cy.edges().length > DENSE_EDGES;
    if (dense) this.cy.edges().not('.dense').addClass('dense');
    else this.cy.edges('.dense').removeClass('dense');
    this.syncFilter();
    const placed = change.positions ? this.place(change.positions) : null;
    if (placed) {
      // A layout still running would move the nodes just put back.
      this.layouts.supersede();
      // Nodes without a kept position are new to this view: placed around what is already there.
      const unplaced = added.filter((node) => !placed.has(node.id()));
      if (unplaced.empty()) this.laidOut = Promise.resolve();
      else if (this.store.getState().layout === 'fcose') this.placeAdded(unplaced, null);
      else {
        seedPositions(this.cy, unplaced, null);
        this.runLayout(true, unplaced, null);
      }
    } else if (change.relayout) {
      this.runLayout(false);
    } else if (added.nonempty() && this.store.getState().layout === 'fcose') {
      this.placeAdded(added, change.anchorId);
    } else if (added.nonempty()) {
      seedPositions(this.cy, added, change.anchorId);
      this.runLayout(true, added, change.anchorId);
    }
    this.syncSelection();
    this.syncHighlight();
  }

  /** Puts the nodes listed where `positions` says; returns the ids placed. */
  private place(positions: NodePositions): Set<string> {
    const placed = new Set<string>();
    this.cy.batch(() =>
      this.cy.nodes().forEach((node) => {
        // Moving a cluster box would move its members: they are placed one by one instead.
        const position = node.isParent() ? undefined : positions.get(node.id());
        if (!position) return;
        // Locked (pinned) nodes ignore position(): unlock for the move, as they were.
        const locked = node.locked();
        if (locked) node.unlock();
        node.position({ x: position.x, y: position.y });
        if (locked) node.lock();
        placed.add(node.id());
      }),
    );
    return placed;
  }

  /** An expand in the force view: the new nodes go on rings around their anchor; nothing already placed moves. */
  private placeAdded(added: NodeCollection, anchorId: string | null): void {
    this.cy.batch(() => placeAroundAnchor(this.cy, added, anchorId));
    const anchor = anchorId ? this.cy.getElementById(anchorId) : this.cy.collection();
    this.fit(added.union(anchor).map((node) => node.id()));
    this.laidOut = Promise.resolve();
  }

  /**
   * Whole-graph layouts move everything; an expand in the hierarchical view lays out only the new nodes around their
   * anchor, with the anchor and every node already placed locked, so what the user has read stays where it was (the
   * force view places them on rings instead: placeAdded).
   */
  private runLayout(incremental: boolean, added: NodeCollection = this.cy.collection(), anchorId: string | null = null): void {
    if (this.cy.nodes().empty()) return;
    // Pinned nodes keep their place in every layout.
    const pinned = this.cy.nodes('.pinned');
    pinned.lock();
    const anchor = anchorId ? this.cy.getElementById(anchorId) : this.cy.collection();
    const moving = incremental ? added.union(anchor).union(added.edgesWith(added.union(anchor))) : this.cy.elements();
    const held = incremental ? anchor.nodes().filter((node) => !node.locked()) : this.cy.collection();
    held.lock();
    // Filtered elements keep their old place and get it back when shown again.
    const layoutName = this.store.getState().layout;
    const options = layoutOptions(layoutName, incremental, false, this.cy.nodes().length);
    const fixed = held.nodes().map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
    const job = layoutJob(
      moving.not('.filtered'),
      options.name === 'fcose' && fixed.length > 0 ? ({ ...options, fixedNodeConstraint: fixed } as FcoseLayoutOptions) : options,
      {
        spreadDraft: 'quality' in options && options.quality === 'draft',
        wrapLevels: layoutName === 'dagre' && !incremental,
      },
    );
    // The layout is computed in a Web Worker (layout-runner.ts); the page only applies the positions it returns, a
    // slice per frame, then fits the view (in the task of the last slice).
    this.laidOut = this.layouts.run(job).then((positions) => {
      held.unlock();
      if (!positions) return; // a newer layout replaced this one
      return this.slices.apply(positions, () => {
        this.minimapRefresh?.();
        if (incremental) this.fit(added.union(anchor).map((node) => node.id()));
        else this.fit();
        this.store.noteViewMoved();
      });
    });
  }

  private syncState(): void {
    const next = this.store.getState();
    const prev = this.state;
    this.state = next;
    if (next.selection !== prev.selection) this.syncSelection();
    if (next.highlighted !== prev.highlighted) this.syncHighlight();
    if (next.filter !== prev.filter) this.syncFilter();
  }

  /** Filtered elements stay in `cy` (positions kept), drawn with display: none. */
  private syncFilter(): void {
    const { graph, filter } = this.store.getState();
    const hidden = hiddenElements(graph, filter);
    // Only elements whose class changes are touched (each one touched is restyled on the next frame).
    const wanted = new Set([...hidden.nodes, ...hidden.edges]);
    this.cy.batch(() => {
      this.cy
        .elements('.filtered')
        .filter((element) => !wanted.has(element.id()))
        .removeClass('filtered');
      for (const id of wanted) {
        const element = this.cy.getElementById(id);
        if (!element.hasClass('filtered')) element.addClass('filtered');
      }
    });
    this.minimapRefresh?.();
  }

  private syncSelection(): void {
    const selection = this.store.getState().selection;
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      if (selection) this.cy.getElementById(selection.id).select();
    });
  }

  private syncHighlight(): void {
    const highlighted = this.store.getState().highlighted;
    this.cy.batch(() => {
      this.cy.elements('.highlighted').removeClass('highlighted');
      for (const id of highlighted) this.cy.getElementById(id).addClass('highlighted');
    });
  }
}
