import type { ApiEdge, ApiNode } from '../../../api/graph-api.types';
import type { GraphSnapshot } from '../graph-snapshot';

/** The JSON a user downloads: what is on the canvas, every fact with its evidence, plus where it came from. */
export interface SubgraphExport {
  readonly format: 'policygraph-subgraph';
  readonly version: 1;
  readonly exportedAt: string;
  readonly nodes: readonly ApiNode[];
  readonly edges: readonly ApiEdge[];
  readonly pinned: readonly string[];
}

export function toSubgraphExport(graph: GraphSnapshot, exportedAt: Date): SubgraphExport {
  return {
    format: 'policygraph-subgraph',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    nodes: [...graph.nodes.values()],
    edges: [...graph.edges.values()],
    pinned: [...graph.pinned],
  };
}
