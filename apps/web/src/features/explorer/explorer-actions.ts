import { regionId } from '@policygraph/graph-types';
import { fetchNeighborhood, fetchPaths, fetchSavedQueryGraph, fetchSubgraph, type PathConstraints } from '../../api/graph-api';
import type { ApiNode, GraphPath, PathAlgorithm, Subgraph } from '../../api/graph-api.types';
import { toApiError } from '../../api/graphql-request';
import type { ExplorerStore, LeftOutNotice } from './explorer-store';
import { GROUP_THRESHOLD } from './grouping/neighbour-groups';
import { filterFromJson, type ViewSnapshot } from './views/view-snapshot';

/** Neighbours fetched per expand; the expand menu offers the rest per relationship type. */
export const EXPAND_LIMIT = 60;
/** The API's cap on one neighbourhood request (MAX_NEIGHBOURS in graph-query). */
export const NEIGHBOURS_CAP = 2_000;
/** Paths (region) or nodes (department) fetched for a whole chain. */
export const CHAIN_LIMIT = 300;
/** A department's chain: its projects, their goals and the goals' sectors (the region is added after). */
const DEPARTMENT_CHAIN_TYPES = ['RESPONSIBLE', 'PURSUED_BY', 'HAS_GOAL'];

/**
 * The explorer's use cases: each calls the API, feeds the store and reports progress and errors through the
 * store's activity, so a double-click on the canvas can fail visibly like a button can.
 */
export class ExplorerActions {
  constructor(private readonly store: ExplorerStore) {}

  /** Puts a region and its direct neighbourhood on an empty canvas. */
  openRegion(regionId: string): Promise<boolean> {
    return this.run(`region ${regionId}`, async () => {
      const subgraph = await fetchNeighborhood({ id: regionId, depth: 1, limit: EXPAND_LIMIT });
      this.store.replaceGraph(subgraph);
      this.store.setLeftOut(leftOutNotice(subgraph, { nodeId: regionId, limit: EXPAND_LIMIT }));
      this.store.select({ kind: 'node', id: regionId });
    });
  }

  /** A double-click on the canvas: a group shows its members, a node its neighbours. */
  activate(id: string): Promise<boolean> {
    return this.store.getState().graph.groups?.has(id) ? this.expandGroup(id) : this.expand(id);
  }

  /**
   * Adds a node's neighbours (optionally one relationship type / neighbour label) around it, at most `limit` of them;
   * what the limit left out becomes the store's notice, from which the rest can be asked for. A plain expand (no
   * filter, the default limit) of more than GROUP_THRESHOLD neighbours brings them as groups with their counts;
   * asking for one label, or for more, shows every neighbour.
   */
  expand(id: string, filter: { relType?: string; label?: string } = {}, limit = EXPAND_LIMIT): Promise<boolean> {
    return this.run(`expand ${id}`, async () => {
      const subgraph = await fetchNeighborhood({
        id,
        depth: 1,
        relTypes: filter.relType ? [filter.relType] : undefined,
        labels: filter.label ? [filter.label] : undefined,
        limit,
      });
      const notice = leftOutNotice(subgraph, { nodeId: id, ...filter, limit });
      const plain = !filter.relType && !filter.label && limit === EXPAND_LIMIT;
      if (plain && notice && notice.total > GROUP_THRESHOLD) {
        this.store.addSubgraph(subgraph, id, { facet: this.store.getState().groupFacet, leftOut: subgraph.leftOut });
        this.store.setLeftOut(null);
        return;
      }
      this.store.addSubgraph(subgraph, id);
      this.store.setLeftOut(notice);
    });
  }

  /**
   * Draws a group's members in its place; when the expand that made it left some of them out, asks for that label's
   * neighbours (what that limit leaves out shows in the notice, "60 of 463 shown · show more").
   */
  async expandGroup(groupId: string): Promise<boolean> {
    const group = this.store.expandGroup(groupId);
    if (!group) return false;
    if (group.unfetched === 0) return true;
    return this.expand(group.anchorId, { label: group.label });
  }

  /** Asks again for the neighbourhood a notice is about, with `more` more rows (Infinity: all of them). */
  showMore(notice: LeftOutNotice, more: number): Promise<boolean> {
    const missing = notice.total - notice.shown;
    const limit = Math.min(NEIGHBOURS_CAP, notice.limit + Math.min(more, missing));
    return this.expand(notice.nodeId, { relType: notice.relType, label: notice.label }, limit);
  }

  /** Adds one node (from search), with the edges linking it to what is already on the canvas. */
  addNode(node: ApiNode): Promise<boolean> {
    return this.run(`add ${node.id}`, async () => {
      const graph = this.store.getState().graph;
      if (!graph.nodes.has(node.id)) {
        const around = await fetchNeighborhood({ id: node.id, depth: 1, limit: 500 });
        const linking = around.edges.filter((edge) => graph.nodes.has(edge.source) || graph.nodes.has(edge.target));
        this.store.addSubgraph({ nodes: [node], edges: linking }, null);
      }
      this.store.select({ kind: 'node', id: node.id });
      this.store.requestFit([node.id]);
    });
  }

