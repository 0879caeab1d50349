import cytoscape, { type NodeSingular } from 'cytoscape';
import dagre, { type DagreLayoutOptions } from 'cytoscape-dagre';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import { spreadDraftLayout } from './layouts';
import { wrapWideLevels } from './wide-levels';

/**
 * One layout to compute, as plain data (it crosses to a Web Worker by structured clone): the nodes with their place,
 * size and lock, the edges, the layout options, and the steps after the layout.
 */
export interface LayoutJob {
  readonly nodes: readonly {
    readonly id: string;
    readonly parent?: string;
    readonly x: number;
    readonly y: number;
    readonly w: number;
    readonly h: number;
    readonly locked: boolean;
    readonly compound: boolean;
  }[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
  readonly options: FcoseLayoutOptions | DagreLayoutOptions;
  /** Draft force layouts are spread out after (layouts.ts spreadDraftLayout). */
  readonly spreadDraft: boolean;
  /** Hierarchical layouts of the whole graph have their wide levels wrapped (wide-levels.ts). */
  readonly wrapLevels: boolean;
}

export type LayoutPositions = Record<string, { x: number; y: number }>;

let registered = false;

/**
 * Runs the layout on a headless Cytoscape instance (`headless: true`, with a style only for node sizes) and returns
 * where each movable node goes. Without animation both fcose and dagre finish inside `run()`.
 */
export function computeLayout(job: LayoutJob): LayoutPositions {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(dagre);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node[w]', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...job.nodes.map((node) => ({
        group: 'nodes' as const,
        data: node.compound
          ? { id: node.id, ...(node.parent ? { parent: node.parent } : {}) }
          : { id: node.id, w: node.w, h: node.h, ...(node.parent ? { parent: node.parent } : {}) },
        position: { x: node.x, y: node.y },
        locked: node.locked,
      })),
      ...job.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source, target: edge.target } })),
    ],
  });
  try {
    cy.layout(job.options).run(); // the view asks for no animation (layoutOptions(…, animate false))
    const leaves = cy.nodes().filter((node) => !node.isParent());
    if (job.spreadDraft) spreadDraftLayout(leaves);
    const positions: LayoutPositions = {};
    if (job.wrapLevels && leaves.length === cy.nodes().length) {
      const wrapped = wrapWideLevels(leaves.map((node) => ({ id: node.id(), ...(node as NodeSingular).position() })));
      for (const [id, position] of wrapped) positions[id] = position;
    } else {
      leaves.forEach((node) => {
        positions[node.id()] = { ...node.position() };
      });
    }
    // Locked (pinned) nodes stay where they are.
    for (const node of job.nodes) if (node.locked) delete positions[node.id];
    return positions;
  } finally {
    cy.destroy();
  }
}
