import { fetchNeighborhood, fetchNode, fetchPaths } from '../../api/graph-api';
import type { ApiNode, GraphPath } from '../../api/graph-api.types';
import { toApiError } from '../../api/graphql-request';
import type { ExplorerStore } from './explorer-store';
import { mergeSubgraph, EMPTY_GRAPH } from './graph-snapshot';

/** Neighbours fetched per expand; the expand menu offers the rest per relationship type. */
export const EXPAND_LIMIT = 60;

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
   * Rebuilds a view from node ids (a shared link): each node's neighbourhood supplies the edges among them.
   * Requests run a few at a time so a long link does not flood the API.
   */
  restore(nodeIds: readonly string[], pinned: readonly string[]): Promise<boolean> {
    return this.run('restore', async () => {
      const wanted = new Set(nodeIds);
      let graph = EMPTY_GRAPH;
      const missing: string[] = [];
      for (let index = 0; index < nodeIds.length; index += 4) {
        const batch = nodeIds.slice(index, index + 4);
        const subgraphs = await Promise.all(
          batch.map((id) =>
            fetchNeighborhood({ id, depth: 1, limit: 500 }).catch(async () => {
              missing.push(id);
              return { nodes: [] as ApiNode[], edges: [] };
            }),
          ),
        );
        for (const subgraph of subgraphs) {
          graph = mergeSubgraph(graph, { nodes: subgraph.nodes.filter((node) => wanted.has(node.id)), edges: subgraph.edges });
        }
      }
      // A node with no neighbours on the list still belongs to the view.
      for (const id of nodeIds.filter((id) => !graph.nodes.has(id) && !missing.includes(id))) {
        graph = mergeSubgraph(graph, { nodes: [await fetchNode(id)], edges: [] });
      }
      this.store.replaceGraph({ nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] }, pinned);
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
