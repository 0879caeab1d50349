import type { ApiEdge, ApiNode } from '../../../api/graph-api.types';
import type { GraphSnapshot } from '../graph-snapshot';

export interface GraphDiff {
  readonly addedNodes: readonly ApiNode[];
  readonly addedEdges: readonly ApiEdge[];
  readonly removedIds: readonly string[];
  readonly pinChanged: readonly string[];
}

/** What changed between two snapshots; elements are compared by id (nodes never change in place). */
export function diffGraph(prev: GraphSnapshot, next: GraphSnapshot): GraphDiff {
  const addedNodes = [...next.nodes.values()].filter((node) => !prev.nodes.has(node.id));
  const addedEdges = [...next.edges.values()].filter((edge) => !prev.edges.has(edge.id));
  const removedIds = [
    ...[...prev.edges.keys()].filter((id) => !next.edges.has(id)),
    ...[...prev.nodes.keys()].filter((id) => !next.nodes.has(id)),
  ];
  const pinChanged = [...next.nodes.keys()].filter((id) => prev.nodes.has(id) && prev.pinned.has(id) !== next.pinned.has(id));
  return { addedNodes, addedEdges, removedIds, pinChanged };
}
