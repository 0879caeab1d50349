import type { ApiEdge, ApiNode } from '../../../api/graph-api.types';
import { isGroupNode, type DisplayedGraph } from '../grouping/neighbour-groups';

export interface GraphDiff {
  readonly addedNodes: readonly ApiNode[];
  readonly addedEdges: readonly ApiEdge[];
  readonly removedIds: readonly string[];
  readonly pinChanged: readonly string[];
}

/**
 * What changed between two drawn graphs; elements are compared by id (nodes never change in place), except a group
 * node whose group changed (a member removed): it is a new object, drawn anew.
 */
export function diffGraph(prev: DisplayedGraph, next: DisplayedGraph): GraphDiff {
  const replaced = [...next.nodes.values()]
    .filter((node) => prev.nodes.has(node.id) && prev.nodes.get(node.id) !== node && isGroupNode(node))
    .map((node) => node.id);
  const redrawn = new Set(replaced);
  const addedNodes = [...next.nodes.values()].filter((node) => !prev.nodes.has(node.id) || redrawn.has(node.id));
  const touchesRedrawn = (edge: ApiEdge): boolean => redrawn.has(edge.source) || redrawn.has(edge.target);
  const addedEdges = [...next.edges.values()].filter((edge) => !prev.edges.has(edge.id) || touchesRedrawn(edge));
  const removedIds = [
    ...[...prev.edges.values()].filter((edge) => !next.edges.has(edge.id) || touchesRedrawn(edge)).map((edge) => edge.id),
    ...[...prev.nodes.keys()].filter((id) => !next.nodes.has(id) || redrawn.has(id)),
  ];
  const pinChanged = [...next.nodes.keys()].filter((id) => prev.nodes.has(id) && prev.pinned.has(id) !== next.pinned.has(id));
  return { addedNodes, addedEdges, removedIds, pinChanged };
}
