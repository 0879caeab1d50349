import type { Core, EventObject, NodeCollection, SingularElementArgument } from 'cytoscape';
import type { Subgraph } from '../../../api/graph-api.types';
import type { ExplorerStore } from '../explorer-store';

/** What browser tests may read from the canvas (Cytoscape draws to <canvas>, so the DOM cannot show it). */
export interface ExplorerTestApi {
  /** Nodes on the canvas, optionally of one label. */
  count(label?: string): number;
  /** Nodes drawn (not hidden by a filter), optionally of one label. */
  visibleCount(label?: string): number;
  /** Edges on the canvas, optionally of one type. */
  edgeCount(type?: string): number;
  ids(): string[];
  edgeIds(type?: string): string[];
  /** Where a node is drawn, in CSS pixels relative to the page, so a test can click it like a user. */
  pagePosition(id: string): { x: number; y: number } | null;
  /** The box a node's body covers (label left out), in CSS pixels relative to the page. */
  pageBox?(id: string): { x1: number; y1: number; x2: number; y2: number } | null;
  /** What the last press on the canvas landed on, as Cytoscape's `tapstart` event says (null: the background). */
  pressedId?(): string | null;
  select(id: string): void;
  selectedId(): string | null;
  highlightedIds(): string[];
  zoom(): number;
  /** Whether relationship names are drawn at the current zoom (they are dropped when zoomed out). */
  edgeLabelsVisible(): boolean;
  /** The label drawn on an edge (the relationship's name in the reader's language); null when it is not there. */
  edgeLabel?(id: string): string | null;
  /** Resolves when the last layout has stopped. */
  whenLaidOut(): Promise<void>;
  /** Render bench: replaces the canvas through the store; ms until laid out and the next frame is drawn. */
  benchReplace(subgraph: Pick<Subgraph, 'nodes' | 'edges'>): Promise<number>;
  /** Render bench: adds a subgraph grown from `anchorId` (an expand); ms until laid out and drawn. */
  benchAdd(subgraph: Pick<Subgraph, 'nodes' | 'edges'>, anchorId: string): Promise<number>;
  /** Render bench and browser tests: adds a neighbourhood of `anchorId` as a plain expand of it brings one, grouped. */
  benchAddGrouped?(subgraph: Pick<Subgraph, 'nodes' | 'edges'>, anchorId: string): Promise<number>;
  /**
   * Render bench: lays the whole canvas out again, in the layout worker or (false) on the main thread; ms until laid
   * out and drawn.
   */
  benchRelayout?(inWorker: boolean): Promise<number>;
  /** Layouts computed in the layout Web Worker so far. */
  workerLayouts?(): number;
  /** Group nodes drawn (grouping/neighbour-groups.ts). */
  groupIds?(): string[];
  /** Compound nodes of the canvas clusters (region or document). */
  clusterIds?(): string[];
  /** Nodes and edges drawn (groups and clusters included, filtered ones not). */
  visibleElementCount?(): number;
  /** Model positions of all nodes (the render bench checks an expand leaves the nodes already placed alone). */
  modelPositions(): Record<string, { x: number; y: number }>;
  /** Render bench floor: the same elements straight into Cytoscape with a grid layout; ms until drawn. */
  benchGridFloor(subgraph: Pick<Subgraph, 'nodes' | 'edges'>): Promise<number>;
  /** A node's drawn width and fill colour (computed style), so a test can see style-by change them. */
  nodeLook?(id: string): { width: number; color: string } | null;
  /** An edge's drawn line colour (computed style). */
  edgeColor?(id: string): string | null;
  /** Render bench: zooms to `level` about the middle of the view; resolves once that frame is drawn. */
  benchZoomTo(level: number): Promise<void>;
}

/** Two animation frames: the first schedules the draw, the second starts after it. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

declare global {
  interface Window {
    __explorerTestApi?: ExplorerTestApi;
  }
}

/**
 * Installs the test API only when the browser is driven by automation (navigator.webdriver, set by Playwright),
 * so the shipped bundle has no test switch to build and users never see it.
 */
