import type { Core, NodeSingular } from 'cytoscape';
import type { ApiNode } from '../../../api/graph-api.types';
import type { ClusterBy } from '../explorer-store';
import { documentOf, regionOf } from '../filters/canvas-filter';
import { isGroupNode } from '../grouping/neighbour-groups';

export const CLUSTER_CLASS = 'cluster';

/** The cluster a node belongs in (its region, its document or its community, numbered from 1), or null for none. */
export function clusterOf(node: ApiNode, clusterBy: ClusterBy, communities: ReadonlyMap<string, number> = new Map()): string | null {
  if (clusterBy === 'none' || isGroupNode(node)) return null;
  const community = communities.get(node.id);
  const value = clusterBy === 'region' ? regionOf(node) : clusterBy === 'document' ? documentOf(node) : community === undefined ? null : `#${community + 1}`;
  return value === null ? null : `cluster:${clusterBy}:${value}`;
}

/**
 * Puts each drawn node into the compound node of its cluster (Cytoscape's compound nodes,
 * `move({ parent })`), adds the compound nodes needed and removes the empty ones.
 */
export function syncClusters(
  cy: Core,
  clusterBy: ClusterBy,
  nodeOf: (id: string) => ApiNode | undefined,
  communities: ReadonlyMap<string, number> = new Map(),
): boolean {
  const existing = cy.nodes(`.${CLUSTER_CLASS}`);
  if (clusterBy === 'none' && existing.empty()) return false;
  let moved = false;
  cy.batch(() => {
    cy.nodes()
      .not(`.${CLUSTER_CLASS}`)
      .forEach((node: NodeSingular) => {
        const shown = nodeOf(node.id());
        const wanted = shown ? clusterOf(shown, clusterBy, communities) : null;
        const current = node.parent().nonempty() ? node.parent().first().id() : null;
        if (wanted === current) return;
        if (wanted && cy.getElementById(wanted).empty()) {
          const caption = wanted.slice(`cluster:${clusterBy}:`.length);
          cy.add({ group: 'nodes', data: { id: wanted, label: 'Cluster', caption }, classes: CLUSTER_CLASS });
        }
        node.move({ parent: wanted });
        moved = true;
      });
    // Compound nodes left without children go (removing one with children would remove them too).
    cy.nodes(`.${CLUSTER_CLASS}`)
      .filter((cluster) => cluster.children().empty())
      .remove();
  });
  return moved;
}
