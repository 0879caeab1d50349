import type { Core, NodeCollection } from 'cytoscape';
import type { DagreLayoutOptions } from 'cytoscape-dagre';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutName } from '../explorer-store';

/** Above this many nodes the force layout runs in draft quality (spectral only): 5,000 elements in under 2 s. */
export const DRAFT_LAYOUT_NODES = 1_200;

/**
 * Layout options per name. Incremental runs keep existing positions (randomize false) so an expand does not
 * reshuffle what the user has already read; pinned nodes are locked by the view and stay put. Big graphs get the
 * draft force layout (bench/render.bench.ts measured it).
 */
export function layoutOptions(name: LayoutName, incremental: boolean, animate: boolean, nodeCount = 0): FcoseLayoutOptions | DagreLayoutOptions {
  if (name === 'dagre') {
    return { name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 90, animate, animationDuration: 250, fit: false };
  }
  const large = nodeCount > DRAFT_LAYOUT_NODES;
  return {
    name: 'fcose',
    quality: large && !incremental ? 'draft' : 'default',
    randomize: !incremental,
    animate,
    animationDuration: 250,
    fit: false, // the view fits afterwards, with a zoom cap
    nodeRepulsion: 6500,
    idealEdgeLength: 70,
    nodeSeparation: 60,
    packComponents: true,
    numIter: incremental ? 600 : 2500,
  };
}

/** Places new nodes in a small circle around the node they grew from, before the layout spreads them. */
export function seedPositions(cy: Core, added: NodeCollection, anchorId: string | null): void {
  const anchor = anchorId ? cy.getElementById(anchorId) : null;
  const centre = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const radius = 40 + added.length * 3;
  added.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(added.length, 1);
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}