export function installTestApi(
  cy: Core,
  container: HTMLElement,
  store: ExplorerStore,
  laidOut: () => Promise<void>,
  layouts: { layoutInWorker(on: boolean): void; workerLayouts(): number } = { layoutInWorker: () => undefined, workerLayouts: () => 0 },
): () => void {
  if (typeof navigator === 'undefined' || !navigator.webdriver) return () => undefined;
  let pressed: string | null = null;
  const onPress = (event: EventObject): void => {
    pressed = event.target === cy ? null : (event.target as SingularElementArgument).id();
  };
  cy.on('tapstart', onPress);
  // Nodes of the graph: group and cluster nodes are drawn too but stand for others.
  const graphNodes = (): NodeCollection => cy.nodes().not('.group, .cluster');
  const api: ExplorerTestApi = {
    count: (label) => (label ? cy.nodes(`[label = "${label}"]`).length : graphNodes().length),
    visibleCount: (label) => (label ? cy.nodes(`[label = "${label}"]`) : graphNodes()).filter((node) => !node.hasClass('filtered')).length,
    edgeCount: (type) => (type ? cy.edges(`[type = "${type}"]`).length : cy.edges().length),
    ids: () => graphNodes().map((node) => node.id()),
    edgeIds: (type) => (type ? cy.edges(`[type = "${type}"]`) : cy.edges()).map((edge) => edge.id()),
    pagePosition: (id) => {
      const element = cy.getElementById(id);
      if (element.empty()) return null;
      const box = container.getBoundingClientRect();
      const point = element.isNode() ? element.renderedPosition() : cy.edges().getElementById(id).renderedMidpoint();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    pageBox: (id) => {
      const node = cy.nodes().getElementById(id);
      if (node.empty()) return null;
      const box = container.getBoundingClientRect();
      const bb = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      return { x1: box.left + bb.x1, y1: box.top + bb.y1, x2: box.left + bb.x2, y2: box.top + bb.y2 };
    },
    pressedId: () => pressed,
    select: (id) => {
      const element = cy.getElementById(id);
      store.select(element.nonempty() ? { kind: element.isNode() ? 'node' : 'edge', id } : null);
    },
    selectedId: () => store.getState().selection?.id ?? null,
    highlightedIds: () => cy.elements('.highlighted').map((element) => element.id()),
    zoom: () => cy.zoom(),
    whenLaidOut: laidOut,
    benchReplace: async (subgraph) => {
      const start = performance.now();
      store.replaceGraph(subgraph);
      await laidOut();
      await nextPaint();
      return performance.now() - start;
    },
    benchAdd: async (subgraph, anchorId) => {
      const start = performance.now();
      store.addSubgraph(subgraph, anchorId);
      await laidOut();
      await nextPaint();
      return performance.now() - start;
    },
    benchAddGrouped: async (subgraph, anchorId) => {
      const start = performance.now();
      store.addSubgraph(subgraph, anchorId, { facet: store.getState().groupFacet });
      await laidOut();
      await nextPaint();
      return performance.now() - start;
    },
    benchRelayout: async (inWorker) => {
      layouts.layoutInWorker(inWorker);
      try {
        const start = performance.now();
        store.relayout();
        await laidOut();
        await nextPaint();
        return performance.now() - start;
      } finally {
        layouts.layoutInWorker(true);
      }
    },
    workerLayouts: () => layouts.workerLayouts(),
    groupIds: () => cy.nodes('.group').map((node) => node.id()),
    clusterIds: () => cy.nodes('.cluster').map((node) => node.id()),
    visibleElementCount: () => cy.elements().not('.filtered').length,
    modelPositions: () => Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])),
    benchGridFloor: async (subgraph) => {
      store.clear();
      const start = performance.now();
      cy.batch(() => {
        cy.add(subgraph.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, label: node.label, caption: node.name } })));
        cy.add(subgraph.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type } })));
      });
      cy.layout({ name: 'grid', fit: true }).run();
      await nextPaint();
      const elapsed = performance.now() - start;
      cy.elements().remove();
      return elapsed;
    },
    benchZoomTo: async (level) => {
      const extent = cy.extent();
      cy.zoom({ level, position: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } });
      await nextPaint();
    },
    nodeLook: (id) => {
      const node = cy.nodes().getElementById(id);
      return node.empty() ? null : { width: node.width(), color: String(node.style('background-color')) };
    },
    edgeColor: (id) => {
      const edge = cy.edges().getElementById(id);
      return edge.empty() ? null : String(edge.style('line-color'));
    },
    edgeLabel: (id) => {
      const edge = cy.getElementById(id);
      return edge.nonempty() ? String(edge.style('label')) : null;
    },
    edgeLabelsVisible: () => {
      const edge = cy.edges().first();
      if (edge.empty()) return false;
      return Number.parseFloat(edge.style('font-size')) * cy.zoom() >= Number.parseFloat(edge.style('min-zoomed-font-size'));
    },
  };
  window.__explorerTestApi = api;
  return () => {
    cy.off('tapstart', onPress);
    if (window.__explorerTestApi === api) delete window.__explorerTestApi;
  };
}
