import type { ApiEdge, ApiNode, Subgraph } from '../../api/graph-api.types';
import { pruneGroups, type NeighbourGroup } from './grouping/neighbour-groups';

/** What is on the canvas: immutable, so undo keeps old snapshots and the view diffs two of them by reference. */
export interface GraphSnapshot {
  readonly nodes: ReadonlyMap<string, ApiNode>;
  readonly edges: ReadonlyMap<string, ApiEdge>;
  /** Nodes the user fixed in place; collapse never removes them and layouts never move them. */
  readonly pinned: ReadonlySet<string>;
  /** Neighbours drawn as one node per group until the group is expanded (grouping/neighbour-groups.ts). */
  readonly groups?: ReadonlyMap<string, NeighbourGroup>;
}

export const EMPTY_GRAPH: GraphSnapshot = { nodes: new Map(), edges: new Map(), pinned: new Set() };

/**
 * Adds nodes and then the edges whose both ends are present (Cytoscape refuses dangling edges).
 * Returns the same snapshot when nothing is new, so callers can tell "nothing to add" apart.
 */
export function mergeSubgraph(graph: GraphSnapshot, subgraph: Pick<Subgraph, 'nodes' | 'edges'>): GraphSnapshot {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  let changed = false;
  for (const node of subgraph.nodes) {
    if (!nodes.has(node.id)) {
      nodes.set(node.id, node);
      changed = true;
    }
  }
  for (const edge of subgraph.edges) {
    if (!edges.has(edge.id) && nodes.has(edge.source) && nodes.has(edge.target)) {
      edges.set(edge.id, edge);
      changed = true;
    }
  }
  return changed ? { ...graph, nodes, edges } : graph;
}

/** Removes nodes with every edge that touches them. */
export function removeNodes(graph: GraphSnapshot, ids: Iterable<string>): GraphSnapshot {
  const gone = new Set(ids);
  if (![...gone].some((id) => graph.nodes.has(id))) return graph;
  const nodes = new Map([...graph.nodes].filter(([id]) => !gone.has(id)));
  const edges = new Map([...graph.edges].filter(([, edge]) => !gone.has(edge.source) && !gone.has(edge.target)));
  const pinned = new Set([...graph.pinned].filter((id) => !gone.has(id)));
  return graph.groups ? { nodes, edges, pinned, groups: pruneGroups(graph.groups, nodes) } : { nodes, edges, pinned };
}

/** Adds groups (replacing any of the same id); their members must be on the snapshot already. */
export function addGroups(graph: GraphSnapshot, groups: readonly NeighbourGroup[]): GraphSnapshot {
  if (groups.length === 0) return graph;
  const next = new Map(graph.groups ?? []);
  for (const group of groups) next.set(group.id, group);
  return { ...graph, groups: next };
}

/** Takes groups away (their members are drawn again); the same snapshot when none of them stands. */
export function removeGroups(graph: GraphSnapshot, ids: Iterable<string>): GraphSnapshot {
  const gone = new Set(ids);
  if (!graph.groups || ![...gone].some((id) => graph.groups!.has(id))) return graph;
  return { ...graph, groups: new Map([...graph.groups].filter(([id]) => !gone.has(id))) };
}

export function removeEdges(graph: GraphSnapshot, ids: Iterable<string>): GraphSnapshot {
  const gone = new Set(ids);
  if (![...gone].some((id) => graph.edges.has(id))) return graph;
  return { ...graph, edges: new Map([...graph.edges].filter(([id]) => !gone.has(id))) };
}

/** Ids of the nodes adjacent to `id`. */
export function neighbourIds(graph: GraphSnapshot, id: string): Set<string> {
  const out = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (edge.source === id) out.add(edge.target);
    if (edge.target === id) out.add(edge.source);
  }
  out.delete(id);
  return out;
}

/**
 * The neighbours that hang only off `id` (no other edge, not pinned): what "collapse" takes away, which undoes an
 * expand without removing nodes the user reached another way.
 */
export function collapsibleNeighbours(graph: GraphSnapshot, id: string): string[] {
  const degree = new Map<string, Set<string>>();
  for (const edge of graph.edges.values()) {
    for (const [a, b] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const set = degree.get(a) ?? new Set<string>();
      set.add(b);
      degree.set(a, set);
    }
  }
  return [...neighbourIds(graph, id)].filter((n) => !graph.pinned.has(n) && [...(degree.get(n) ?? [])].every((m) => m === id));
}

export function togglePinned(graph: GraphSnapshot, id: string): GraphSnapshot {
  if (!graph.nodes.has(id)) return graph;
  const pinned = new Set(graph.pinned);
  if (pinned.has(id)) pinned.delete(id);
  else pinned.add(id);
  return { ...graph, pinned };
}

export function countByLabel(graph: GraphSnapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of graph.nodes.values()) counts[node.label] = (counts[node.label] ?? 0) + 1;
  return counts;
}
