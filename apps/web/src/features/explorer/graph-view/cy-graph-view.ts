import cytoscape, { type Core, type EventObject, type NodeCollection } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { ExplorerState, ExplorerStore, GraphChange } from '../explorer-store';
import { diffGraph } from './diff-graph';
import { edgeElement, nodeElement } from './element-mapping';
import { EXPLORER_STYLESHEET } from './explorer-stylesheet';
import { layoutOptions, seedPositions } from './layouts';
import { installTestApi } from './test-api';

const MAX_FIT_ZOOM = 1.4;

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
}

export interface GraphViewOptions {
  /** Double-click (or double-tap) on a node: the user asks to expand it. */
  readonly onNodeActivate: (id: string) => void;
  /** Only the main explorer canvas answers the e2e test API. */
  readonly testApi: boolean;
}

/** The only module that touches `cy`. React mounts it; the store feeds it; nothing re-creates it. */
export class CyGraphView implements GraphViewport {
  private readonly cy: Core;
  private readonly stops: (() => void)[] = [];
  private state: ExplorerState;

  constructor(
    container: HTMLElement,
    private readonly store: ExplorerStore,
    options: GraphViewOptions,
  ) {
    registerExtensions();
    this.state = store.getState();
    this.cy = cytoscape({
      container,
      style: EXPLORER_STYLESHEET,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event: EventObject) => store.select({ kind: 'node', id: event.target.id() }));
    this.cy.on('tap', 'edge', (event: EventObject) => store.select({ kind: 'edge', id: event.target.id() }));
    this.cy.on('tap', (event: EventObject) => {
      if (event.target === this.cy) store.select(null);
    });
    this.cy.on('dbltap', 'node', (event: EventObject) => options.onNodeActivate(event.target.id()));
    this.stops.push(store.onGraphChange((change) => this.patch(change)));
    this.stops.push(store.subscribe(() => this.syncState()));
    this.stops.push(store.onFitRequest((ids) => this.fit(ids)));
    if (options.testApi) this.stops.push(installTestApi(this.cy, container, store));
    const graph = store.getState().graph;
    this.patch({ prev: { nodes: new Map(), edges: new Map(), pinned: new Set() }, next: graph, anchorId: null, relayout: true });
    this.syncSelection();
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
    return this.cy.png({ full: true, bg: '#ffffff', scale: 2, maxWidth: 4000, maxHeight: 4000 });
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.cy.destroy();
  }

  private patch(change: GraphChange): void {
    const diff = diffGraph(change.prev, change.next);
    let added: NodeCollection = this.cy.collection();
    this.cy.batch(() => {
      for (const id of diff.removedIds) this.cy.getElementById(id).remove();
      added = this.cy.add(diff.addedNodes.map((node) => nodeElement(node, change.next.pinned.has(node.id)))).nodes();
      this.cy.add(diff.addedEdges.map(edgeElement));
      for (const id of diff.pinChanged) {
        const node = this.cy.getElementById(id);
        const pinned = change.next.pinned.has(id);
        node.toggleClass('pinned', pinned);
        if (pinned) node.lock();
        else node.unlock();
      }
    });
    if (change.relayout) {
      this.runLayout(false);
    } else if (added.nonempty()) {
      seedPositions(this.cy, added, change.anchorId);
      this.runLayout(true);
    }
    this.syncSelection();
    this.syncHighlight();
  }

  private runLayout(incremental: boolean): void {
    if (this.cy.nodes().empty()) return;
    // Pinned nodes keep their place in every layout.
    const pinned = this.cy.nodes('.pinned');
    pinned.lock();
    const layout = this.cy.layout(layoutOptions(this.store.getState().layout, incremental, false));
    layout.one('layoutstop', () => this.fit());
    layout.run();
  }

  private syncState(): void {
    const next = this.store.getState();
    const prev = this.state;
    this.state = next;
    if (next.selection !== prev.selection) this.syncSelection();
    if (next.highlighted !== prev.highlighted) this.syncHighlight();
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