  /** The shortest paths between two nodes, within the constraints: adds them and highlights every element on them. */
  /** Paths of increasing length, drawn highlighted; `algorithm` says whether only the shortest ones came (no GDS). */
  findPaths(
    fromId: string,
    toId: string,
    constraints?: PathConstraints,
  ): Promise<{ readonly paths: readonly GraphPath[]; readonly algorithm: PathAlgorithm } | null> {
    return this.runWith(`paths ${fromId} → ${toId}`, async () => {
      const result = await fetchPaths(fromId, toId, constraints);
      this.store.addSubgraph(result, fromId);
      const ids = result.paths.flatMap((path) => [...path.nodeIds, ...path.edgeIds]);
      this.store.highlight(ids);
      if (ids.length > 0) this.store.requestFit(ids);
      return { paths: result.paths, algorithm: result.algorithm };
    });
  }

  /** Highlights one path alone (the path list's choice), or every listed path again. */
  highlightPaths(paths: readonly GraphPath[]): void {
    const ids = paths.flatMap((path) => [...path.nodeIds, ...path.edgeIds]);
    this.store.highlight(ids);
    if (ids.length > 0) this.store.requestFit(ids);
  }

  /**
   * Adds the whole chain region → sector → goal → project → department around a region (the saved query
   * `region-full-chain`) or a department (its projects, their goals and sectors, and its region).
   */
  expandChain(node: Pick<ApiNode, 'id' | 'label' | 'name' | 'properties'>): Promise<boolean> {
    return this.run(`chain ${node.name}`, async () => {
      const chain =
        node.label === 'Region' ? await fetchSavedQueryGraph('region-full-chain', { region: node.name, limit: CHAIN_LIMIT }) : await this.departmentChain(node);
      this.store.addSubgraph(chain, node.id);
    });
  }

  private async departmentChain(node: Pick<ApiNode, 'id' | 'properties'>): Promise<Subgraph> {
    const around = await fetchNeighborhood({ id: node.id, depth: 3, relTypes: DEPARTMENT_CHAIN_TYPES, limit: CHAIN_LIMIT });
    const region = node.properties['region'];
    const ids = around.nodes.map((n) => n.id);
    // One more request for the region and the HAS_SECTOR / OF_REGION edges that tie it to the chain.
    return fetchSubgraph(typeof region === 'string' ? [...ids, regionId(region)] : ids);
  }

  /** Rebuilds a view from node ids (a shared link) in one request: the nodes and the edges among them. */
  restore(nodeIds: readonly string[], pinned: readonly string[]): Promise<boolean> {
    return this.run('restore', async () => {
      const subgraph = await fetchSubgraph(nodeIds);
      this.store.replaceGraph(subgraph, pinned);
      this.reportMissing(nodeIds, subgraph);
    });
  }

  /**
   * Opens a kept view (named, or a history entry) in one request: its nodes where they were drawn, its zoom and pan,
   * layout, filter and selection. Node data comes fresh from the graph.
   */
  openView(view: ViewSnapshot): Promise<boolean> {
    return this.run('view', async () => {
      const subgraph = view.nodeIds.length > 0 ? await fetchSubgraph(view.nodeIds) : { nodes: [], edges: [] };
      this.store.openView(subgraph, {
        pinned: view.pinned,
        positions: new Map(Object.entries(view.positions)),
        layout: view.layout,
        filter: filterFromJson(view.filter),
        groups: view.groups ?? [],
      });
      if (view.camera) this.store.requestCamera(view.camera);
      this.store.select(view.selected && this.store.getState().graph.nodes.has(view.selected) ? { kind: 'node', id: view.selected } : null);
      this.reportMissing(view.nodeIds, subgraph);
    });
  }

  private reportMissing(nodeIds: readonly string[], subgraph: Pick<Subgraph, 'nodes'>): void {
    const found = new Set(subgraph.nodes.map((node) => node.id));
    const missing = nodeIds.filter((id) => !found.has(id));
    if (missing.length > 0)
      this.store.setError({
        code: 'NOT_FOUND',
        message: `${missing.length} node(s) of this view are no longer in the graph: ${missing.slice(0, 3).join(', ')}`,
      });
  }

  private async run(what: string, work: () => Promise<void>): Promise<boolean> {
    return (await this.runWith(what, async () => (await work(), true))) ?? false;
  }

  private async runWith<T>(what: string, work: () => Promise<T>): Promise<T | null> {
    this.store.setBusy(what);
    try {
      const result = await work();
      if (this.store.getState().activity.busy === what) this.store.setBusy(null);
      return result;
    } catch (error) {
      const apiError = toApiError(error);
      this.store.setError({ code: apiError.code, message: apiError.message });
      return null;
    }
  }
}

/**
 * The notice for a depth-1 neighbourhood: shown = neighbours that came (the result also holds the node itself), total
 * = those plus the API's left-out counts. Null when the limit left nothing out.
 */
export function leftOutNotice(subgraph: Pick<Subgraph, 'nodes' | 'leftOut'>, request: Omit<LeftOutNotice, 'shown' | 'total'>): LeftOutNotice | null {
  const missing = (subgraph.leftOut ?? []).reduce((sum, entry) => sum + entry.count, 0);
  if (missing <= 0) return null;
  const shown = subgraph.nodes.filter((node) => node.id !== request.nodeId).length;
  return { ...request, shown, total: shown + missing };
}
