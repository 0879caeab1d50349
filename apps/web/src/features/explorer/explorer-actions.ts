import { fetchNeighborhood, fetchPaths, fetchSavedQueryGraph, fetchSubgraph } from '../../api/graph-api';
import type { ApiNode, GraphPath, Subgraph } from '../../api/graph-api.types';
import { toApiError } from '../../api/graphql-request';
import type { ExplorerStore } from './explorer-store';

/** Neighbours fetched per expand; the expand menu offers the rest per relationship type. */
export const EXPAND_LIMIT = 60;
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
      this.store.select({ kind: 'node', id: regionId });
    });
  }

  /** Adds a node's neighbours (optionally one relationship type / neighbour label) around it. */
  expand(id: string, filter: { relType?: string; label?: string } = {}): Promise<boolean> {
    return this.run(`expand ${id}`, async () => {
      const subgraph = await fetchNeighborhood({
        id,
        depth: 1,
        relTypes: filter.relType ? [filter.relType] : undefined,
        labels: filter.label ? [filter.label] : undefined,
        limit: EXPAND_LIMIT,
      });
      this.store.addSubgraph(subgraph, id);
    });
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

  /** Shortest paths between two nodes: adds them and highlights every element on them. */
  findPaths(fromId: string, toId: string): Promise<readonly GraphPath[] | null> {
    return this.runWith(`paths ${fromId} → ${toId}`, async () => {
      const result = await fetchPaths(fromId, toId);
      this.store.addSubgraph(result, fromId);
      const ids = result.paths.flatMap((path) => [...path.nodeIds, ...path.edgeIds]);
      this.store.highlight(ids);
      if (ids.length > 0) this.store.requestFit(ids);
      return result.paths;
    });
  }

  /**
   * Adds the whole chain region → sector → goal → project → department around a region (the saved query
   * `region-full-chain`) or a department (its projects, their goals and sectors, and its region).
   */
  expandChain(node: Pick<ApiNode, 'id' | 'label' | 'name' | 'properties'>): Promise<boolean> {
    return this.run(`chain ${node.name}`, async () => {
      const chain = node.label === 'Region' ? await fetchSavedQueryGraph('region-full-chain', { region: node.name, limit: CHAIN_LIMIT }) : await this.departmentChain(node);
      this.store.addSubgraph(chain, node.id);
    });
  }

  private async departmentChain(node: Pick<ApiNode, 'id' | 'properties'>): Promise<Subgraph> {
    const around = await fetchNeighborhood({ id: node.id, depth: 3, relTypes: DEPARTMENT_CHAIN_TYPES, limit: CHAIN_LIMIT });
    const region = node.properties['region'];
    const ids = around.nodes.map((n) => n.id);
    // One more request for the region and the HAS_SECTOR / OF_REGION edges that tie it to the chain.
    return fetchSubgraph(typeof region === 'string' ? [...ids, `region:${region}`] : ids);
  }

  /** Rebuilds a view from node ids (a shared link) in one request: the nodes and the edges among them. */
  restore(nodeIds: readonly string[], pinned: readonly string[]): Promise<boolean> {
    return this.run('restore', async () => {
      const subgraph = await fetchSubgraph(nodeIds);
      this.store.replaceGraph(subgraph, pinned);
      const found = new Set(subgraph.nodes.map((node) => node.id));
      const missing = nodeIds.filter((id) => !found.has(id));
      if (missing.length > 0) this.store.setError({ code: 'NOT_FOUND', message: `${missing.length} node(s) of this link are no longer in the graph: ${missing.slice(0, 3).join(', ')}` });
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
