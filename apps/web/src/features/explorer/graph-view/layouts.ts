import type { Core, NodeCollection } from 'cytoscape';
import type { DagreLayoutOptions } from 'cytoscape-dagre';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutName } from '../explorer-store';

/**
 * Layout options per name. Incremental runs keep existing positions (randomize false) so an expand does not
 * reshuffle what the user has already read; pinned nodes are locked by the view and stay put.
 */
export function layoutOptions(name: LayoutName, incremental: boolean, animate: boolean): FcoseLayoutOptions | DagreLayoutOptions {
  if (name === 'dagre') {
    return { name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 90, animate, animationDuration: 250, fit: false };
  }
  return {
    name: 'fcose',
    quality: 'default',
    randomize: !incremental,
    animate,
    animationDuration: 250,
    fit: false, // the view fits afterwards, with a zoom cap
    nodeRepulsion: 6500,
    idealEdgeLength: 70,
    nodeSeparation: 60,
    packComponents: true,
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
