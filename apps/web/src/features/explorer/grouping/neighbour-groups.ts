import type { ApiEdge, ApiNode, LeftOut } from '../../../api/graph-api.types';
import { regionOf } from '../filters/canvas-filter';

/** Above this many neighbours (fetched plus left out), an expand brings its neighbours as groups, not one by one. */
export const GROUP_THRESHOLD = 100;

/** What groups split by besides the label: nothing, the region, or the sector type. */
export type GroupFacet = 'label' | 'region' | 'sectorType';

/**
 * Neighbours of one node that the canvas draws as one node with their count. `memberIds` are on the snapshot
 * (hidden while the group stands); `unfetched` counts neighbours of `label` the expand's limit did not bring, so
 * expanding the group asks the API for them.
 */
export interface NeighbourGroup {
  readonly id: string;
  readonly anchorId: string;
  readonly label: string;
  /** The region or sector type the members share; null when the group splits by label only. */
  readonly facetValue: string | null;
  readonly memberIds: readonly string[];
  readonly unfetched: number;
}

export function groupTotal(group: NeighbourGroup): number {
  return group.memberIds.length + group.unfetched;
}

export function groupId(anchorId: string, label: string, facetValue: string | null): string {
  return `group:${anchorId}:${label}${facetValue === null ? '' : `:${facetValue}`}`;
}

/** The sector type a node states itself (a Sector's `sectorType`); others stay in their label's group. */
function sectorTypeOf(node: ApiNode): string | null {
  const value = node.properties['sectorType'];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function facetValueOf(node: ApiNode, facet: GroupFacet): string | null {
  if (facet === 'region') return regionOf(node);
  if (facet === 'sectorType') return sectorTypeOf(node);
  return null;
}

/**
 * Groups the new neighbours of `anchorId` by label (and facet), one group per value; `leftOut` (what the limit left
 * out, per relationship type and label) becomes each label's unfetched count, in the label-only group.
 */
export function groupNeighbours(anchorId: string, neighbours: readonly ApiNode[], leftOut: readonly LeftOut[], facet: GroupFacet): NeighbourGroup[] {
  const members = new Map<string, { label: string; facetValue: string | null; ids: string[]; unfetched: number }>();
  const slot = (label: string, facetValue: string | null) => {
    const id = groupId(anchorId, label, facetValue);
    let entry = members.get(id);
    if (!entry) members.set(id, (entry = { label, facetValue, ids: [], unfetched: 0 }));
    return entry;
  };
  for (const node of neighbours) if (node.id !== anchorId) slot(node.label, facetValueOf(node, facet)).ids.push(node.id);
  for (const entry of leftOut) if (entry.count > 0) slot(entry.label, null).unfetched += entry.count;
  return [...members].map(([id, entry]) => ({
    id,
    anchorId,
    label: entry.label,
    facetValue: entry.facetValue,
    memberIds: entry.ids,
    unfetched: entry.unfetched,
  }));
}

/** What the canvas draws: the snapshot's nodes and edges with each standing group in place of its members. */
export interface DisplayedGraph {
  readonly nodes: ReadonlyMap<string, ApiNode>;
  readonly edges: ReadonlyMap<string, ApiEdge>;
  readonly pinned: ReadonlySet<string>;
}

export const GROUP_NODE_LABEL = 'NeighbourGroup';
export const GROUP_EDGE_TYPE = 'GROUPED';

export function isGroupNode(node: ApiNode): boolean {
  return node.label === GROUP_NODE_LABEL;
}

/** One node object per group object, so the view sees an unchanged group as the same node. */
const groupNodes = new WeakMap<NeighbourGroup, ApiNode>();

function groupNode(group: NeighbourGroup): ApiNode {
  let node = groupNodes.get(group);
  if (!node) {
    node = {
      id: group.id,
      label: GROUP_NODE_LABEL,
      name: group.facetValue ?? group.label,
      properties: { memberLabel: group.label, facetValue: group.facetValue, count: groupTotal(group), anchorId: group.anchorId },
      evidence: [],
    };
    groupNodes.set(group, node);
  }
  return node;
}

/**
 * Replaces the members of each group by the group's node. Edges between a member and the rest are drawn once per
 * (group, other end), as GROUPED edges; edges inside a group are left out. Without groups, the snapshot itself.
 */
export function displayedGraph(graph: DisplayedGraph & { readonly groups?: ReadonlyMap<string, NeighbourGroup> }): DisplayedGraph {
  const groups = graph.groups;
  if (!groups || groups.size === 0) return graph;
  const owner = new Map<string, string>();
  const nodes = new Map(graph.nodes);
  for (const group of groups.values()) {
    for (const id of group.memberIds) {
      owner.set(id, group.id);
      nodes.delete(id);
    }
    nodes.set(group.id, groupNode(group));
  }
  const edges = new Map<string, ApiEdge>();
  for (const edge of graph.edges.values()) {
    const source = owner.get(edge.source) ?? edge.source;
    const target = owner.get(edge.target) ?? edge.target;
    if (source === edge.source && target === edge.target) {
      edges.set(edge.id, edge);
      continue;
    }
    if (source === target) continue;
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `${a}>${GROUP_EDGE_TYPE}>${b}`;
    if (!edges.has(id)) edges.set(id, { id, type: GROUP_EDGE_TYPE, source: a, target: b, properties: {}, evidence: [] });
  }
  // A group with no member fetched yet still hangs off its anchor.
  for (const group of groups.values()) {
    const [a, b] = group.id < group.anchorId ? [group.id, group.anchorId] : [group.anchorId, group.id];
    const id = `${a}>${GROUP_EDGE_TYPE}>${b}`;
    if (!edges.has(id) && nodes.has(group.anchorId)) edges.set(id, { id, type: GROUP_EDGE_TYPE, source: a, target: b, properties: {}, evidence: [] });
  }
  return { nodes, edges, pinned: graph.pinned };
}

/** Drops removed nodes from the groups; a group left with nothing (no member, nothing unfetched) goes too. */
export function pruneGroups(groups: ReadonlyMap<string, NeighbourGroup>, nodes: ReadonlyMap<string, unknown>): ReadonlyMap<string, NeighbourGroup> {
  let changed = false;
  const next = new Map<string, NeighbourGroup>();
  for (const [id, group] of groups) {
    const memberIds = group.memberIds.filter((member) => nodes.has(member));
    const anchored = nodes.has(group.anchorId);
    if (memberIds.length === group.memberIds.length && anchored) {
      next.set(id, group);
      continue;
    }
    changed = true;
    if (anchored && memberIds.length + group.unfetched > 0) next.set(id, { ...group, memberIds });
  }
  return changed ? next : groups;
}
