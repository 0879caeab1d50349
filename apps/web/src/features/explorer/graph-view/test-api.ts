import type { Core } from 'cytoscape';
import type { ExplorerStore } from '../explorer-store';

/** What browser tests may read from the canvas (Cytoscape draws to <canvas>, so the DOM cannot show it). */
export interface ExplorerTestApi {
  /** Nodes on the canvas, optionally of one label. */
  count(label?: string): number;
  /** Edges on the canvas, optionally of one type. */
  edgeCount(type?: string): number;
  ids(): string[];
  edgeIds(type?: string): string[];
  /** Where a node is drawn, in CSS pixels relative to the page, so a test can click it like a user. */
  pagePosition(id: string): { x: number; y: number } | null;
  select(id: string): void;
  selectedId(): string | null;
  highlightedIds(): string[];
  zoom(): number;
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
export function installTestApi(cy: Core, container: HTMLElement, store: ExplorerStore): () => void {
  if (typeof navigator === 'undefined' || !navigator.webdriver) return () => undefined;
  const api: ExplorerTestApi = {
    count: (label) => (label ? cy.nodes(`[label = "${label}"]`).length : cy.nodes().length),
    edgeCount: (type) => (type ? cy.edges(`[type = "${type}"]`).length : cy.edges().length),
    ids: () => cy.nodes().map((node) => node.id()),
    edgeIds: (type) => (type ? cy.edges(`[type = "${type}"]`) : cy.edges()).map((edge) => edge.id()),
    pagePosition: (id) => {
      const element = cy.getElementById(id);
      if (element.empty()) return null;
      const box = container.getBoundingClientRect();
      const point = element.isNode() ? element.renderedPosition() : cy.edges().getElementById(id).renderedMidpoint();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    select: (id) => {
      const element = cy.getElementById(id);
      store.select(element.nonempty() ? { kind: element.isNode() ? 'node' : 'edge', id } : null);
    },
    selectedId: () => store.getState().selection?.id ?? null,
    highlightedIds: () => cy.elements('.highlighted').map((element) => element.id()),
    zoom: () => cy.zoom(),
  };
  window.__explorerTestApi = api;
  return () => {
    if (window.__explorerTestApi === api) delete window.__explorerTestApi;
  };
}
